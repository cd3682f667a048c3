import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSmtp, type TestSmtp } from "./smtp";
import { usePublicUrl } from "./fixture";
import { freshDb } from "../../helpers/db";
import { startMailWorker, type MailWorker } from "../../../app/services/mail-worker.server";
import { queueMail, retryMail } from "../../../db/queries/mail";
import type { Db } from "../../../db/connection";

// Delivery through a real SMTP server started here: temporary failures (4xx) retried with
// exponential backoff on an injected clock, permanent ones (5xx, too many attempts) kept with
// the server's reason until an organiser retries, and crashes: a worker process killed in the
// middle of a batch, and a "crash" between the server's acceptance and the mark.

let smtp: TestSmtp;
let t: Awaited<ReturnType<typeof freshDb>>;
let db: Db;
const workers: MailWorker[] = [];
const log = { info() {}, warn() {} };
const T0 = new Date("2026-12-05T08:00:00Z");

function worker(now: () => Date, extra: Parameters<typeof startMailWorker>[1] = {}) {
  const w = startMailWorker(
    { db },
    { smtpUrl: smtp.url, autoStart: false, remindEveryMs: 0, log, now, ...extra },
  );
  workers.push(w);
  return w;
}

async function row(id: number) {
  return db.selectFrom("mailOutbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

const mail = (to: string, n = 0) =>
  queueMail(db, { kind: "test", to, subject: `Test ${n}`, body: `Body ${n}` }) as Promise<number>;

beforeAll(async () => {
  usePublicUrl();
  smtp = await startSmtp();
});

beforeEach(async () => {
  t = await freshDb();
  db = t.db;
  smtp.received.length = 0;
  smtp.policy = () => null;
  smtp.hold = null;
});

afterEach(async () => {
  while (workers.length) await workers.pop()!.stop();
  await t.close();
});

afterAll(() => smtp?.close());

describe("mail delivery", () => {
  it("without SMTP_URL mail stays in the outbox", async () => {
    const id = await mail("a@example.com");
    const w = startMailWorker({ db }, { smtpUrl: null, autoStart: false, remindEveryMs: 0, log });
    workers.push(w);
    expect(await w.tick()).toEqual({ released: 0, sent: 0, retried: 0, failed: 0 });
    expect((await row(id)).state).toBe("pending");
    expect(smtp.received).toHaveLength(0);
  });

  it("a 4xx answer is retried with exponential backoff", async () => {
    let clock = T0;
    let refusals = 2;
    smtp.policy = (rcpt) =>
      rcpt === "slow@example.com" && refusals-- > 0 ? [451, "4.7.1 Try again later"] : null;
    const id = await mail("slow@example.com");
    const w = worker(() => clock);
    expect(await w.tick()).toMatchObject({ sent: 0, retried: 1 });
    let r = await row(id);
    expect(r).toMatchObject({ state: "pending", attempts: 1, nextAttemptAt: "2026-12-05T08:01:00.000Z" });
    expect(r.lastError).toContain("451");
    clock = new Date("2026-12-05T08:00:59Z");
    expect(await w.tick()).toMatchObject({ sent: 0, retried: 0 });
    clock = new Date("2026-12-05T08:01:00Z");
    expect(await w.tick()).toMatchObject({ retried: 1 });
    // The second delay is twice the first.
    expect((await row(id)).nextAttemptAt).toBe("2026-12-05T08:03:00.000Z");
    clock = new Date("2026-12-05T08:03:00Z");
    expect(await w.tick()).toMatchObject({ sent: 1 });
    r = await row(id);
    expect(r).toMatchObject({ state: "sent", attempts: 3, lastError: null });
    expect(smtp.received.map((m) => m.to)).toEqual([["slow@example.com"]]);
  });

  it("a 5xx answer is a permanent failure with the server's reason, until an organiser retries", async () => {
    smtp.policy = (rcpt) => (rcpt === "nobody@example.com" ? [550, "5.1.1 No such user here"] : null);
    const bad = await mail("nobody@example.com", 1);
    const good = await mail("someone@example.com", 2);
    const w = worker(() => T0);
    expect(await w.tick()).toMatchObject({ sent: 1, failed: 1, retried: 0 });
    const r = await row(bad);
    expect(r.state).toBe("failed");
    expect(r.attempts).toBe(1);
    expect(r.lastError).toMatch(/550.*No such user here/);
    expect(r.failedAt).toBe(T0.toISOString());
    expect((await row(good)).state).toBe("sent");
    // Not tried again by itself.
    expect(await w.tick()).toMatchObject({ sent: 0, failed: 0 });
    // The organiser fixed the address with the recipient's provider and retries.
    smtp.policy = () => null;
    expect(await retryMail(db, bad)).toBe(true);
    expect(await retryMail(db, good)).toBe(false); // only failed mail can be retried
    expect(await w.tick()).toMatchObject({ sent: 1 });
    expect((await row(bad)).state).toBe("sent");
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(["nobody@example.com", "someone@example.com"]);
  });

  it("gives up after too many temporary failures", async () => {
    let clock = T0;
    smtp.policy = () => [421, "4.3.2 Service shutting down"];
    const id = await mail("a@example.com");
    const w = worker(() => clock);
    for (let i = 0; i < 8; i++) {
      await w.tick();
      clock = new Date(clock.getTime() + 7 * 3600_000);
    }
    const r = await row(id);
    expect(r.state).toBe("failed");
    expect(r.attempts).toBe(8);
    expect(r.lastError).toMatch(/gave up after 8 attempts: .*421/);
  });

  it("a crash between the server's acceptance and the mark resends with the same Message-ID", async () => {
    const id = await mail("a@example.com");
    let crash = true;
    const w1 = worker(() => T0, {
      afterSend: () => {
        if (crash) throw new Error("simulated crash after send");
      },
    });
    await w1.tick();
    expect(smtp.received).toHaveLength(1);
    const r1 = await row(id);
    expect(r1.state).toBe("sending");
    await w1.stop();
    crash = false;
    // Within the lease nobody touches the row (its worker might still be alive).
    const w2 = worker(() => new Date(T0.getTime() + 60_000));
    expect(await w2.tick()).toMatchObject({ released: 0, sent: 0 });
    const w3 = worker(() => new Date(T0.getTime() + 6 * 60_000));
    expect(await w3.tick()).toMatchObject({ released: 1, sent: 1 });
    const r = await row(id);
    expect(r.state).toBe("sent");
    expect(r.attempts).toBe(2);
    // The copy that reached the server twice is recognisable as one message.
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[0].messageId).toBe(r.messageId);
    expect(smtp.received[1].messageId).toBe(r.messageId);
  });

  it("a worker process killed in the middle of a batch resumes without sending anything twice", async () => {
    const ids: number[] = [];
    for (let i = 1; i <= 10; i++) ids.push(await mail(`p${i}@example.com`, i));
    // Hold the server's answer to the 4th message: the worker is then inside its SMTP transaction.
    let heldRaw: Buffer | null = null;
    let heldSession = "";
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let seen = 0;
    smtp.hold = (raw, session) =>
      ++seen === 4 ? ((heldRaw = raw), (heldSession = session), released) : null;
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(import.meta.dirname, "worker-child.ts"), t.url ?? t.file, smtp.url],
      { env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let err = "";
    child.stderr!.on("data", (d) => (err += d));
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    const until = Date.now() + 60_000;
    while (!heldRaw) {
      if (Date.now() > until || child.exitCode !== null)
        throw new Error(`worker never reached the 4th mail: ${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    await exited;
    // The server answers only once it has seen the client go: the message was never accepted.
    while (!smtp.closed.has(heldSession)) await new Promise((r) => setTimeout(r, 20));
    release();
    expect(smtp.received).toHaveLength(3);
    const states = await db.selectFrom("mailOutbox").select(["id", "state"]).orderBy("id").execute();
    expect(states.map((s) => s.state)).toEqual([
      "sent",
      "sent",
      "sent",
      "sending",
      ...Array(6).fill("claimed"),
    ]);
    const interrupted = await row(ids[3]);
    expect(String(heldRaw)).toContain(`Message-ID: ${interrupted.messageId}`);

    // A new worker, after the dead one's lease: releases its rows and finishes the batch.
    const w = worker(() => new Date(Date.now() + 10 * 60_000));
    expect(await w.tick()).toMatchObject({ released: 7, sent: 7, failed: 0 });
    expect(smtp.received).toHaveLength(10);
    const got = smtp.received.map((m) => m.to[0]);
    expect(new Set(got).size).toBe(10);
    expect(got.sort()).toEqual(ids.map((_, i) => `p${i + 1}@example.com`).sort());
    const rows = await db.selectFrom("mailOutbox").select(["state", "messageId"]).execute();
    expect(rows.every((r) => r.state === "sent")).toBe(true);
    expect(new Set(smtp.received.map((m) => m.messageId))).toEqual(new Set(rows.map((r) => r.messageId)));
    // The interrupted message keeps its Message-ID on the resend.
    expect(smtp.received.find((m) => m.to[0] === "p4@example.com")!.messageId).toBe(interrupted.messageId);
  }, 120_000);
});
