import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (19 MiB, t=2): OWASP's minimum recommendation, and
// ~30 ms here, which keeps a login round-trip fast while making offline guessing expensive.
// Server-only (native module); the policy lives in password-policy.ts for the browser.

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
