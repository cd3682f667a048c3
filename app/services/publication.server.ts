import ExcelJS from "exceljs";
import { getDb } from "~/utils/services.server";
import type { Actor } from "~/modules/auth/permissions";
import { computeKpis } from "~/modules/programme/kpi";
import {
  DIRECTORY_COLUMNS,
  buildPublication,
  directoryRows,
  figureRows,
  toCsv,
  type Publication,
} from "~/modules/programme/publication";
import { getEdition, insertEdition, loadKpiData, publicDirectory } from "../../db/queries/programme";
import { auditAction } from "~/services/audit.server";
import { todayInHanoi } from "~/modules/clock";

// The annual CNHT publication (/publication/YEAR): the frozen edition when an organiser froze
// the year, otherwise the live figures as of 31 December (or today, for the current year).

async function live(year: number, today: string): Promise<Publication> {
  const db = getDb();
  const end = `${year}-12-31`;
  const asOf = end < today ? end : today;
  const [data, dir] = await Promise.all([loadKpiData(db), publicDirectory(db)]);
  return buildPublication({ year, asOf, figures: computeKpis(data, asOf), ...dir });
}

export async function publication(year: number, today = todayInHanoi(new Date())): Promise<Publication> {
  const frozen = await getEdition(getDb(), year);
  if (frozen) return JSON.parse(frozen.snapshot) as Publication;
  return await live(year, today);
}

/** The year of /publication/YEAR; anything but a four-digit year in 2000-2100 is not found. */
export function editionYear(raw: string | undefined): number {
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw ?? "") || year < 2000 || year > 2100)
    throw new Response("Not found", { status: 404 });
  return year;
}

/** The page's edition; a year that has not begun has no edition yet, so is not found. */
export async function publicationPage(rawYear: string | undefined): Promise<Publication> {
  const year = editionYear(rawYear);
  const p = await publication(year);
  if (p.asOf < `${year}-01-01`) throw new Response("Not found", { status: 404 });
  return p;
}

/** Freezes the year's edition as it reads now; false when it was already frozen. */
export async function freezeEdition(actor: Actor, year: number, now = new Date()): Promise<boolean> {
  const p = await live(year, todayInHanoi(now));
  p.frozenAt = now.toISOString();
  const db = getDb();
  return await db.transaction().execute(async (trx) => {
    const ok = await insertEdition(trx, { year, snapshot: JSON.stringify(p), userId: actor.userId });
    if (ok)
      await auditAction(trx, actor, "publication_freeze", "publication", year, {
        asOf: p.asOf,
        firms: p.directory.length,
      });
    return ok;
  });
}

export type DownloadFormat = "json" | "directory.csv" | "figures.csv" | "xlsx";

export async function publicationDownload(year: number, format: DownloadFormat) {
  const p = await publication(year);
  const base = `cnht-${year}`;
  if (format === "json")
    return {
      body: JSON.stringify(p, null, 2),
      type: "application/json; charset=utf-8",
      name: `${base}.json`,
    };
  if (format === "directory.csv")
    return {
      body: toCsv(DIRECTORY_COLUMNS, directoryRows(p)),
      type: "text/csv; charset=utf-8",
      name: `${base}-directory.csv`,
    };
  if (format === "figures.csv")
    return {
      body: toCsv(["figure", "key", "value"], figureRows(p)),
      type: "text/csv; charset=utf-8",
      name: `${base}-figures.csv`,
    };
  const wb = new ExcelJS.Workbook();
  const fig = wb.addWorksheet("figures");
  fig.addRow(["figure", "key", "value"]);
  for (const r of figureRows(p)) fig.addRow(r);
  const dir = wb.addWorksheet("directory");
  dir.addRow([...DIRECTORY_COLUMNS]);
  for (const r of directoryRows(p)) dir.addRow(r);
  const about = wb.addWorksheet("about");
  about.addRow(["format", p.format]);
  about.addRow(["year", p.year]);
  about.addRow(["asOf", p.asOf]);
  about.addRow(["frozenAt", p.frozenAt ?? ""]);
  about.addRow(["licence", p.licence]);
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    name: `${base}.xlsx`,
  };
}
