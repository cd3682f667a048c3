import fs from "node:fs";
import path from "node:path";
import { freshDb } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import { importDirectory } from "../../../app/services/import/run.server";
import { hashPassword } from "../../../app/modules/auth/password";
import { hashSecret } from "../../../app/modules/auth/tokens";
import { createSearchEngine } from "../../../search/index";
import { supplierDocs } from "../../../search/documents";
import type { Env } from "../../../app/utils/env.server";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json");

export interface DirectoryServer extends RunningServer {
  /** Bearer tokens by role, stored hashed like `cli token create` does. */
  tokens: { buyer: string; supplier: string; organiser: string };
  /** A buyer user to log in with through the real /login form. */
  buyer: { email: string; password: string };
  /** The fixture's records, for expectations. */
  sample: { suppliers: { ref: string; name: { vi?: string; en?: string }; contact?: { email?: string } }[] };
  /** Refs changed after import so that the hidden cases exist. */
  suspendedSupplier: string;
  restrictedRequest: string;
}

/**
 * A real SQLite file holding the sample directory (imported through the importer, as
 * `cli import` does), a suspended supplier, an organisers-only request, a buyer user and API
 * tokens; then the production server started on it.
 */
export async function startDirectoryServer(): Promise<DirectoryServer> {
  const sample = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
  const { db, sqlite, file, close, dialect } = await freshDb();
  const report = await importDirectory({ db, sqlite }, sample);
  if (report.rejections.length)
    throw new Error(`fixture import rejected records: ${JSON.stringify(report.rejections.slice(0, 3))}`);

  const suspendedSupplier = sample.suppliers[1].ref as string;
  await db
    .updateTable("organisations")
    .set({ status: "suspended" })
    .where("ref", "=", suspendedSupplier)
    .execute();
  const restrictedRequest = sample.requests[1].ref as string;
  await db
    .updateTable("sourcingRequests")
    .set({ visibility: "organisers" })
    .where("ref", "=", restrictedRequest)
    .execute();

  const buyerOrg = await db
    .selectFrom("organisations")
    .where("kind", "=", "buyer")
    .select("id")
    .orderBy("ref")
    .executeTakeFirstOrThrow();
  const supplierOrg = await db
    .selectFrom("organisations")
    .where("ref", "=", sample.suppliers[0].ref)
    .select("id")
    .executeTakeFirstOrThrow();
  const tokens = {
    buyer: "cnht_test_buyer_token",
    supplier: "cnht_test_supplier_token",
    organiser: "cnht_test_organiser_token",
  };
  for (const [role, secret] of Object.entries(tokens) as [keyof typeof tokens, string][])
    await db
      .insertInto("apiTokens")
      .values({
        name: `test ${role}`,
        role,
        orgId: role === "buyer" ? buyerOrg.id : role === "supplier" ? supplierOrg.id : null,
        tokenHash: hashSecret(secret),
        prefix: secret.slice(0, 12),
      })
      .execute();

  const buyer = { email: "buyer@example.com", password: "correct horse battery" };
  const user = await db
    .insertInto("users")
    .values({
      email: buyer.email,
      name: "Test Buyer",
      passwordHash: await hashPassword(buyer.password),
      role: "buyer",
      locale: "en",
      // A verified buyer (confirmed email, organisation approved): contacts are for such buyers.
      emailVerifiedAt: "2026-11-01T00:00:00.000Z",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("memberships").values({ userId: user.id, orgId: buyerOrg.id, role: "owner" }).execute();
  await db
    .updateTable("organisations")
    .set({ verifiedAt: "2026-11-01T00:00:00.000Z" })
    .where("id", "=", buyerOrg.id)
    .execute();
  // The embedded index lives in the same file: build it here, so that the server starts with a
  // complete index and no test depends on how fast the outbox worker catches up. On PostgreSQL
  // the server rebuilds its own index file before it is ready (search/follow.ts), and closing
  // would drop the test's database: it is closed after the server stops.
  const onPostgres = dialect === "postgres";
  if (!onPostgres) {
    const engine = createSearchEngine({ env: { MEILISEARCH_URL: undefined } as Env, sqlite });
    await engine.upsert(await supplierDocs(db));
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    await close();
  }

  const server = await startServer({ databasePath: file });
  const stop = async () => {
    await server.stop();
    if (onPostgres) await close();
  };
  return { ...server, stop, tokens, buyer, sample, suspendedSupplier, restrictedRequest };
}

/** Logs in through the real form and returns the Cookie header value of the session. */
export async function loginCookie(server: DirectoryServer): Promise<string> {
  const res = await fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({
      email: server.buyer.email,
      password: server.buyer.password,
      redirectTo: "/",
    }),
  });
  if (res.status !== 302 && res.status !== 303)
    throw new Error(`login failed with ${res.status}: ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
