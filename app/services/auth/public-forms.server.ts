import { authLimiters, sendMailInBackground } from "../auth.server";
import { getDb } from "../../utils/services.server";
import { publicOrigin } from "../../utils/env.server";
import { retryMinutes } from "../../modules/auth/rate-limits";
import type { PasswordWeakness } from "../../modules/auth/password-strength";
import {
  login,
  register,
  requestPasswordReset,
  type LoginResult,
  type Registration,
} from "./accounts.server";
import { sendEmailVerification } from "./email-verification.server";

// The three forms a stranger fills in (log in, create an account, forgot password), as the routes
// call them: each runs its limiter, the account flow and the mails, and answers with what the page
// says (an i18n key, its values and the HTTP status), so the routes only parse and render.
// Every answer is the same whether the address has an account or not.

/** A message for the form as a whole: an i18n key with its values, and the status to answer with. */
export interface FormRefusal {
  key: string;
  vars?: Record<string, string | number>;
  status: number;
}

const rateLimited = (waitMs: number): FormRefusal => ({
  key: "auth.rateLimited",
  vars: { minutes: retryMinutes(waitMs) },
  status: 429,
});

/** Logging in: the user to start a session for, or why not (locked 429, suspended 403, else 401). */
export async function signIn(
  ip: string,
  input: { email: string; password: string },
): Promise<
  { ok: true; user: Extract<LoginResult, { ok: true }>["user"] } | { ok: false; refusal: FormRefusal }
> {
  const result = await login(getDb(), authLimiters().login, { ...input, ip });
  if (result.ok) return result;
  if (result.reason === "locked")
    return {
      ok: false,
      refusal: { key: "auth.login.locked", vars: { minutes: retryMinutes(result.retryMs) }, status: 429 },
    };
  if (result.reason === "suspended")
    return { ok: false, refusal: { key: "auth.login.suspended", status: 403 } };
  return { ok: false, refusal: { key: "auth.login.invalid", status: 401 } };
}

/**
 * Creating an account: the password's weakness for its field, a refusal (too many forms from this
 * address), or done — the account made and its confirmation link sent, or, for an address
 * already in use, a mail to its owner instead (the page cannot tell which: no enumeration).
 */
export async function signUp(
  ip: string,
  reg: Registration,
): Promise<{ done: true } | { weak: PasswordWeakness } | { refusal: FormRefusal }> {
  const wait = await authLimiters().publicForm.take(ip);
  if (wait > 0) return { refusal: rateLimited(wait) };
  const result = await register(getDb(), reg, publicOrigin());
  // Judged from what was typed only (never from whether the address exists): no enumeration.
  if ("weak" in result) return { weak: result.weak };
  sendMailInBackground(result.mailId);
  // A new account confirms its address before it may read suppliers' contacts (091).
  if (result.created !== null)
    sendMailInBackground(
      await sendEmailVerification(getDb(), { id: result.created, email: reg.email }, publicOrigin()),
    );
  return { done: true };
}

/** Asking for a password reset link: sent when the address has an active account. */
export async function forgotPassword(
  ip: string,
  email: string,
): Promise<{ done: true } | { refusal: FormRefusal }> {
  const wait = await authLimiters().publicForm.take(ip);
  if (wait > 0) return { refusal: rateLimited(wait) };
  const { mailId } = await requestPasswordReset(getDb(), email, publicOrigin());
  sendMailInBackground(mailId);
  return { done: true };
}
