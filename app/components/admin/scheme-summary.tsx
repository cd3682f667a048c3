import { useLocale, useT } from "~/components/i18n";
import { formatDate, formatNumber } from "~/components/format";
import type { Locale, Translate } from "~/modules/i18n";

// What the organisers' scheme list and a scheme's own page both say about a scheme: its terms in
// one line (also on a firm's own list of schemes) and how much of its budget is committed.

type Terms = {
  kind: string;
  standard: string | null;
  window: string;
  opensOn: string;
  closesOn: string;
};
type BudgetUse = { committed: number; budget: number; usedPercent: number; remaining: number };

/** "Kind · standard · window · opens – closes", in the reader's language and dates. */
export function SchemeTerms({ scheme }: { scheme: Terms }) {
  const t = useT();
  const locale = useLocale();
  return (
    <p className="text-sm text-slate-600">
      {t(`schemes.kind.${scheme.kind}`)}
      {scheme.standard ? ` · ${t(`schemes.standard.${scheme.standard}`)}` : ""} ·{" "}
      {t(`schemes.window.${scheme.window}`)} · {formatDate(scheme.opensOn, locale)} –{" "}
      {formatDate(scheme.closesOn, locale)}
    </p>
  );
}

/** The budget line: committed of budget, the share used and what remains, in the reader's numbers. */
export function budgetUseText(t: Translate, use: BudgetUse, locale: Locale): string {
  return t("schemes.budgetUse", {
    committed: formatNumber(use.committed, locale),
    budget: formatNumber(use.budget, locale),
    percent: String(use.usedPercent),
    remaining: formatNumber(use.remaining, locale),
  });
}
