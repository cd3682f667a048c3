// Rate-limit policy, as data (ADR 021).
//
// Failed logins are counted per account *and client IP* together: five wrong passwords for an
// account from one address lock that address out of that account, for 1 minute, then 2, 4, 8 …
// (each further failure after a lock doubles it, up to an hour); the right password resets the
// count. The count of one address never affects another, so nobody can lock a user out of their
// own account from elsewhere by guessing wrong on purpose (the account counts whether it exists
// or not, so the lock-out reveals nothing either). Per IP, failures across all accounts are
// capped too (password spraying from one address).
export const LOGIN_PER_ACCOUNT_IP = {
  /** Failures allowed before the first lock. */
  free: 5,
  /** The first lock; each further failure doubles it… */
  baseLockSeconds: 60,
  /** …up to this. */
  maxLockSeconds: 60 * 60,
  /** How long a run of failures is remembered without a success. */
  memorySeconds: 24 * 60 * 60,
} as const;
export const LOGIN_PER_IP = { points: 30, duration: 15 * 60 } as const;
/** Registration and forgot-password: each request may write a mail, so per IP and per hour. */
export const PUBLIC_FORM_PER_IP = { points: 20, duration: 60 * 60 } as const;
/** Generic writes by a logged-in user or a token: generous for people, a brake for scripts. */
export const WRITES_PER_ACTOR = { points: 120, duration: 60 } as const;

/** The lock after the n-th consecutive failure of one account from one address (0: none). */
export function loginLockSeconds(failures: number): number {
  const p = LOGIN_PER_ACCOUNT_IP;
  if (failures < p.free) return 0;
  return Math.min(p.baseLockSeconds * 2 ** (failures - p.free), p.maxLockSeconds);
}

export function retryMinutes(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 60_000));
}
