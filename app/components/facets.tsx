import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/components/i18n";
import { formatNumber } from "~/components/format";

export interface FacetValueView {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  /** The shareable URL with this value toggled. */
  href: string;
}

export interface FacetGroupView {
  name: string;
  title: string;
  values: FacetValueView[];
  /** Values left out of `values` (shown at `moreHref`). */
  hidden: number;
  /** Shows all of this group's values, or (when all are shown) the top ones again; null: none left out. */
  moreHref: string | null;
}

/** How many values a facet group lists before its "more" link. */
export const FACET_TOP = 8;

function FacetLink({ v }: { v: FacetValueView }) {
  const locale = useLocale();
  return (
    <li>
      <Link
        to={v.href}
        preventScrollReset
        aria-current={v.selected ? "true" : undefined}
        className={`flex items-center justify-between gap-2 rounded px-2 py-1 text-sm no-underline hover:bg-slate-100 hover:no-underline ${
          v.selected ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700"
        }`}
      >
        <span className="flex min-w-0 items-center gap-2">
          <span
            aria-hidden="true"
            className={`grid h-4 w-4 shrink-0 place-items-center rounded border text-[10px] ${
              v.selected ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white"
            }`}
          >
            {v.selected ? "✓" : ""}
          </span>
          <span className="truncate">{v.label}</span>
        </span>
        <span className="shrink-0 tabular-nums text-xs text-slate-500">{formatNumber(v.count, locale)}</span>
      </Link>
    </li>
  );
}

/**
 * Facets as links that toggle a filter in the URL: they work without JavaScript, keep every
 * state shareable, and the count beside each value is the number of results it would leave.
 */
export function Facets({ groups }: { groups: FacetGroupView[] }) {
  const t = useT();
  return (
    <div className="space-y-5">
      {groups
        .filter((g) => g.values.length > 0)
        .map((g) => {
          return (
            <section key={g.name} aria-labelledby={`facet-${g.name}`}>
              <h3
                id={`facet-${g.name}`}
                className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500"
              >
                {g.title}
              </h3>
              <ul className="space-y-0.5">
                {g.values.map((v) => (
                  <FacetLink key={v.value} v={v} />
                ))}
              </ul>
              {g.moreHref && (
                <Link to={g.moreHref} preventScrollReset className="mt-1 inline-block px-2 text-sm">
                  {g.hidden > 0 ? `${t("facet.more")} (${g.hidden})` : t("directory.facets.fewer")}
                </Link>
              )}
            </section>
          );
        })}
    </div>
  );
}
