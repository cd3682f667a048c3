import type { Db } from "../../../db/connection";

// Mail goes to the mail_outbox table (organisers can read it at /admin/mail); the delivery
// worker of the server process (app/mail-worker.server.ts) sends it when SMTP_URL is set.
// Queuing code only asks the worker to look soon: sending never happens in a request, and a
// mail is sent by one path only, with the worker's retries and idempotency.
export async function deliver(_db: Db, smtpUrl: string | undefined, mailId: number | null): Promise<void> {
  if (!smtpUrl || mailId === null) return;
  const g = globalThis as unknown as Record<string, { kick(): void } | undefined>;
  g.__cnhtMailWorker?.kick();
}
