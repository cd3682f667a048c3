import type { Db } from "../connection";

export interface OutgoingMail {
  kind: "password_reset" | "register_existing" | "invite" | "email_verification";
  to: string;
  subject: string;
  body: string;
}

export async function queueMail(db: Db, m: OutgoingMail) {
  const row = await db
    .insertInto("mailOutbox")
    .values({ kind: m.kind, toAddress: m.to, subject: m.subject, body: m.body })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listMail(db: Db, opts: { kind?: string; limit: number }) {
  let q = db
    .selectFrom("mailOutbox")
    .select(["id", "kind", "toAddress", "subject", "body", "createdAt", "sentAt", "lastError"]);
  if (opts.kind) q = q.where("kind", "=", opts.kind);
  return q.orderBy("id", "desc").limit(opts.limit).execute();
}

export async function markMailSent(db: Db, id: number, error: string | null) {
  await db
    .updateTable("mailOutbox")
    .set(error ? { lastError: error.slice(0, 1000) } : { sentAt: new Date().toISOString(), lastError: null })
    .where("id", "=", id)
    .execute();
}
