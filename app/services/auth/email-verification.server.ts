import type { Db } from "../../../db/connection";
import { auditAction } from "~/services/audit.server";
import { queueMail } from "../../../db/queries/mail";
import {
  consumeEmailVerification,
  emailVerificationUsable,
  insertEmailVerification,
} from "../../../db/queries/contact-access";
import { expiresAt, hashSecret, newSecret } from "../../modules/auth/tokens";

// Email confirmation: a single-use link (256 random bits, stored hashed) mailed to the address.
// Contacts of suppliers are shown only to buyers who confirmed theirs (091-contact-access.md).

export const VERIFY_PREFIX = "vfy";
export const VERIFY_TTL_MS = 3 * 24 * 60 * 60 * 1000;

/** Queues the confirmation mail; `origin` is the configured public origin (never the request's). */
export async function sendEmailVerification(
  db: Db,
  user: { id: number; email: string },
  origin: string,
): Promise<number | null> {
  const secret = newSecret(VERIFY_PREFIX);
  return db.transaction().execute(async (tx) => {
    await insertEmailVerification(tx, {
      userId: user.id,
      tokenHash: hashSecret(secret),
      expiresAt: expiresAt(VERIFY_TTL_MS),
    });
    const link = `${origin}/verify-email/${secret}`;
    const mailId = await queueMail(tx, {
      kind: "email_verification",
      to: user.email,
      subject: "CNHT Hà Nội: xác nhận email / confirm your email",
      body:
        `Xác nhận địa chỉ email của bạn (liên kết dùng một lần, hết hạn sau 3 ngày):\n${link}\n\n` +
        `Confirm your email address (single-use link, expires in 3 days):\n${link}\n\nIf you did not register, ignore this mail.`,
    });
    await auditAction(tx, `user:${user.id}`, "email_verification_sent", "user", user.id);
    return mailId;
  });
}

export async function verificationLinkIsValid(db: Db, secret: string): Promise<boolean> {
  return emailVerificationUsable(db, hashSecret(secret), new Date().toISOString());
}

/** Confirms the address of the link's user; null when the link is unknown, used or expired. */
export async function confirmEmail(db: Db, secret: string): Promise<number | null> {
  return db.transaction().execute(async (tx) => {
    const userId = await consumeEmailVerification(tx, hashSecret(secret), new Date().toISOString());
    if (userId !== null) await auditAction(tx, `user:${userId}`, "email_verified", "user", userId);
    return userId;
  });
}
