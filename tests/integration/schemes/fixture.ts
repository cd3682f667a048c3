import type { Db } from "../../../db/connection";
import { todayInHanoi } from "../../../app/modules/clock";
import { startServer } from "../../helpers/server";
import { loggedIn, seedOrg, seedUser, type Client } from "../auth/client";

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

/** Firms S-1 and S-2 (owners s1@ and s2@example.com) and an organiser, org@example.com. */
export async function schemeFirms(db: Db) {
  const firm1 = await seedOrg(db, { ref: "S-1", kind: "supplier" });
  const firm2 = await seedOrg(db, { ref: "S-2", kind: "supplier" });
  return { firm1, firm2 };
}

export async function schemeUsers(db: Db, firms: { firm1: number; firm2: number }) {
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  await seedUser(db, { email: "s1@example.com", role: "supplier", orgId: firms.firm1 });
  await seedUser(db, { email: "s2@example.com", role: "supplier", orgId: firms.firm2 });
}

export type Post = (c: Client, path: string, form: Record<string, string>) => Promise<Response>;

/**
 * The built server on the database `file` (firms and users seeded), with the organiser and both
 * firms' owners logged in, and `post` sending a form with the server's own Origin.
 */
export async function schemeServer(file: string) {
  const server = await startServer({ databasePath: file });
  const org = await loggedIn(server.url, "org@example.com");
  const s1 = await loggedIn(server.url, "s1@example.com");
  const s2 = await loggedIn(server.url, "s2@example.com");
  const post: Post = (c, path, form) => c.request(path, { form, headers: { Origin: server.url } });
  return { server, org, s1, s2, post };
}
