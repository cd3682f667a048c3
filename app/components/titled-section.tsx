import type { ReactNode } from "react";

/**
 * A page section named by its own h2 (`aria-labelledby`), so that screen readers list it by
 * that heading; `id` names the heading.
 */
export function TitledSection({
  id,
  title,
  className,
  headingClassName,
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
