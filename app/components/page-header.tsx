import type { ReactNode } from "react";

/** The page's single h1 with an optional kicker line above and lead text / actions below. */
export function PageHeader({
  title,
  kicker,
  lead,
  titleLang,
  children,
}: {
  title: ReactNode;
  kicker?: ReactNode;
  lead?: ReactNode;
  titleLang?: string;
  children?: ReactNode;
}) {
  return (
    <div className="mb-6">
      {kicker && <p className="mb-1 text-sm font-medium uppercase tracking-wide text-brand-600">{kicker}</p>}
      <h1 lang={titleLang} className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {title}
      </h1>
      {lead && <div className="mt-2 max-w-3xl text-slate-600">{lead}</div>}
      {children}
    </div>
  );
}

/** A white panel with an h2, the building block of profile pages. */
export function Panel({
  title,
  id,
  children,
  className = "",
}: {
  title: string;
  id: string;
  children: ReactNode;
  className?: string;
}) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${className}`}
    >
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The two columns of a public profile page (a supplier, a buyer, a sourcing request): the main
 * panels on two thirds of a wide screen, `aside` (facts, next steps) on the last third.
 */
export function ProfileColumns({ aside, children }: { aside: ReactNode; children: ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">{children}</div>
      {aside}
    </div>
  );
}

/** The description `of` a firm or request, in the language it was written in, in its panel; none without one. */
export function DescriptionPanel({
  id,
  title,
  of,
}: {
  id: string;
  title: string;
  of: { description: string | null | undefined; descriptionLang: string | undefined };
}) {
  if (!of.description) return null;
  return (
    <Panel id={id} title={title}>
      <p lang={of.descriptionLang} className="whitespace-pre-line leading-relaxed text-slate-700">
        {of.description}
      </p>
    </Panel>
  );
}
