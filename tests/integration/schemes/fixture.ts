import { beforeAll } from "vitest";
import type { Db } from "../../../db/connection";
import { todayInHanoi } from "../../../app/modules/clock";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";

// What the support-scheme HTTP tests share: dates around today (a scheme opens and closes
// relative to it), a small PDF, and two supplier firms with their owners and an organiser.

const today = todayInHanoi(new Date());
/** Today in Hanoi moved by `n` days, as YYYY-MM-DD. */
export const shift = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const PDF = new TextEncoder().encode("%PDF-1.4\n% test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** The organisers' new-scheme form, open from five days ago to five days ahead. */
export const SCHEME_FORM = {
  nameVi: "Hỗ trợ ISO 9001",
  nameEn: "ISO 9001 support",
  kind: "management_system",
  standard: "iso9001",
  budget: "1000000",
  opensOn: shift(-5),
  closesOn: shift(5),
  eligibilityVi: "DN CNHT",
  eligibilityEn: "Supporting-industry firms",
};

export type SchemeFirms = { firm1: number; firm2: number };

/**
 * For the scheme HTTP test file that calls it: firms S-1 and S-2 (what `more` adds to them, then
 * their owners s1@ and s2@example.com) and an organiser, org@example.com, on the built server
 * (`t`, serverSuite), with the three logged in as `org`, `s1` and `s2`, and `post` sending a form
 * with the server's own Origin.
 */
export function schemeSuite(more?: (db: Db, firms: SchemeFirms) => Promise<unknown>) {
  const firms: SchemeFirms = { firm1: 0, firm2: 0 };
  const t = serverSuite(async (db) => {
    firms.firm1 = await seedOrg(db, { ref: "S-1", kind: "supplier" });
    firms.firm2 = await seedOrg(db, { ref: "S-2", kind: "supplier" });
    await more?.(db, firms);
    await seedUser(db, { email: "org@example.com", role: "organiser" });
    await seedUser(db, { email: "s1@example.com", role: "supplier", orgId: firms.firm1 });
    await seedUser(db, { email: "s2@example.com", role: "supplier", orgId: firms.firm2 });
  });
  const [org, s1, s2] = [new Client(() => t.url), new Client(() => t.url), new Client(() => t.url)];
  beforeAll(async () => {
    await org.login("org@example.com", PASSWORD);
    await s1.login("s1@example.com", PASSWORD);
    await s2.login("s2@example.com", PASSWORD);
  });
  const post = (c: Client, path: string, form: Record<string, string>) =>
    c.request(path, { form, headers: { Origin: t.url } });
  return { t, firms, org, s1, s2, post };
}
