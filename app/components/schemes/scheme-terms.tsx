import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import type { SchemeWindow } from "~/modules/schemes/rules";

/**
 * A support scheme's terms in one line: its kind, the standard it supports, whether it is open,
 * and the dates it is open between ("ISO adoption · ISO 9001 · open · 1 Jan 2026 – 30 Jun 2026").
 */
export function SchemeTerms({
  scheme: s,
}: {
  scheme: { kind: string; standard: string | null; window: SchemeWindow; opensOn: string; closesOn: string };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <p className="text-sm text-slate-600">
      {t(`schemes.kind.${s.kind}`)}
      {s.standard ? ` · ${t(`schemes.standard.${s.standard}`)}` : ""} · {t(`schemes.window.${s.window}`)} ·{" "}
      {formatDate(s.opensOn, locale)} – {formatDate(s.closesOn, locale)}
    </p>
  );
}
