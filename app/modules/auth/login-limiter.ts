import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { LOGIN_PER_ACCOUNT_IP, LOGIN_PER_IP, PUBLIC_FORM_PER_IP, loginLockSeconds } from "./rate-limits";

// Failed logins counted per account+IP (with backoff) and per IP; the policy and its reasons are
// in rate-limits.ts. Memory is enough for one server process; a cluster would swap in
// RateLimiterSQLite/Redis behind the same three calls.
export class LoginLimiter {
  /** Consecutive failures of one account from one address. */
  private failures = new RateLimiterMemory({
    keyPrefix: "login-pair",
    points: Number.MAX_SAFE_INTEGER,
    duration: LOGIN_PER_ACCOUNT_IP.memorySeconds,
  });
  /** The current lock of that pair (set with block()). */
  private locks = new RateLimiterMemory({ keyPrefix: "login-pair-lock", points: 1, duration: 1 });
  private ip = new RateLimiterMemory({ keyPrefix: "login-ip", ...LOGIN_PER_IP });

  /** ms to wait when this address is locked out of this account, or out of logins at all; else 0. */
  async blockedFor(email: string, ip: string): Promise<number> {
    const [lock, i] = await Promise.all([this.locks.get(pair(email, ip)), this.ip.get(ip)]);
    const locked = lock && lock.consumedPoints > 1 ? lock.msBeforeNext : 0;
    const sprayed = i && i.consumedPoints >= LOGIN_PER_IP.points ? i.msBeforeNext : 0;
    return Math.max(locked, sprayed, 0);
  }

  async fail(email: string, ip: string): Promise<void> {
    const key = pair(email, ip);
    const [r] = await Promise.all([this.failures.penalty(key), this.ip.penalty(ip)]);
    const seconds = loginLockSeconds(r.consumedPoints);
    if (seconds > 0) await this.locks.block(key, seconds);
  }

  async succeed(email: string, ip: string): Promise<void> {
    const key = pair(email, ip);
    await Promise.all([this.failures.delete(key), this.locks.delete(key)]);
  }
}

// A NUL cannot be typed in an email address, so it separates the two parts unambiguously.
const pair = (email: string, ip: string) => `${email.trim().toLowerCase()}\u0000${ip}`;

/** Registration / forgot-password submissions per IP (each may write a mail). */
export class PublicFormLimiter {
  private ip = new RateLimiterMemory({ keyPrefix: "public-form", ...PUBLIC_FORM_PER_IP });
  /** ms to wait, or 0 when this submission is allowed (and counted). */
  async take(ip: string): Promise<number> {
    try {
      await this.ip.consume(ip);
      return 0;
    } catch (e) {
      if (e instanceof RateLimiterRes) return e.msBeforeNext;
      throw e;
    }
  }
}
