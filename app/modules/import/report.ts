import { formatRejection, type Rejection, type Section } from "./validate";
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
  kept: { section: Section; ref: string; reason: string }[];
  /** With --replace: why nothing was deleted, when nothing was. */
  replaceSkipped: string | null;
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

/** The report as the CLI prints it: counts per section, then every rejection, one line per problem. */
export function formatReport(r: ImportReport): string {
  const lines: string[] = [];
  const head = r.dryRun ? "Dry run (nothing written)" : "Import";
  lines.push(`${head} finished in ${(r.durationMs / 1000).toFixed(1)} s`);
  for (const s of ["suppliers", "buyers", "requests"] as const) {
    const c = r[s];
    const parts = [`${c.created} created`, `${c.updated} updated`, `${c.unchanged} unchanged`];
    if (r.replace) parts.push(`${c.deleted} deleted`);
    parts.push(`${c.rejected} rejected`);
    lines.push(`  ${s.padEnd(9)} ${parts.join(", ")}`);
  }
  if (r.replaceSkipped) lines.push(`--replace: nothing deleted: ${r.replaceSkipped}`);
  for (const k of r.kept) lines.push(`--replace: kept ${k.section} ${k.ref}: ${k.reason}`);
  if (r.conflicts.length) {
    lines.push(
      `Kept ${r.conflicts.length} field(s) as the firm saved them on the portal (import conflicts, \`cli conflicts\`):`,
    );
    for (const c of r.conflicts)
      lines.push(
        `  ${c.ref} ${c.field}: file "${formatFieldValue(c.file)}", portal "${formatFieldValue(c.portal)}"`,
      );
  }
  const rejectedCount = r.rejections.length;
  if (rejectedCount) {
    lines.push(
      `Rejected ${rejectedCount} record${rejectedCount === 1 ? "" : "s"} (left as they were in the directory):`,
    );
    for (const rej of r.rejections) for (const l of formatRejection(rej)) lines.push(`  ${l}`);
  }
  return lines.join("\n");
}
