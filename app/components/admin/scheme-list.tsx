import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/components/i18n";
import { formatDate, formatNumber } from "~/components/format";

// The organisers' list of schemes with each one's window and budget use (/admin/schemes).
type Scheme = {
  id: number;
  nameVi: string;
  nameEn: string;
  kind: string;
  standard: string | null;
  window: string;
  opensOn: string;
  closesOn: string;
  budgetUse: { committed: number; budget: number; usedPercent: number; remaining: number };
};

export function SchemeList({ schemes }: { schemes: Scheme[] }) {
  const t = useT();
  const locale = useLocale();
  if (!schemes.length) return null;
  return (
    <ul className="space-y-3">
      {schemes.map((s) => (
        <li key={s.id} className="rounded-lg border bg-white p-4" data-scheme={s.id}>
          <Link to={`/admin/schemes/${s.id}`} className="font-medium">
            {locale === "vi" ? s.nameVi : s.nameEn}
          </Link>
          <p className="text-sm text-slate-600">
            {t(`schemes.kind.${s.kind}`)}
            {s.standard ? ` · ${t(`schemes.standard.${s.standard}`)}` : ""} ·{" "}
            {t(`schemes.window.${s.window}`)} · {formatDate(s.opensOn, locale)} –{" "}
            {formatDate(s.closesOn, locale)}
          </p>
          <p className="text-sm">
            {t("schemes.budgetUse", {
              committed: formatNumber(s.budgetUse.committed, locale),
              budget: formatNumber(s.budgetUse.budget, locale),
              percent: String(s.budgetUse.usedPercent),
              remaining: formatNumber(s.budgetUse.remaining, locale),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
