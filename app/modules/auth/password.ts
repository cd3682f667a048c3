import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (19 MiB, t=2): OWASP's minimum recommendation, and
// ~30 ms here, which keeps a login round-trip fast while making offline guessing expensive.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Length is the policy (NIST 800-63B): no composition rules, but reject the obvious. */
export function passwordProblem(password: string, email?: string): "tooShort" | "tooLong" | "tooCommon" | null {
  if (password.length < PASSWORD_MIN) return "tooShort";
  if (password.length > PASSWORD_MAX) return "tooLong";
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return "tooCommon";
  if (COMMON.some((c) => lower.includes(c)) && lower.length < 14) return "tooCommon";
  if (email && lower.includes(email.toLowerCase().split("@")[0]) && email.split("@")[0].length >= 4) return "tooCommon";
  return null;
}

const COMMON = ["password", "123456", "qwerty", "matkhau", "abc123", "111111", "iloveyou", "admin"];

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so that a login for a missing account costs the
// same time as one with a wrong password (no enumeration by timing).
let dummy: Promise<string> | undefined;
export async function burnPasswordTime(password: string): Promise<void> {
  dummy ??= hash("not-a-real-password-for-timing");
  await verifyPassword(await dummy, password);
}
