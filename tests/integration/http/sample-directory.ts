import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { freshDb } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json");

/**
 * A fresh database holding the first `suppliers` firms of the sample with all its buyers and
 * requests, and two buyer organisations to test with: B-019 (whose request is R-0001) and another.
 */
export async function sampleDirectory(suppliers = 60) {
  const sample = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
  sample.suppliers = sample.suppliers.slice(0, suppliers);
  const t = await freshDb();
  const r = await importDirectory(t, sample);
  expect(r.rejections).toEqual([]);
  const buyerOrg = await t.db
    .selectFrom("organisations")
    .where("ref", "=", "B-019")
    .select("id")
    .executeTakeFirstOrThrow();
  const otherBuyer = await t.db
    .selectFrom("organisations")
    .where("kind", "=", "buyer")
    .where("ref", "!=", "B-019")
    .select("id")
    .executeTakeFirstOrThrow();
  return { t, buyerOrgId: buyerOrg.id, otherBuyerOrgId: otherBuyer.id };
}
