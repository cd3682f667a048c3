import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importDirectory } from "../../app/services/import/run.server";
import { onEachDatabase, openBenchDb } from "./databases";
import type { DirectoryFile, DirectorySupplier } from "../../app/modules/directory/types";

const SAMPLE = path.resolve(import.meta.dirname, "../../tests/fixtures/directory-sample.json");

/**
 * A directory of `n` suppliers made from the sample's 1,200 (cycled, with their own refs, tax
 * codes and names) plus the sample's buyers and requests: realistic terms and certifications at
 * any size, the same every run.
 */
export function generateDirectory(n: number): DirectoryFile {
  const sample = JSON.parse(fs.readFileSync(SAMPLE, "utf8")) as DirectoryFile;
  const suppliers: DirectorySupplier[] = [];
  for (let i = 0; i < n; i++) {
    const s = structuredClone(sample.suppliers[i % sample.suppliers.length]);
    const round = Math.floor(i / sample.suppliers.length);
    s.ref = `G-${String(i + 1).padStart(6, "0")}`;
    s.taxCode = String(1_000_000_000 + i);
    if (round > 0)
      for (const l of ["vi", "en"] as const) if (s.name[l]) s.name[l] = `${s.name[l]} (${round + 1})`;
    suppliers.push(s);
  }
  return { format: "cnht-directory/1", suppliers, buyers: sample.buyers, requests: sample.requests };
}

/**
 * `npm run bench -- import`: 10,000 suppliers into an empty database, then the same file again,
 * on SQLite and (when named) PostgreSQL: scripts/bench/databases.ts.
 */
export async function run(args: string[] = []): Promise<unknown> {
  const n = 10_000;
  const doc = generateDirectory(n);
  const records = doc.suppliers.length + doc.buyers.length + doc.requests.length;
  return onEachDatabase(args, async (kind) => {
    const target = await openBenchDb(kind, "import");
    try {
      const measure = async () => {
        const t0 = performance.now();
        const report = await importDirectory(target, structuredClone(doc), { actor: "bench" });
        const seconds = (performance.now() - t0) / 1000;
        return {
          seconds: +seconds.toFixed(2),
          recordsPerSecond: Math.round(records / seconds),
          suppliers: report.suppliers,
        };
      };
      const first = await measure();
      const again = await measure();
      return {
        bench: "import",
        suppliers: n,
        records,
        firstImport: first,
        unchangedReimport: again,
        loadAverage1m: +os.loadavg()[0].toFixed(1),
      };
    } finally {
      await target.close();
    }
  });
}
