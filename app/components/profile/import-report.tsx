import { useT } from "~/components/i18n";
import { Table, Td } from "~/components/ui/table";

export interface ReportView {
  dryRun: boolean;
  replace: boolean;
  durationMs: number;
  suppliers: Counts;
  buyers: Counts;
  requests: Counts;
  rejections: {
    section: string;
    index: number;
    ref: string | null;
    problems: { field: string; reason: string }[];
  }[];
  kept: { section: string; ref: string; reason: string }[];
  replaceSkipped: string | null;
}
interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  rejected: number;
}

const SECTIONS = ["suppliers", "buyers", "requests"] as const;

/** An import's report: counts per section, then every rejected record with its reasons. */
export function ImportReportView({ report, title }: { report: ReportView; title: string }) {
  const t = useT();
  const cols = [
    "created",
    "updated",
    "unchanged",
    ...(report.replace ? ["deleted"] : []),
    "rejected",
  ] as const;
  return (
    <div className="space-y-4">
      <Table caption={title} hideCaption head={[t("import.section"), ...cols.map((c) => t(`import.${c}`))]}>
        {SECTIONS.map((s) => (
          <tr key={s}>
            <Td className="font-medium">{t(`import.${s}`)}</Td>
            {cols.map((c) => (
              <Td
                key={c}
                className={c === "rejected" && report[s][c] > 0 ? "font-semibold text-red-700" : ""}
              >
                {report[s][c as keyof Counts]}
              </Td>
            ))}
          </tr>
        ))}
      </Table>
      {report.replaceSkipped && <p className="text-sm text-amber-800">--replace: {report.replaceSkipped}</p>}
      {report.rejections.length > 0 && (
        <section aria-labelledby="rejections-heading">
          <h3 id="rejections-heading" className="mb-2 font-semibold text-red-800">
            {t("import.rejections", { count: report.rejections.length })}
          </h3>
          <ul className="max-h-96 space-y-1 overflow-y-auto rounded-md border border-red-100 bg-red-50/50 p-3 font-mono text-xs">
            {report.rejections.map((r) =>
              r.problems.map((p, i) => (
                <li key={`${r.section}${r.index}-${i}`}>
                  {r.section}[{r.index}]{r.ref !== null ? ` (${r.ref})` : ""}: {p.field}: {p.reason}
                </li>
              )),
            )}
          </ul>
        </section>
      )}
      {report.kept.length > 0 && (
        <section>
          <h3 className="mb-2 font-semibold">{t("import.kept")}</h3>
          <ul className="space-y-1 text-sm">
            {report.kept.map((k) => (
              <li key={`${k.section}${k.ref}`}>
                {k.section} {k.ref}: {k.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
