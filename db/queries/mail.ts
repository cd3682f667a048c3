import { sql } from "kysely";
import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import { skipLocked } from "../dialect";
import type { MailState } from "../schema";

// The mail outbox. Writes queue rows (in the caller's transaction when it has one); the
// delivery worker (app/mail-worker.server.ts) moves them through
//   pending → claimed → sending → sent | failed   (and back to pending after a temporary failure)
// Every step is a conditional UPDATE on (id, claim_token, state), so two workers, or a worker
// and an organiser's "retry", can never both own a row.

export interface MailCalendarPart {
  /** "invitation.ics", "meeting-12.ics" … */
  filename: string;
  method: "REQUEST" | "CANCEL" | "PUBLISH";
  content: string;
}

export interface OutgoingMail {
  kind: string;
  to: string;
  subject: string;
  /** Plain text part. */
  body: string;
  html?: string | null;
  /** The language it is written in; Japanese is kept in `language` (mail_outbox.locale is vi/en). */
  locale?: "vi" | "en" | "ja" | null;
  calendar?: MailCalendarPart[];
  /** Queued at most once per key (reminders, schedule notices): a second queue is a no-op. */
  dedupeKey?: string | null;
}

const values = (m: OutgoingMail) => ({
  kind: m.kind,
  toAddress: m.to,
  subject: m.subject,
  body: m.body,
  html: m.html ?? null,
  locale: m.locale === "ja" ? ("en" as const) : (m.locale ?? null),
  language: m.locale ?? null,
  calendar: JSON.stringify(m.calendar ?? []),
  dedupeKey: m.dedupeKey ?? null,
});

