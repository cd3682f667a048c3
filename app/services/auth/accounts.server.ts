import type { Db } from "../../../db/connection";
import * as users from "../../../db/queries/users";
import * as orgs from "../../../db/queries/memberships";
import { queueMail } from "../../../db/queries/mail";
import { passwordResetMail, registerExistingMail } from "../../modules/mail/account-mails";
import { auditAction } from "~/services/audit.server";
import { hashPassword, verifyPassword, burnPasswordTime } from "../../modules/auth/password";
import { passwordWeakness, type PasswordWeakness } from "../../modules/auth/password-strength";
import {
  newSecret,
  hashSecret,
  expiresAt,
  isExpired,
  RESET_PREFIX,
  RESET_TTL_MS,
  INVITE_PREFIX,
  INVITE_TTL_MS,
} from "../../modules/auth/tokens";
import type { LoginLimiter } from "../../modules/auth/login-limiter";
import { endUserSessions } from "./sessions.server";

// Account flows, free of HTTP: routes parse and authorise, these decide and write.
// Every answer that a stranger sees is the same whether the email exists or not.

export type LoginResult =
  | { ok: true; user: { id: number; locale: "vi" | "en" | "ja" } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryMs: number }
  | { ok: false; reason: "suspended" };

export async function login(
  db: Db,
  limiter: LoginLimiter,
  input: { email: string; password: string; ip: string },
): Promise<LoginResult> {
  const retryMs = await limiter.blockedFor(input.email, input.ip);
  if (retryMs > 0) return { ok: false, reason: "locked", retryMs };
  const user = await users.findUserByEmail(db, input.email);
  const good = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordTime(input.password), false);
  if (!user || !good) {
    await limiter.fail(input.email, input.ip);
    return { ok: false, reason: "invalid" };
  }
  await limiter.succeed(input.email, input.ip);
  // Only told after the right password, so it reveals nothing to a guesser.
  if (user.status !== "active") return { ok: false, reason: "suspended" };
  await users.touchLogin(db, user.id);
  return { ok: true, user: { id: user.id, locale: user.locale } };
}

export interface Registration {
  email: string;
  password: string;
  name: string;
  locale: "vi" | "en" | "ja";
  accountType: "supplier" | "buyer";
}

/**
 * Creates the account, or — when the address is already registered — writes that person a
 * mail instead. Both paths hash the password (same time) and the caller shows one message.
 */
export async function register(
  db: Db,
  r: Registration,
  baseUrl: string,
): Promise<{ created: number | null; mailId: number | null } | { weak: PasswordWeakness }> {
  const weak = passwordWeakness(r.password, [r.email, r.name]);
  if (weak) return { weak };
  const passwordHash = await hashPassword(r.password);
  const existing = await users.findUserByEmail(db, r.email);
  if (existing) {
    const mailId = await queueMail(db, {
      kind: "register_existing",
      to: existing.email,
      ...registerExistingMail(existing.locale, baseUrl),
    });
    return { created: null, mailId };
  }
  return db.transaction().execute(async (tx) => {
    const u = await users.insertUser(tx, {
      email: r.email,
      name: r.name,
      passwordHash,
      role: r.accountType,
      locale: r.locale,
    });
    await auditAction(tx, `user:${u.id}`, "register", "user", u.id);
    return { created: u.id, mailId: null };
  });
}

/** Queues a reset link when the account exists; the caller answers the same either way. */
export async function requestPasswordReset(
  db: Db,
  email: string,
  baseUrl: string,
): Promise<{ mailId: number | null }> {
  const user = await users.findUserByEmail(db, email);
  if (!user || user.status !== "active") return { mailId: null };
  const secret = newSecret(RESET_PREFIX);
  return db.transaction().execute(async (tx) => {
    await users.insertPasswordReset(tx, {
      userId: user.id,
      tokenHash: hashSecret(secret),
      expiresAt: expiresAt(RESET_TTL_MS),
    });
    const link = `${baseUrl}/reset-password/${secret}`;
    const mailId = await queueMail(tx, {
      kind: "password_reset",
      to: user.email,
      ...passwordResetMail(user.locale, link),
    });
    await auditAction(tx, `user:${user.id}`, "password_reset_requested", "user", user.id);
    return { mailId };
  });
}

export async function resetLinkIsValid(db: Db, secret: string): Promise<boolean> {
  const r = await users.findPasswordReset(db, hashSecret(secret));
  return !!r && !r.usedAt && !isExpired(r.expiresAt);
}

/**
 * Sets the new password through a valid link and burns the link — and every other unused link
 * of the user; every session of the user ends (whoever held one must log in with the new
 * password).
 */
export async function resetPassword(
  db: Db,
  secret: string,
  password: string,
): Promise<"ok" | "invalid" | { weak: PasswordWeakness }> {
  const r = await users.findPasswordReset(db, hashSecret(secret));
  if (!r || r.usedAt || isExpired(r.expiresAt)) return "invalid";
  const who = await users.getUserNames(db, r.userId);
  const weak = passwordWeakness(password, [who?.email, who?.name]);
  if (weak) return { weak };
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (tx) => {
    if (!(await users.consumePasswordReset(tx, r.id))) return "invalid";
    await users.setPassword(tx, r.userId, passwordHash);
    await users.burnPasswordResets(tx, r.userId);
    await endUserSessions(tx, r.userId);
    await auditAction(tx, `user:${r.userId}`, "password_reset", "user", r.userId);
    return "ok";
  });
}

