import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/components/i18n";
import { SchemeTerms, budgetUseText } from "~/components/admin/scheme-summary";

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
          <SchemeTerms scheme={s} />
          <p className="text-sm">{budgetUseText(t, s.budgetUse, locale)}</p>
        </li>
      ))}
    </ul>
  );
}
