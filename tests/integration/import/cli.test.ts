import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withFreshDb } from "../../helpers/db";
import { startCli } from "../../helpers/cli";
import { importDirectory } from "../../../app/services/import/run.server";
import { exportDirectory } from "../../../app/services/import/export.server";
import {
  canonicalBuyer,
  canonicalRequest,
  canonicalSupplier,
  formatDirectory,
} from "../../../app/modules/directory/canonical";
import { generateDirectory } from "../../../scripts/bench/import";
import { count } from "./snapshot";

const cli = startCli;

describe("cli import", () => {
  it("survives kill -9 mid-import: only whole batches committed, every firm complete, a re-run finishes", async () => {
    await withFreshDb(async (t) => {
      const N = 6000;
      const doc = generateDirectory(N);
      const file = path.join(t.dir, "big.json");
      fs.writeFileSync(file, JSON.stringify(doc));
      const suppliers = () => count(t, "SELECT count(*) FROM organisations WHERE kind = 'supplier'");

      const { child, done } = cli(t.file, ["import", file]);
      await new Promise<void>((resolve, reject) => {
        const poll = setInterval(async () => {
          if ((await suppliers()) > 0) {
            clearInterval(poll);
            child.kill("SIGKILL");
            resolve();
          }
        }, 10);
        child.on("close", () => {
          clearInterval(poll);
          reject(new Error("the import finished before it could be killed"));
        });
      });
      const run = await done;
      expect(run.signal).toBe("SIGKILL");

      const committed = await suppliers();
      expect(committed).toBeGreaterThan(0);
      expect(committed).toBeLessThan(N);
      expect(committed % 500).toBe(0); // transactions of 500 records: never part of one

      // Each committed firm is whole and exactly as in the file; nothing committed lost its outbox
      // or audit row.
      const byRef = new Map(doc.suppliers.map((s) => [s.ref, s]));
      const exported = (await exportDirectory(t.db)).suppliers;
      expect(exported.length).toBe(committed);
      for (const s of exported) expect(s).toEqual(canonicalSupplier(byRef.get(s.ref)!));
      const terms = exported.reduce((n, s) => n + Object.values(s.capabilities!).flat().length, 0);
      expect(await count(t, "SELECT count(*) FROM capability_terms")).toBe(terms);
      expect(await count(t, "SELECT count(*) FROM search_outbox WHERE op = 'upsert'")).toBe(committed);
      expect(await count(t, "SELECT count(*) FROM audit_log WHERE action = 'directory.import.create'")).toBe(
        committed,
      );

      const again = await importDirectory(t, doc);
      expect([again.suppliers.created, again.suppliers.unchanged, again.rejections.length]).toEqual([
        N - committed,
        committed,
        0,
      ]);
      expect(formatDirectory(await exportDirectory(t.db))).toBe(
        formatDirectory({
          suppliers: doc.suppliers.map(canonicalSupplier),
          buyers: doc.buyers.map(canonicalBuyer),
          requests: doc.requests.map(canonicalRequest),
        }),
      );
    });
  }, 240_000);

  it("reports rejections with exit 1 (good records still imported), refuses a file that is not JSON, exports to stdout", async () => {
    await withFreshDb(async (t) => {
      const bad = path.join(t.dir, "bad.json");
      const broken = path.join(t.dir, "broken.json");
      const doc = {
        format: "cnht-directory/1",
        suppliers: [{ ref: "S-1", name: { vi: "Công ty Một" }, taxCode: "0100000001" }],
      };
      fs.writeFileSync(
        bad,
        JSON.stringify({
          ...doc,
          suppliers: [...doc.suppliers, { ref: "S-2", name: { en: "Two" }, taxCode: "12" }],
        }),
      );
      fs.writeFileSync(broken, "{ nope");
      const [a, b, c] = await Promise.all([
        cli(t.file, ["import", bad]).done,
        cli(t.file, ["import", broken]).done,
        cli(t.file, ["import"]).done,
      ]);
      expect(a.code).toBe(1);
      expect(a.stdout).toContain("suppliers 1 created, 0 updated, 0 unchanged, 1 rejected");
      expect(a.stdout).toContain("suppliers[1] (S-2): taxCode: must be 10 or 13 digits");
      expect(b.code).toBe(1);
      expect(b.stderr).toMatch(/broken\.json: not a JSON file: .*Nothing was imported\./);
      expect(c.code).toBe(2);
      const out = await cli(t.file, ["export"]).done;
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual({
        format: "cnht-directory/1",
        suppliers: [canonicalSupplier(doc.suppliers[0])],
        buyers: [],
        requests: [],
      });
    });
  }, 240_000);
});