/**
 * A new password ends every other session of the user (and any reset link still in a mailbox);
 * `keepSessionId`, the session it was changed from, lives on — the caller gives it a new id.
 */
export async function changePassword(
  db: Db,
  userId: number,
  current: string,
  next: string,
  keepSessionId?: number | null,
) {
  const hash = await users.getPasswordHash(db, userId);
  if (!hash || !(await verifyPassword(hash, current)))
    return { ok: false as const, reason: "wrongPassword" as const };
  const who = await users.getUserNames(db, userId);
  const weak = passwordWeakness(next, [who?.email, who?.name, current]);
  if (weak) return { ok: false as const, reason: "weak" as const, weak };
  const passwordHash = await hashPassword(next);
  return db.transaction().execute(async (tx) => {
    await users.setPassword(tx, userId, passwordHash);
    await users.burnPasswordResets(tx, userId);
    const ended = await endUserSessions(tx, userId, keepSessionId ?? undefined);
    await auditAction(tx, `user:${userId}`, "password_change", "user", userId, { sessionsEnded: ended });
    return { ok: true as const };
  });
}

export type OrgRegistration =
  | { kind: "supplier"; nameVi: string; nameEn: string | null; taxCode: string }
  | { kind: "buyer"; name: string; country: string };

/** The registrant becomes the owner of a new organisation (one organisation per user). */
export async function registerOrganisation(
  db: Db,
  user: { id: number; email: string },
  o: OrgRegistration,
): Promise<
  { ok: true; orgId: number; ref: string } | { ok: false; reason: "taxCodeTaken" | "alreadyMember" }
> {
  return db.transaction().execute(async (tx) => {
    if (await orgs.getMembership(tx, user.id)) return { ok: false, reason: "alreadyMember" } as const;
    if (o.kind === "supplier" && (await orgs.taxCodeTaken(tx, o.taxCode)))
      return { ok: false, reason: "taxCodeTaken" } as const;
    const ref = await orgs.nextOrgRef(tx, o.kind);
    const orgId =
      o.kind === "supplier"
        ? await orgs.insertSupplierOrg(tx, {
            ref,
            nameVi: o.nameVi,
            nameEn: o.nameEn,
            taxCode: o.taxCode,
            contactEmail: user.email,
          })
        : await orgs.insertBuyerOrg(tx, {
            ref,
            nameEn: o.name,
            country: o.country,
            contactEmail: user.email,
          });
    await orgs.insertMembership(tx, { userId: user.id, orgId, role: "owner" });
    await orgs.setUserRole(tx, user.id, o.kind);
    await auditAction(tx, `user:${user.id}`, "register_organisation", "organisation", ref, o);
    return { ok: true, orgId, ref } as const;
  });
}

export async function createInvite(
  db: Db,
  owner: { userId: number; orgId: number; orgRef: string },
  baseUrl: string,
) {
  const secret = newSecret(INVITE_PREFIX);
  await db.transaction().execute(async (tx) => {
    const id = await orgs.insertInvite(tx, {
      orgId: owner.orgId,
      tokenHash: hashSecret(secret),
      createdBy: owner.userId,
      expiresAt: expiresAt(INVITE_TTL_MS),
    });
    await auditAction(tx, `user:${owner.userId}`, "invite_create", "organisation", owner.orgRef, {
      inviteId: id,
    });
  });
  return `${baseUrl}/invite/${secret}`;
}

export async function findUsableInvite(db: Db, secret: string) {
  const inv = await orgs.findInvite(db, hashSecret(secret));
  return inv && !inv.usedAt && !isExpired(inv.expiresAt) ? inv : null;
}

export async function acceptInvite(
  db: Db,
  userId: number,
  secret: string,
): Promise<"ok" | "invalid" | "alreadyMember"> {
  const inv = await findUsableInvite(db, secret);
  if (!inv || inv.kind === "organiser") return "invalid";
  const kind = inv.kind;
  return db.transaction().execute(async (tx) => {
    if (await orgs.getMembership(tx, userId)) return "alreadyMember";
    if (!(await orgs.consumeInvite(tx, inv.id, userId))) return "invalid";
    await orgs.insertMembership(tx, { userId, orgId: inv.orgId, role: "member" });
    await orgs.setUserRole(tx, userId, kind);
    await auditAction(tx, `user:${userId}`, "invite_accept", "organisation", inv.ref, { inviteId: inv.id });
    return "ok";
  });
}

/** Owners remove members of their own organisation (effective on the member's next request). */
export async function removeMember(
  db: Db,
  owner: { userId: number; orgId: number; orgRef: string },
  memberId: number,
) {
  return db.transaction().execute(async (tx) => {
    const mine = await orgs.getMembership(tx, owner.userId);
    if (!mine || mine.orgId !== owner.orgId || mine.role !== "owner") return false;
    if (!(await orgs.deleteMember(tx, owner.orgId, memberId))) return false;
    await auditAction(tx, `user:${owner.userId}`, "member_remove", "organisation", owner.orgRef, {
      userId: memberId,
    });
    return true;
  });
}
