import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { importDirectory } from "../../app/services/import/run.server";
import { importSpreadsheet, planSpreadsheet } from "../../app/services/import/spreadsheet.server";
import { bigWorkbook } from "../fixtures/spreadsheets";
import { generateDirectory } from "./import";

/**
 * `npm run bench -- import-xlsx [N]`: N (10,000) suppliers from a department-style workbook into
 * an empty database, beside the JSON import of the same firms into another, in the same run.
 * The workbook is built here, never committed.
 */
/** User + system CPU seconds this process spent since `from`. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return +((d.user + d.system) / 1e6).toFixed(2);
}

export async function run(args: string[] = []): Promise<void> {
  const n = Number(args[0] ?? 10_000);
  const doc = { ...generateDirectory(n), buyers: [], requests: [] };
  const xlsx = await bigWorkbook(doc);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-bench-xlsx-"));
  const open = async (name: string) => {
    const t = openDatabase(path.join(dir, name));
    await migrateToLatest(t.db);
    return t;
  };
  // Warm-up in a throwaway database (module loading, JIT, the taxonomy's caches), so that
  // neither measured run pays for them.
  const warm = await open("warm.db");
  const few = { ...doc, suppliers: doc.suppliers.slice(0, 300) };
  await importDirectory(warm, structuredClone(few), { actor: "bench" });
  await importSpreadsheet(warm, await planSpreadsheet(await bigWorkbook(few), "warm.xlsx"), {
    actor: "bench",
  });
  await warm.close();
  const jsonDb = await open("json.db");
  const xlsxDb = await open("xlsx.db");
  try {
    // CPU seconds beside the wall clock: on a shared, loaded machine the wall clock mostly measures
    // the queue for the cores; the CPU time this process used is what the import itself costs.
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const json = await importDirectory(jsonDb, structuredClone(doc), { actor: "bench" });
    const jsonSeconds = (performance.now() - t0) / 1000;
    const jsonCpu = cpuSeconds(c0);

    const c1 = process.cpuUsage();
    const t1 = performance.now();
    const plan = await planSpreadsheet(xlsx, "bench.xlsx");
    const read = (performance.now() - t1) / 1000;
    const readCpu = cpuSeconds(c1);
    const sheet = await importSpreadsheet(xlsxDb, plan, { actor: "bench" });
    const xlsxSeconds = (performance.now() - t1) / 1000;
    const xlsxCpu = cpuSeconds(c1);

    const t2 = performance.now();
    const again = await importSpreadsheet(xlsxDb, await planSpreadsheet(xlsx, "bench.xlsx"), {
      actor: "bench",
    });
    const againSeconds = (performance.now() - t2) / 1000;
    console.log(
      JSON.stringify(
        {
          bench: "import-xlsx",
          suppliers: n,
          workbookBytes: xlsx.length,
          loadAverage: os.loadavg().map((l) => +l.toFixed(1)),
          jsonImport: { seconds: +jsonSeconds.toFixed(2), cpuSeconds: jsonCpu, suppliers: json.suppliers },
          xlsxImport: {
            seconds: +xlsxSeconds.toFixed(2),
            cpuSeconds: xlsxCpu,
            readAndConvertSeconds: +read.toFixed(2),
            readAndConvertCpuSeconds: readCpu,
            suppliers: sheet.suppliers,
            ratioToJson: +(xlsxSeconds / jsonSeconds).toFixed(2),
            cpuRatioToJson: +(xlsxCpu / jsonCpu).toFixed(2),
          },
          xlsxUnchangedReimport: { seconds: +againSeconds.toFixed(2), suppliers: again.suppliers },
          targetSeconds: 15,
        },
        null,
        2,
      ),
    );
  } finally {
    await jsonDb.close();
    await xlsxDb.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
