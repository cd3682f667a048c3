import { useT } from "~/components/i18n";

const OUTLINE = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50";

/** "Print" on a page laid out for paper (the agendas): opens the browser's print dialog. */
export function PrintButton({ className }: { className?: string }) {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={className ? `${className} ${OUTLINE}` : OUTLINE}
    >
      {t("fairDay.agenda.print")}
    </button>
  );
}