/** Queues one mail; returns its id, or null when a mail with the same dedupe key exists. */
export async function queueMail(db: Db, m: OutgoingMail): Promise<number | null> {
  const row = await db
    .insertInto("mailOutbox")
    .onConflict((oc) => oc.doNothing())
    .values(values(m))
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Queues many; rows whose dedupe key already exists are skipped. Returns how many were added. */
export async function queueMails(db: Db, mails: OutgoingMail[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < mails.length; i += 200) {
    const r = await db
      .insertInto("mailOutbox")
      .onConflict((oc) => oc.doNothing())
      .values(mails.slice(i, i + 200).map(values))
      .executeTakeFirst();
    n += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return n;
}

/** Which of these dedupe keys are already in the outbox. */
export async function existingKeys(db: Db, keys: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom("mailOutbox")
      .select("dedupeKey")
      .where("dedupeKey", "in", keys.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.dedupeKey) out.add(r.dedupeKey);
  }
  return out;
}

export async function listMail(db: Db, opts: { kind?: string; state?: MailState; limit: number }) {
  let q = db
    .selectFrom("mailOutbox")
    .select([
      "id",
      "kind",
      "toAddress",
      "subject",
      "body",
      "createdAt",
      "sentAt",
      "lastError",
      "state",
      "attempts",
      "nextAttemptAt",
      "failedAt",
      "messageId",
      "calendar",
    ]);
  if (opts.kind) q = q.where("kind", "=", opts.kind);
  if (opts.state) q = q.where("state", "=", opts.state);
  return q.orderBy("id", "desc").limit(opts.limit).execute();
}

export async function mailCounts(db: Db): Promise<Record<MailState, number>> {
  const rows = await db
    .selectFrom("mailOutbox")
    .select(["state", sql<number>`count(*)`.as("n")])
    .groupBy("state")
    .execute();
  const out: Record<MailState, number> = { pending: 0, claimed: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of rows) out[r.state] = Number(r.n);
  return out;
}

export interface ClaimedMail {
  id: number;
  kind: string;
  toAddress: string;
  subject: string;
  body: string;
  html: string | null;
  calendar: string;
  attempts: number;
  messageId: string;
}

/**
 * Claims up to `limit` due rows for this worker in ONE statement (SQLite runs it atomically;
 * PostgreSQL's workers skip the rows another one has locked), and
 * fixes each row's Message-ID at its first claim so every later attempt reuses it.
 */
export async function claimDue(
  db: Db,
  o: { now: Date; limit: number; token: string; messageIdDomain: string; onlyId?: number },
): Promise<ClaimedMail[]> {
  const now = o.now.toISOString();
  const domain = o.messageIdDomain.replace(/[^A-Za-z0-9.-]/g, "") || "localhost";
  const r = await sql<ClaimedMail>`
    UPDATE mail_outbox
       SET state = 'claimed', claim_token = ${o.token}, claimed_at = ${now},
           message_id = COALESCE(message_id,
             '<cnht.' || id || '.' || lower(hex(randomblob(6))) || '@' || ${domain} || '>')
     WHERE id IN (
       SELECT id FROM mail_outbox
        WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ${now})
          ${o.onlyId === undefined ? sql`` : sql`AND id = ${o.onlyId}`}
        ORDER BY id LIMIT ${o.limit} ${skipLocked(db)})
    RETURNING id, kind, to_address AS toAddress, subject, body, html, calendar, attempts,
              message_id AS messageId`.execute(db);
  return r.rows.sort((a, b) => a.id - b.id);
}

/** claimed → sending, just before the message is handed to the SMTP server. */
export async function markSending(db: Db, id: number, token: string, now: Date): Promise<boolean> {
  return oneRowChanged(
    db
      .updateTable("mailOutbox")
      .set({ state: "sending", claimedAt: now.toISOString(), attempts: sql`attempts + 1` })
      .where("id", "=", id)
      .where("claimToken", "=", token)
      .where("state", "=", "claimed"),
  );
}

export async function markSent(db: Db, id: number, token: string, now: Date): Promise<boolean> {
  return oneRowChanged(
    db
      .updateTable("mailOutbox")
      .set({
        state: "sent",
        sentAt: now.toISOString(),
        lastError: null,
        nextAttemptAt: null,
        claimToken: null,
      })
      .where("id", "=", id)
      .where("claimToken", "=", token)
      .where("state", "=", "sending"),
  );
}

/** A temporary failure: back to pending, not before `nextAttemptAt`. */
export async function markRetry(db: Db, id: number, token: string, nextAttemptAt: Date, error: string) {
  await db
    .updateTable("mailOutbox")
    .set({
      state: "pending",
      nextAttemptAt: nextAttemptAt.toISOString(),
      lastError: error.slice(0, 1000),
      claimToken: null,
    })
    .where("id", "=", id)
    .where("claimToken", "=", token)
    .where("state", "in", ["claimed", "sending"])
    .execute();
}

/** A permanent failure (5xx answer, or too many attempts): kept with its reason for organisers. */
export async function markFailed(db: Db, id: number, token: string, now: Date, reason: string) {
  await db
    .updateTable("mailOutbox")
    .set({ state: "failed", failedAt: now.toISOString(), lastError: reason.slice(0, 1000), claimToken: null })
    .where("id", "=", id)
    .where("claimToken", "=", token)
    .where("state", "in", ["claimed", "sending"])
    .execute();
}

/**
 * Rows a worker claimed and then stopped answering for (its process died) go back to pending
 * once their lease is over. A 'claimed' row was never handed to SMTP, so this is safe; a
 * 'sending' row may have reached the server just before the crash: it is sent again with the
 * same Message-ID (at-least-once, see docs/decisions/093-mail-delivery.md).
 */
export async function releaseStale(
  db: Db,
  now: Date,
  leaseMs: number,
): Promise<{ claimed: number; sending: number }> {
  const before = new Date(now.getTime() - leaseMs).toISOString();
  const out = { claimed: 0, sending: 0 };
  for (const state of ["claimed", "sending"] as const) {
    const r = await db
      .updateTable("mailOutbox")
      .set({
        state: "pending",
        claimToken: null,
        lastError:
          state === "sending"
            ? "the delivery worker stopped while sending; sent again with the same Message-ID"
            : sql`last_error`,
      })
      .where("state", "=", state)
      .where("claimedAt", "<", before)
      .executeTakeFirst();
    out[state] = Number(r.numUpdatedRows);
  }
  return out;
}

/** An organiser's "retry" of a failed mail: pending again, attempts counted afresh. */
export async function retryMail(db: Db, id: number): Promise<boolean> {
  return oneRowChanged(
    db
      .updateTable("mailOutbox")
      .set({ state: "pending", attempts: 0, nextAttemptAt: null, failedAt: null })
      .where("id", "=", id)
      .where("state", "=", "failed"),
  );
}

/** The language of each address's account (for mails to people identified only by address). */
export async function localeOf(db: Db, email: string): Promise<"vi" | "en" | "ja" | null> {
  const u = await db
    .selectFrom("users")
    .select(sql<"vi" | "en" | "ja">`coalesce(language, locale)`.as("locale"))
    .where("email", "=", email)
    .executeTakeFirst();
  return u?.locale ?? null;
}
