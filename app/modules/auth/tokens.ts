import crypto from "node:crypto";

// Secrets handed to people (API tokens, reset and invite links) are 256 random bits; only their
// SHA-256 is stored, so a copy of the database does not let anyone use them. A plain hash is
// enough here (unlike passwords) because the secret has full entropy.
export function newSecret(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return crypto.createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The first characters shown in lists so that a token can be recognised without revealing it. */
export function secretPrefix(secret: string): string {
  return secret.slice(0, 12);
}

export const API_TOKEN_PREFIX = "cnht";
export const RESET_PREFIX = "rst";
export const INVITE_PREFIX = "inv";
/** Session ids (the cookie's content): 256 random bits like every other secret. */
export const SESSION_PREFIX = "ses";

export const RESET_TTL_MS = 60 * 60 * 1000;
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function expiresAt(ttlMs: number, now = Date.now()): string {
  return new Date(now + ttlMs).toISOString();
}

export function isExpired(expiresAtIso: string, now = Date.now()): boolean {
  return Date.parse(expiresAtIso) <= now;
}

/** API tokens live this many days unless the creator chooses otherwise (1 to TOKEN_MAX_DAYS). */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;
