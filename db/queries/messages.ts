import { sql } from "kysely";
import type { Db } from "../connection";
import { countRows } from "./count";

// Message threads between one buyer organisation and one supplier (issue 14). A thread belongs
// to its two organisations: every read goes through `threadFor`, whose where clause is the only
// permission check the routes need (organisers read reported threads through `reportedThreads`).
// Unread = messages of the other side after the organisation's last read message.

const NOW = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

export interface NewThread {
  buyerOrgId: number;
  supplierOrgId: number;
  requestId: number | null;
  meetingRequestId: number | null;
  subject: string;
  userId: number | null;
}

/** The pair's thread about exactly this request and meeting request (null: about none). */
export async function threadOfPair(
  db: Db,
  buyerOrgId: number,
  supplierOrgId: number,
  requestId: number | null,
  meetingRequestId: number | null,
) {
  return db
    .selectFrom("messageThreads")
    .where("buyerOrgId", "=", buyerOrgId)
    .where("supplierOrgId", "=", supplierOrgId)
    .where((eb) => (requestId === null ? eb("requestId", "is", null) : eb("requestId", "=", requestId)))
    .where((eb) =>
      meetingRequestId === null
        ? eb("meetingRequestId", "is", null)
        : eb("meetingRequestId", "=", meetingRequestId),
    )
    .select("id")
    .executeTakeFirst();
}

