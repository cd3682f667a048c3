import { useEffect, useState } from "react";
import { Link, useNavigate } from "@remix-run/react";
import { useLocale, useT } from "~/components/i18n";
import { formatSeconds } from "~/components/format";
import {
  ImportReportView,
  SheetSummaryView,
  type ReportView,
  type SheetSummaryViewData,
} from "~/components/profile/import-report";

// The running import on /admin/import: the job's progress, polled from /admin/import/progress
// until it ends, then the page's loader shows its report.

/** Polls the job's progress until it ends, then shows its report (the page's loader). */
export function useImportProgress(job: string | null, onEnd: () => void) {
  const navigate = useNavigate();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!job) return;
    let stop = false;
    const tick = async () => {
      const r = await fetch(`/admin/import/progress?job=${job}`).catch(() => null);
      const p = r?.ok ? ((await r.json()) as { done: number; total: number; finished: boolean }) : null;
      if (stop) return;
      if (p) setProgress({ done: p.done, total: p.total });
      if (p?.finished || !p) {
        onEnd();
        navigate(`/admin/import?job=${job}`, { replace: true });
      } else setTimeout(tick, 250);
    };
    void tick();
    return () => {
      stop = true;
    };
  }, [job, navigate, onEnd]);
  return progress;
}

export function ProgressBar({ done, total }: { done: number; total: number }) {
  const t = useT();
  return (
    <div role="status" className="space-y-2 rounded-lg border bg-white p-5">
      <p className="text-sm">{t("import.running", { done, total: total || "…" })}</p>
      <progress className="h-3 w-full" value={done} max={total || 1} aria-label={t("import.title")} />
    </div>
  );
}

/** A finished job's report: counts, rejections and, for a spreadsheet, what was converted. */
export function JobReport({
  source,
  report,
}: {
  source: string;
  report: ReportView & { spreadsheet?: SheetSummaryViewData };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="space-y-4 rounded-lg border bg-white p-5">
      <p role="status" className="font-medium text-emerald-800">
        {t("import.done", { seconds: formatSeconds(report.durationMs, locale) })} ({source})
      </p>
      <ImportReportView report={report} title={t("import.title")} />
      {report.spreadsheet && <SheetSummaryView s={report.spreadsheet} />}
      <Link to="/admin/import">{t("import.again")}</Link>
    </div>
  );
}
