import fs from "node:fs";
import { decodeUtf8 } from "../../app/modules/import/encoding";
import cliProgress from "cli-progress";
import { openForCli } from "./context";
import { importDirectory } from "../../app/services/import/run.server";
import { DirectoryFormatError } from "../../app/modules/import/validate";
import { formatReport } from "../../app/modules/import/report";
import type { SheetMapping } from "../../app/modules/import/spreadsheet/types";
import { translator } from "../../app/modules/i18n/translate";

// The spreadsheet modules (exceljs, csv-parse, iconv-lite) load only for a spreadsheet, so the
// JSON import starts as fast as before.
const loadSheets = async () => ({
  ...(await import("../../app/services/import/spreadsheet.server")),
  ...(await import("../../app/modules/import/spreadsheet/read")),
});
const isSpreadsheet = (file: string) => /\.(xlsx|xlsm|csv|txt)$/i.test(file);

const USAGE = [
  "Usage: npm run cli -- import FILE.json [--replace] [--dry-run] [--lang en|vi]",
  "       npm run cli -- import FILE.xlsx|FILE.csv [--requests] [--sheet NAME] [--mapping MAP.json] [--dry-run] [--lang en|vi]",
  "       (--requests: the rows are buyers' sourcing requests, not firms; --lang: the report's language, English by default)",
].join("\n");

/**
 * `cli import FILE`: exit 0 when every record was accepted, 1 when any was rejected or the file
 * cannot be read, 2 for a usage error — and, for a spreadsheet, when its columns are not all
 * recognised: the proposed mapping is then written to FILE.mapping.json to be completed and
 * passed back with --mapping (nothing is imported).
 */
export async function run(args: string[]): Promise<number> {
  const flags = new Set<string>();
  const files: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--sheet" || a === "--mapping" || a === "--lang") {
      if (args[i + 1] === undefined) {
        console.error(`${a} needs a value.\n${USAGE}`);
        return 2;
      }
      values[a] = args[++i];
    } else if (a.startsWith("--")) flags.add(a);
    else files.push(a);
  }
  const unknown = [...flags].filter((f) => !["--replace", "--dry-run", "--requests"].includes(f));
  if (files.length !== 1 || unknown.length) {
    console.error(unknown.length ? `Unknown option ${unknown.join(", ")}.\n${USAGE}` : USAGE);
    return 2;
  }
  const lang = values["--lang"] ?? "en";
  if (lang !== "en" && lang !== "vi") {
    console.error(`--lang is en or vi, not "${lang}".\n${USAGE}`);
    return 2;
  }
  // The report in the organiser's language; the default stays the English scripts read.
  const t = translator(lang);
  const file = files[0];
  const spreadsheet = isSpreadsheet(file);
  const sheets = spreadsheet ? await loadSheets() : null;
  if (!spreadsheet && (values["--sheet"] || values["--mapping"] || flags.has("--requests"))) {
    console.error(`--sheet, --mapping and --requests are for .xlsx and .csv files.\n${USAGE}`);
    return 2;
  }
  if (spreadsheet && flags.has("--replace")) {
    console.error(
      "--replace is for a cnht-directory/1 file holding the whole directory; a spreadsheet is one list among several.",
    );
    return 2;
  }
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    console.error(`Error: cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  // A JSON file with invalid UTF-8 is refused with the byte offset (never stored as U+FFFD).
  let text = "";
  if (!spreadsheet)
    try {
      text = decodeUtf8(buf);
    } catch (e) {
      console.error(`Error: ${file}: ${(e as Error).message}; nothing imported`);
      return 1;
    }

  let plan: Awaited<ReturnType<NonNullable<typeof sheets>["planSpreadsheet"]>> | null = null;
  if (sheets) {
    try {
      let mapping: SheetMapping | undefined;
      if (values["--mapping"]) mapping = sheets.parseMapping(fs.readFileSync(values["--mapping"], "utf8"));
      // Firms unless asked: the CLI does what it is told; the headers' guess only explains a stop.
      const kind = flags.has("--requests") ? ("requests" as const) : ("firms" as const);
      plan = await sheets.planSpreadsheet(buf, file, { sheet: values["--sheet"], mapping, kind });
    } catch (e) {
      if (e instanceof sheets.SpreadsheetError || (e as NodeJS.ErrnoException).code === "ENOENT") {
        console.error(`Error: ${(e as Error).message}. Nothing was imported.`);
        return 1;
      }
      throw e;
    }
    if (plan.missing.length) {
      const out = file.replace(/\.[^./\\]+$/, "") + ".mapping.json";
      const name: Record<string, string> = {
        nameVi: "the firm's name",
        taxCode: "its tax code or ref",
        titleVi: "the request's title",
        buyer: "its buyer",
      };
      const what = plan.missing.includes("headerRow")
        ? "no row of the sheet looks like a header"
        : `no column was recognised as ${plan.missing.map((m) => name[m] ?? m).join(" or ")}`;
      console.error(`${file}: ${what}, so nothing was imported.`);
      if (plan.kind !== plan.guessedKind)
        console.error(
          plan.guessedKind === "requests"
            ? "Its headers look like a list of sourcing requests: run again with --requests if it is one."
            : "Its headers look like a list of firms: run again without --requests if it is one.",
        );
      if (plan.given) return 2;
      if (fs.existsSync(out)) {
        console.error(
          `${out} already exists and is left as it is: complete it, then run again with --mapping ${out}`,
        );
        return 2;
      }
      fs.writeFileSync(
        out,
        JSON.stringify(sheets.mappingFile({ ...plan, headerRow: plan.headerRow || 1 }), null, 2) + "\n",
      );
      console.error(
        `The proposed mapping is in ${out}: set "field" for each column (fields: see docs/import-spreadsheets.md), then run again with --mapping ${out}`,
      );
      return 2;
    }
  }

  const services = await openForCli();
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: "Importing [{bar}] {percentage}% | {value}/{total} records | {eta_formatted} left",
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  try {
    let started = false;
    const opts = {
      replace: flags.has("--replace"),
      dryRun: flags.has("--dry-run"),
      actor: "cli",
      source: file,
      onProgress: (done: number, total: number) => {
        if (!bar) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    };
    const sheetReport = plan && sheets ? await sheets.importSpreadsheet(services, plan, opts) : null;
    const report = sheetReport ?? (await importDirectory(services, text, opts));
    bar?.stop();
    console.log(formatReport(report, t));
    if (sheetReport) console.log(sheets!.formatSheetSummary(sheetReport.spreadsheet, t));
    return report.rejections.length ? 1 : 0;
  } catch (e) {
    bar?.stop();
    if (e instanceof DirectoryFormatError || (sheets && e instanceof sheets.SpreadsheetError)) {
      console.error(`Error: ${file}: ${e.message}. Nothing was imported.`);
      return 1;
    }
    throw e;
  } finally {
    await services.close();
  }
}
