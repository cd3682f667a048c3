import { useT } from "~/components/i18n";
import { Table, Td } from "~/components/ui/table";
import {
  problemText,
  rejectionLines,
  renderImportMessage,
  type ImportMessage,
} from "~/modules/import/messages";

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
    problems: { field: string; reason: string; message?: ImportMessage; cell?: string }[];
    at?: string;
  }[];
  kept: { section: string; ref: string; reason: string; message?: ImportMessage }[];
  replaceSkipped: string | null;
  replaceSkippedMessage?: ImportMessage;
  /** Fields kept as the firm saved them (ADR 180); absent in reports from before. */
  conflicts?: { ref: string; field: string }[];
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
      {(report.conflicts?.length ?? 0) > 0 && (
        <p className="text-sm text-amber-800">
          {t("conflicts.reportLine", { n: report.conflicts!.length })}{" "}
          {!report.dryRun && (
            <a className="underline" href="/admin/import/conflicts">
              {t("conflicts.title")}
            </a>
          )}
        </p>
      )}
      {report.replaceSkipped && (
        <p className="text-sm text-amber-800">
          {t("import.cli.replaceSkipped", {
            reason: problemText({ reason: report.replaceSkipped, message: report.replaceSkippedMessage }, t),
          })}
        </p>
      )}
      {report.rejections.length > 0 && (
        <section aria-labelledby="rejections-heading">
          <h3 id="rejections-heading" className="mb-2 font-semibold text-red-800">
            {t("import.rejections", { count: report.rejections.length })}
          </h3>
          <ul className="max-h-96 space-y-1 overflow-y-auto rounded-md border border-red-100 bg-red-50/50 p-3 font-mono text-xs">
            {report.rejections.map((r) =>
              rejectionLines(r, t).map((line, i) => (
                <li key={`${r.at ?? r.section}${r.index}-${i}`}>{line}</li>
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
                {t(`import.${k.section}`)} {k.ref}: {problemText(k, t)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export interface SheetSummaryViewData {
  sheet: string;
  /** Firms or requests; absent in reports of firm lists from before request lists were read. */
  kind?: "firms" | "requests";
  headerRow: number;
  dataRows: number;
  mapping: { column: string; header: string; field: string | null }[];
  converted: { tcvn3: number; vni: number; nfd: number };
  taxCodesRepaired: number;
  unmappedTerms: { kind: string; text: string; rows: number }[];
  notes: { cell: string; message: ImportMessage }[];
}

/**
 * What a spreadsheet import adds to the report: conversions, notes, terms kept as written. A
 * request list has no tax codes and its words are the buyers', so its lines say so.
 */
export function SheetSummaryView({ s }: { s: SheetSummaryViewData }) {
  const t = useT();
  const requests = s.kind === "requests";
  const ignored = s.mapping.filter((m) => !m.field && m.header);
  return (
    <section aria-labelledby="sheet-summary-heading" className="space-y-3 text-sm">
      <h3 id="sheet-summary-heading" className="font-semibold">
        {t("import.sheet.summary", { sheet: s.sheet, row: s.headerRow, rows: s.dataRows })}
      </h3>
      <p data-testid="converted">
        {t(requests ? "import.sheet.convertedRequests" : "import.sheet.converted", {
          tcvn3: s.converted.tcvn3,
          vni: s.converted.vni,
          nfd: s.converted.nfd,
          taxCodes: s.taxCodesRepaired,
        })}
      </p>
      {ignored.length > 0 && (
        <p>
          {t("import.sheet.ignored")}: {ignored.map((m) => `${m.column} “${m.header}”`).join(", ")}
        </p>
      )}
      {s.notes.length > 0 && (
        <details>
          <summary>{t("import.sheet.notes", { count: s.notes.length })}</summary>
          <ul className="mt-2 space-y-1 font-mono text-xs">
            {s.notes.map((n, i) => (
              <li key={i}>{`${n.cell}: ${renderImportMessage(n.message, t)}`}</li>
            ))}
          </ul>
        </details>
      )}
      {s.unmappedTerms.length > 0 && (
        <section aria-labelledby="unmapped-heading">
          <h4 id="unmapped-heading" className="font-medium">
            {t(requests ? "import.sheet.unmappedRequests" : "import.sheet.unmapped", {
              count: s.unmappedTerms.length,
            })}
          </h4>
          <ul className="mt-1 space-y-1">
            {s.unmappedTerms.map((u) => (
              <li key={`${u.kind}:${u.text}`}>
                {t(`import.kind.${u.kind}`)}: <span className="font-medium">{u.text}</span> ({u.rows})
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
