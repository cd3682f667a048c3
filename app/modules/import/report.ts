import type { Rejection, Section } from "./validate";
import { problemText, rejectionLines, type ImportMessage } from "./messages";
import { translator, type Translate } from "../i18n/translate";

const en = translator("en");
import { formatFieldValue, type FieldConflict } from "./provenance";

export interface SectionCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  rejected: number;
}

export interface ImportReport {
  dryRun: boolean;
  replace: boolean;
  suppliers: SectionCounts;
  buyers: SectionCounts;
  requests: SectionCounts;
  rejections: Rejection[];
  /** With --replace: records absent from the file that were kept, and why. */
  kept: { section: Section; ref: string; reason: string; message?: ImportMessage }[];
  /** With --replace: why nothing was deleted, when nothing was (English; `replaceSkippedMessage` the same as a code). */
  replaceSkipped: string | null;
  replaceSkippedMessage?: ImportMessage;
  durationMs: number;
  /**
   * Fields kept as the firm saved them on the portal although the file says otherwise
   * (ADR 180); `index` is the record's position in the file's suppliers.
   */
  conflicts: (FieldConflict & { ref: string; index: number })[];
}

export const emptyCounts = (): SectionCounts => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  rejected: 0,
});

/**
 * The report as the CLI prints it: counts per section, then every rejection, one line per
 * problem; in the translator's language (English by default, `--lang vi`).
 */
export function formatReport(r: ImportReport, t: Translate = en): string {
  const lines: string[] = [];
  const seconds = (r.durationMs / 1000).toFixed(1);
  lines.push(t(r.dryRun ? "import.cli.dryRunFinished" : "import.cli.finished", { seconds }));
  const name = (s: Section) => t(`import.cli.section.${s}`);
  const width = Math.max(9, ...(["suppliers", "buyers", "requests"] as const).map((s) => name(s).length));
  for (const s of ["suppliers", "buyers", "requests"] as const) {
    const c = r[s];
    const parts = [
      t("import.cli.created", { n: c.created }),
      t("import.cli.updated", { n: c.updated }),
      t("import.cli.unchanged", { n: c.unchanged }),
    ];
    if (r.replace) parts.push(t("import.cli.deleted", { n: c.deleted }));
    parts.push(t("import.cli.rejected", { n: c.rejected }));
    lines.push(`  ${name(s).padEnd(width)} ${parts.join(", ")}`);
  }
  // What --replace kept and why (ADR 090), in the reader's language like the rest.
  if (r.replaceSkipped)
    lines.push(
      t("import.cli.replaceSkipped", {
        reason: problemText({ reason: r.replaceSkipped, message: r.replaceSkippedMessage }, t),
      }),
    );
  for (const k of r.kept)
    lines.push(
      t("import.cli.replaceKept", { section: name(k.section), ref: k.ref, reason: problemText(k, t) }),
    );
  if (r.conflicts.length) {
    lines.push(t("import.cli.conflicts", { n: r.conflicts.length }));
    for (const c of r.conflicts)
      lines.push(
        `  ${c.ref} ${c.field}: ${t("import.cli.conflict", { file: formatFieldValue(c.file), portal: formatFieldValue(c.portal) })}`,
      );
  }
  const rejectedCount = r.rejections.length;
  if (rejectedCount) {
    lines.push(
      t(rejectedCount === 1 ? "import.cli.rejectedOne" : "import.cli.rejectedMany", { n: rejectedCount }),
    );
    for (const rej of r.rejections) for (const l of rejectionLines(rej, t)) lines.push(`  ${l}`);
  }
  return lines.join("\n");
}
