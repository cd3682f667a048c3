// When to try a mail again and when to give up: pure, so the worker's tests can drive the clock.

/** After this many attempts a mail that still fails for a temporary reason is given up. */
export const MAX_ATTEMPTS = 8;

/** Exponential backoff after the n-th failed attempt (n ≥ 1): 1, 2, 4 … minutes, at most 6 h. */
export function backoffMs(attempt: number, baseMs = 60_000, maxMs = 6 * 3600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

export interface SmtpFailure {
  /** 5xx answers are the server's final word ("no such mailbox"); 4xx and network errors pass. */
  permanent: boolean;
  reason: string;
  code: number | null;
}

/**
 * nodemailer reports the server's answer in `responseCode` (and `response`); connection
 * problems (refused, timeout, TLS) have none and are temporary by nature.
 */
export function classifySmtpError(e: unknown): SmtpFailure {
  const err = e as { responseCode?: unknown; response?: unknown; message?: unknown; code?: unknown };
  const code = typeof err?.responseCode === "number" ? err.responseCode : null;
  const text =
    typeof err?.response === "string" && err.response
      ? err.response
      : typeof err?.message === "string"
        ? err.message
        : String(e);
  const reason = (code !== null && !text.startsWith(String(code)) ? `${code} ${text}` : text).slice(0, 500);
  return { permanent: code !== null && code >= 500 && code < 600, reason, code };
}

/** What to do after a failed attempt (`attempts` counts the one that just failed). */
export function afterFailure(
  failure: SmtpFailure,
  attempts: number,
  now: Date,
  baseMs?: number,
): { kind: "failed"; reason: string } | { kind: "retry"; at: Date; reason: string } {
  if (failure.permanent) return { kind: "failed", reason: failure.reason };
  if (attempts >= MAX_ATTEMPTS)
    return { kind: "failed", reason: `gave up after ${attempts} attempts: ${failure.reason}` };
  return { kind: "retry", at: new Date(now.getTime() + backoffMs(attempts, baseMs)), reason: failure.reason };
}
