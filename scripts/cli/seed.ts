import fs from "node:fs";
import path from "node:path";
import { formatDirectory } from "../../app/modules/directory/canonical";
import { generateDemoDirectory, seedIfEmpty } from "../seed";
import { openForCli } from "./context";

const USAGE = "Usage: npm run cli -- seed [--force] [--seed N] | seed --out FILE [--seed N]";

/**
 * `cli seed`: loads the demo directory into the database when it holds no suppliers or buyers;
 * `--force` upserts it into a non-empty one; `--out FILE` only writes the generated JSON.
 */
export async function run(args: string[]): Promise<number> {
  let force = false;
  let out: string | undefined;
  let seed: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--force") force = true;
    else if (a === "--out" && args[i + 1]) out = args[++i];
    else if (a === "--seed" && /^\d+$/.test(args[i + 1] ?? "")) seed = Number(args[++i]);
    else {
      console.error(`Unknown or incomplete option '${a}'.\n${USAGE}`);
      return 2;
    }
  }

  if (out) {
    const data = generateDemoDirectory(seed);
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, formatDirectory(data));
    console.log(
      `Wrote ${out}: ${data.suppliers.length} suppliers, ${data.buyers.length} buyers, ${data.requests.length} requests.`,
    );
    return 0;
  }

  const services = await openForCli();
  try {
    const t0 = performance.now();
    const r = await seedIfEmpty(services, { force, seed });
    const c = r.counts;
    const now = `${c.suppliers} suppliers, ${c.buyers} buyers, ${c.requests} requests`;
    if (!r.seeded) {
      console.log(
        `The directory is not empty (${now}); nothing seeded. Use --force to upsert the demo data anyway.`,
      );
    } else {
      const i = r.import!;
      console.log(
        `Demo data loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${i.created} created, ${i.updated} updated, ${i.unchanged} unchanged. ` +
          `The directory now holds ${now}.`,
      );
    }
    return 0;
  } finally {
    await services.close();
  }
}
