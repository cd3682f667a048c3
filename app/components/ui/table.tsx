import type { ReactNode } from "react";

/** Label/value pairs (a profile's facts); rows with an empty value are left out. */
export function FactList({ items }: { items: { label: string; value: ReactNode }[] }) {
  const shown = items.filter((i) => i.value !== null && i.value !== undefined && i.value !== "");
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      {shown.map((i) => (
        <div key={i.label} className="grid grid-cols-[minmax(6.5rem,38%)_1fr] gap-x-4 py-2">
          <dt className="text-slate-500">{i.label}</dt>
          <dd className="min-w-0 break-words text-slate-900">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Attributes of a box that scrolls sideways (a wide table on a phone): keyboard users must be
 * able to focus it to scroll, and a focusable box needs a name (axe: scrollable-region-focusable).
 * Put them on a `<section>`: named, it is a region without `role` (html-validate
 * prefer-native-element), and its name must differ from the page's other regions (landmark-unique).
 */
export function scrollRegion(label: string) {
  return { tabIndex: 0, "aria-label": label } as const;
}

/** A plain data table with a caption (visible or for screen readers only). */
export function Table({
  caption,
  hideCaption = false,
  head,
  children,
}: {
  caption: string;
  hideCaption?: boolean;
  head: ReactNode[];
  children: ReactNode;
}) {
  return (
    <section className="overflow-x-auto" {...scrollRegion(caption)}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className={hideCaption ? "sr-only" : "mb-2 text-left font-medium"}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2 text-left font-medium text-slate-500">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </section>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}
