import { useLocale, useT } from "~/components/i18n";
import { formatNumber } from "~/components/format";
import type { Locale } from "~/modules/i18n";

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

// A plain link styled by component classes (.facet, app/tailwind.css; its checkbox look is the
// row's ::before): the list has dozens of these, and the page makes them navigate in place
// (useClientNavigation; `data-keep-scroll` below keeps the reader where they were).
function FacetLink({ v, locale }: { v: FacetValueView; locale: Locale }) {
  return (
    <li>
      <a href={v.href} aria-current={v.selected ? "true" : undefined} className="facet">
        <span className="truncate">{v.label}</span>
        <span className="facet-count">{formatNumber(v.count, locale)}</span>
      </a>
    </li>
  );
}

/**
 * Facets as links that toggle a filter in the URL: they work without JavaScript, keep every
 * state shareable, and the count beside each value is the number of results it would leave.
 */
export function Facets({ groups }: { groups: FacetGroupView[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="space-y-5" data-keep-scroll>
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
                  <FacetLink key={v.value} v={v} locale={locale} />
                ))}
              </ul>
              {g.moreHref && (
                <a href={g.moreHref} className="mt-1 inline-block px-2 text-sm">
                  {g.hidden > 0 ? `${t("facet.more")} (${g.hidden})` : t("directory.facets.fewer")}
                </a>
              )}
            </section>
          );
        })}
    </div>
  );
}
