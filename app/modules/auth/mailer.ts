import nodemailer from "nodemailer";
import type { Db } from "../../../db/connection";
import { markMailSent } from "../../../db/queries/mail";

// Mail goes to the mail_outbox table first (organisers can read it in /admin, since the demo
// set-up has no mail server); when SMTP_URL is set it is also sent through nodemailer.
// Sending happens after the request's write, and a failure is recorded on the row, not thrown.
export async function deliver(db: Db, smtpUrl: string | undefined, mailId: number | null): Promise<void> {
  if (!smtpUrl || mailId === null) return;
  const mail = await db
    .selectFrom("mailOutbox")
    .where("id", "=", mailId)
    .select(["toAddress", "subject", "body"])
    .executeTakeFirst();
  if (!mail) return;
  try {
    const transport = nodemailer.createTransport(smtpUrl);
    await transport.sendMail({
      from: "CNHT Hà Nội <no-reply@cnht.hanoi.local>",
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.body,
    });
    await markMailSent(db, mailId, null);
  } catch (e) {
    await markMailSent(db, mailId, e instanceof Error ? e.message : String(e));
  }
}
