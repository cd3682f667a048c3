import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "brand" | "green" | "red" | "amber";

// Component classes (app/tailwind.css): a badge is repeated dozens of times on a list.
const tones: Record<BadgeTone, string> = {
  neutral: "badge-neutral",
  brand: "badge-brand",
  green: "badge-green",
  red: "badge-red",
  amber: "badge-amber",
};

export function Badge({
  tone = "neutral",
  title,
  children,
  className = "",
}: {
  tone?: BadgeTone;
  title?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span title={title} className={className ? `badge ${tones[tone]} ${className}` : `badge ${tones[tone]}`}>
      {children}
    </span>
  );
}
