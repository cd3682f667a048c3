import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { displayName } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { scrollRegion } from "~/components/ui/table";
import { formatDate } from "~/components/format";
import { OUTCOME_KINDS } from "~/modules/programme/kpi";
import { HEADLINE, sectorLabel } from "~/modules/programme/metrics";
import type { Publication } from "~/modules/programme/publication";
import { SectorChart, sectorBars, useSectorName } from "./sector-chart";

// Parts of the annual publication (/publication/YEAR). Charts carry no-print: the printed
// edition keeps the tables, which hold the same figures.

type Figures = Publication["figures"];

function useNumber() {
  const locale = useLocale();
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
}

/** One section of the edition: a white card under its h2; `small` for the sections that are mostly text. */
function EditionSection({ title, small, children }: { title: string; small?: boolean; children: ReactNode }) {
  return (
    <section className={small ? "rounded-lg border bg-white p-4 text-sm" : "rounded-lg border bg-white p-4"}>
      <h2 className="text-lg font-medium">{title}</h2>
      {children}
    </section>
  );
}

export function EditionHeader({ p }: { p: Pick<Publication, "year" | "asOf" | "frozenAt"> }) {
  const t = useT();
  const locale = useLocale();
  return (
    <header className="space-y-1">
      <h1 className="text-2xl font-semibold">{t("publication.title", { year: p.year })}</h1>
      <p className="text-sm text-slate-600">
        {t("publication.asOf", { date: p.asOf })}{" "}
        {p.frozenAt
          ? t("publication.frozenOn", { date: formatDate(p.frozenAt, locale) })
          : t("publication.live")}
      </p>
    </header>
  );
}

export function KeyFigures({ f }: { f: Figures }) {
  const t = useT();
  const nf = useNumber();
  return (
    <EditionSection title={t("publication.keyFigures")}>
      <dl className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
        {HEADLINE.map((m) => (
          <div key={m} className="rounded border p-2" data-figure={m}>
            <dt className="text-sm text-slate-600">{t(`programme.m.${m}`)}</dt>
            <dd className="text-2xl font-semibold">{nf.format(f[m])}</dd>
          </div>
        ))}
      </dl>
    </EditionSection>
  );
}

export function SectorFigures({ f }: { f: Figures }) {
  const t = useT();
  const nf = useNumber();
  const sectorName = useSectorName();
  return (
    <EditionSection title={t("programme.bySector")}>
      <SectorChart data={sectorBars(f.firmsBySector, sectorName)} className="no-print h-64" />
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">{t("publication.sector")}</th>
            <th scope="col" className="text-right">
              {t("programme.m.firms")}
            </th>
            <th scope="col" className="text-right">
              %
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(f.firmsBySector).map(([id, n]) => (
            <tr key={id} className="border-t">
              <td>{sectorName(id)}</td>
              <td className="text-right">{n}</td>
              <td className="text-right">{nf.format(f.sectorShares[id] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </EditionSection>
  );
}

export function StandardFigures({ f }: { f: Figures }) {
  const t = useT();
  return (
    <EditionSection title={t("programme.byStandard")} small>
      <ul>
        {Object.entries(f.certifiedByStandard).map(([id, n]) => (
          <li key={id}>
            {id.toUpperCase()}: {n}
          </li>
        ))}
      </ul>
      <h2 className="mt-3 text-lg font-medium">{t("programme.outcomesByKind")}</h2>
      <ul>
        {OUTCOME_KINDS.map((k) => (
          <li key={k}>
            {t(`programme.o.${k}`)}: {f.outcomesByKind[k]}
          </li>
        ))}
      </ul>
    </EditionSection>
  );
}

export function DirectoryTable({ directory }: { directory: Publication["directory"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <EditionSection title={t("publication.directory", { count: directory.length })} small>
      <section className="overflow-x-auto" {...scrollRegion(t("layout.scrollTable"))}>
        <table className="w-full min-w-[20rem] text-left">
          <thead>
            <tr>
              <th scope="col">{t("publication.firm")}</th>
              <th scope="col">{t("publication.sector")}</th>
              <th scope="col">{t("publication.certificates")}</th>
            </tr>
          </thead>
          <tbody>
            {directory.map((d) => (
              <tr key={d.ref} className="border-t align-top">
                <td>
                  <Link to={`/suppliers/${d.ref}`}>{displayName(d, locale, d.ref)}</Link>
                  <OtherName d={d} />
                </td>
                <td>{d.sector ? sectorLabel(d.sector, locale) : "—"}</td>
                <td>{d.certificates.map((c) => c.standard).join(", ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </EditionSection>
  );
}

export function OpenData({ year }: { year: number }) {
  const t = useT();
  const dl = (format: string) => `/publication/${year}/download/${format}`;
  return (
    <EditionSection title={t("publication.openData")} small>
      <ul className="list-disc pl-5">
        <li>
          <a href={dl("json")}>JSON</a> — {t("publication.jsonNote")}
        </li>
        <li>
          <a href={dl("directory.csv")}>CSV — {t("publication.directoryFile")}</a>
        </li>
        <li>
          <a href={dl("figures.csv")}>CSV — {t("publication.figuresFile")}</a>
        </li>
        <li>
          <a href={dl("xlsx")}>Excel (xlsx)</a>
        </li>
      </ul>
      <p className="mt-2">{t("publication.licence")}</p>
    </EditionSection>
  );
}

export function PublicDefinitions() {
  const t = useT();
  return (
    <EditionSection title={t("programme.definitions")} small>
      {([...HEADLINE, "sector"] as const).map((k) => (
        <p key={k} className="mt-1">
          {t(`programme.def.${k}`)}
        </p>
      ))}
    </EditionSection>
  );
}

/**
 * The firm's name in the other language under the one shown: English under Vietnamese, and
 * Vietnamese (the firm's own) under the English or Japanese one. A Japanese reader is shown
 * the English name first (ja → en → vi), so "the other" is Vietnamese, never the same name twice.
 */
function OtherName({ d }: { d: { nameVi?: string | null; nameEn?: string | null; nameJa?: string | null } }) {
  const locale = useLocale();
  const shown = displayName(d, locale);
  const other = locale === "vi" ? d.nameEn : d.nameVi;
  if (!other || other === shown) return null;
  return <span className="block text-slate-500">{other}</span>;
}
