import { afterEach, describe, expect, it } from "vitest";
import type { OpenDb } from "../../db/connection";
import { claimDue, queueMails } from "../../db/queries/mail";
import { writeTx } from "../../db/queries/events-tx";
import { LoginLimiter, postgresLimiters } from "../../app/modules/auth/login-limiter";
import { freshPostgres, postgresSkipReason } from "../helpers/postgres";
import { reopen } from "../helpers/db";

const skip = postgresSkipReason();
const open: OpenDb[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});

async function twoInstances() {
  const a = await freshPostgres();
  open.push(a);
  const b = reopen(a); // a second pool on the same database: another portal instance
  open.unshift(b); // closed before a drops the database
  return { a, b };
}

describe.skipIf(!!skip)("several instances on one PostgreSQL database", () => {
  it("two mail workers claiming at once never take the same row (FOR UPDATE SKIP LOCKED)", async () => {
    const { a, b } = await twoInstances();
    const mails = Array.from({ length: 60 }, (_, i) => ({ kind: "test", to: `m${i}@example.com`, subject: "s", body: "b" }));
    expect(await queueMails(a.db, mails)).toBe(60);
    const now = new Date();
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        claimDue(i % 2 ? a.db : b.db, { now, limit: 10, token: `w${i}`, messageIdDomain: "example.com" }),
      ),
    );
    const ids = claims.flat().map((m) => m.id);
    expect(ids.length).toBe(60);
    expect(new Set(ids).size).toBe(60);
    expect(claims.flat().every((m) => /^<cnht\.\d+\.[0-9a-f]{12}@example\.com>$/.test(m.messageId))).toBe(true);
  });

  it("writeTx queues writers from two instances one behind the other (the advisory lock)", async () => {
    const { a, b } = await twoInstances();
    const events: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inFirst = new Promise<void>((r) => (entered = r));
    const first = writeTx(a.db, async () => {
      events.push("a start");
      entered();
      await held;
      events.push("a end");
    });
    await inFirst;
    const second = writeTx(b.db, async () => {
      events.push("b");
    });
    // However long we wait, b cannot start while a holds the write lock.
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual(["a start"]);
    release();
    await Promise.all([first, second]);
    expect(events).toEqual(["a start", "a end", "b"]);
  });

  it("login failures counted on one instance lock the pair out on the other", async () => {
    const { a, b } = await twoInstances();
    const onA = new LoginLimiter(postgresLimiters(a.pgPool));
    const onB = new LoginLimiter(postgresLimiters(b.pgPool));
    for (let i = 0; i < 10; i++) await (i % 2 ? onA : onB).fail("x@example.com", "10.0.0.1");
    expect(await onB.blockedFor("x@example.com", "10.0.0.1")).toBeGreaterThan(0);
    expect(await onA.blockedFor("x@example.com", "10.0.0.1")).toBeGreaterThan(0);
    expect(await onA.blockedFor("y@example.com", "10.0.0.2")).toBe(0);
    await onA.succeed("x@example.com", "10.0.0.1");
    const { rows } = await b.pgPool!.query("SELECT count(*)::int AS n FROM rate_limits");
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
