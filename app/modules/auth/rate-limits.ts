// Rate-limit policy, as data. Failed logins are counted per account (email, whether it exists
// or not, so the lock-out itself reveals nothing) and per client IP; writes per actor.
export const LOGIN_PER_ACCOUNT = { points: 5, duration: 15 * 60, blockDuration: 15 * 60 } as const;
export const LOGIN_PER_IP = { points: 30, duration: 15 * 60, blockDuration: 15 * 60 } as const;
/** Registration and forgot-password: each request may write a mail, so per IP and per hour. */
export const PUBLIC_FORM_PER_IP = { points: 20, duration: 60 * 60 } as const;
/** Generic writes by a logged-in user or a token: generous for people, a brake for scripts. */
export const WRITES_PER_ACTOR = { points: 120, duration: 60 } as const;

export function retryMinutes(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 60_000));
}