/** The existing thread of the pair about the same request/meeting, or a new one. */
export async function findOrCreateThread(db: Db, t: NewThread): Promise<number> {
  let q = db
    .selectFrom("messageThreads")
    .where("buyerOrgId", "=", t.buyerOrgId)
    .where("supplierOrgId", "=", t.supplierOrgId)
    .select("id");
  q = t.requestId === null ? q.where("requestId", "is", null) : q.where("requestId", "=", t.requestId);
  q =
    t.meetingRequestId === null
      ? q.where("meetingRequestId", "is", null)
      : q.where("meetingRequestId", "=", t.meetingRequestId);
  const found = await q.executeTakeFirst();
  if (found) return found.id;
  const row = await db
    .insertInto("messageThreads")
    .values({
      buyerOrgId: t.buyerOrgId,
      supplierOrgId: t.supplierOrgId,
      requestId: t.requestId,
      meetingRequestId: t.meetingRequestId,
      subject: t.subject,
      createdBy: t.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const threadColumns = [
  "t.id",
  "t.buyerOrgId",
  "t.supplierOrgId",
  "t.requestId",
  "t.subject",
  "t.lastMessageAt",
  "t.reportedAt",
  "t.reportReason",
  "b.ref as buyerRef",
  "b.nameVi as buyerNameVi",
  "b.nameEn as buyerNameEn",
  "s.ref as supplierRef",
  "s.nameVi as supplierNameVi",
  "s.nameEn as supplierNameEn",
  "r.ref as requestRef",
] as const;

function threads(db: Db) {
  return db
    .selectFrom("messageThreads as t")
    .innerJoin("organisations as b", "b.id", "t.buyerOrgId")
    .innerJoin("organisations as s", "s.id", "t.supplierOrgId")
    .leftJoin("sourcingRequests as r", "r.id", "t.requestId");
}

/** The thread when `orgId` is one of its two sides; undefined otherwise (a stranger's id). */
export async function threadFor(db: Db, threadId: number, orgId: number) {
  return threads(db)
    .where("t.id", "=", threadId)
    .where((eb) => eb.or([eb("t.buyerOrgId", "=", orgId), eb("t.supplierOrgId", "=", orgId)]))
    .select(threadColumns)
    .executeTakeFirst();
}

/** For organisers: a thread only once one side reported it. */
export async function reportedThread(db: Db, threadId: number) {
  return threads(db)
    .where("t.id", "=", threadId)
    .where("t.reportedAt", "is not", null)
    .select(threadColumns)
    .executeTakeFirst();
}

export async function reportedThreads(db: Db) {
  return threads(db)
    .where("t.reportedAt", "is not", null)
    .select(threadColumns)
    .orderBy("t.reportedAt", "desc")
    .execute();
}

const unreadFor = (orgId: number) =>
  sql<number>`(select count(*) from messages m where m.thread_id = t.id and m.sender_org_id != ${orgId}
    and m.id > coalesce((select last_read_id from thread_reads tr where tr.thread_id = t.id and tr.org_id = ${orgId}), 0))`;

export async function threadsOf(db: Db, orgId: number) {
  return threads(db)
    .where((eb) => eb.or([eb("t.buyerOrgId", "=", orgId), eb("t.supplierOrgId", "=", orgId)]))
    .select([...threadColumns, unreadFor(orgId).as("unread")])
    .orderBy("t.lastMessageAt", "desc")
    .execute();
}

export async function unreadMessages(db: Db, orgId: number): Promise<number> {
  const r = await db
    .selectFrom("messageThreads as t")
    .where((eb) => eb.or([eb("t.buyerOrgId", "=", orgId), eb("t.supplierOrgId", "=", orgId)]))
    .select(sql<number>`coalesce(sum(${unreadFor(orgId)}), 0)`.as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function messagesOf(db: Db, threadId: number) {
  return db
    .selectFrom("messages as m")
    .leftJoin("users as u", "u.id", "m.senderUserId")
    .where("m.threadId", "=", threadId)
    .select(["m.id", "m.senderOrgId", "m.body", "m.createdAt", "u.name as senderName"])
    .orderBy("m.id")
    .execute();
}

export async function addMessage(
  db: Db,
  m: { threadId: number; senderOrgId: number; senderUserId: number | null; body: string },
): Promise<number> {
  const row = await db.insertInto("messages").values(m).returning("id").executeTakeFirstOrThrow();
  await db.updateTable("messageThreads").set({ lastMessageAt: NOW }).where("id", "=", m.threadId).execute();
  await markThreadRead(db, m.threadId, m.senderOrgId, row.id);
  return row.id;
}

/**
 * Adds the message unless it repeats the thread's last one: the same user, the same text, sent
 * since `since` (a double click, a form sent again after a timeout). `repeated` when nothing was
 * added. Run it inside writeTx (the write lock), so that two copies sent at once add one.
 */
export async function addMessageOnce(
  db: Db,
  m: { threadId: number; senderOrgId: number; senderUserId: number | null; body: string },
  since: string,
): Promise<{ id: number; repeated: boolean }> {
  const last = await db
    .selectFrom("messages")
    .where("threadId", "=", m.threadId)
    .select(["id", "senderUserId", "body", "createdAt"])
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  if (last && last.senderUserId === m.senderUserId && last.body === m.body && last.createdAt >= since)
    return { id: last.id, repeated: true };
  return { id: await addMessage(db, m), repeated: false };
}

export async function markThreadRead(db: Db, threadId: number, orgId: number, lastId: number) {
  await db
    .insertInto("threadReads")
    .values({ threadId, orgId, lastReadId: lastId })
    .onConflict((oc) =>
      oc.columns(["threadId", "orgId"]).doUpdateSet({
        // CASE rather than SQLite's two-argument max(), which PostgreSQL spells greatest().
        lastReadId: sql<number>`CASE WHEN excluded.last_read_id > thread_reads.last_read_id THEN excluded.last_read_id ELSE thread_reads.last_read_id END`,
      }),
    )
    .execute();
}

/** Messages and new threads the user wrote since `since`: the limits are counted from the database. */
export async function sentSince(db: Db, userId: number, since: string) {
  const messages = await countRows(
    db.selectFrom("messages").where("senderUserId", "=", userId).where("createdAt", ">=", since),
  );
  const threads = await countRows(
    db.selectFrom("messageThreads").where("createdBy", "=", userId).where("createdAt", ">=", since),
  );
  return { messages, threads };
}

export async function reportThread(db: Db, threadId: number, userId: number, reason: string) {
  await db
    .updateTable("messageThreads")
    .set({ reportedAt: NOW, reportedBy: userId, reportReason: reason })
    .where("id", "=", threadId)
    .execute();
}
