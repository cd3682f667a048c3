import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { LOGIN_PER_ACCOUNT, LOGIN_PER_IP, PUBLIC_FORM_PER_IP } from "./rate-limits";

// Failed logins counted per account and per IP. Memory is enough for one server process; a
// cluster would swap in RateLimiterSQLite/Redis behind the same three calls.
export class LoginLimiter {
  private account = new RateLimiterMemory({ keyPrefix: "login-acct", ...LOGIN_PER_ACCOUNT });
  private ip = new RateLimiterMemory({ keyPrefix: "login-ip", ...LOGIN_PER_IP });

  /** ms to wait when either key is locked out, else 0. Checked before the password is. */
  async blockedFor(email: string, ip: string): Promise<number> {
    const [a, i] = await Promise.all([this.account.get(key(email)), this.ip.get(ip)]);
    const wait = (r: RateLimiterRes | null, points: number) =>
      r && r.consumedPoints >= points ? r.msBeforeNext : 0;
    return Math.max(wait(a, LOGIN_PER_ACCOUNT.points), wait(i, LOGIN_PER_IP.points));
  }

  async fail(email: string, ip: string): Promise<void> {
    await Promise.all([this.account.penalty(key(email)), this.ip.penalty(ip)]);
  }

  async succeed(email: string): Promise<void> {
    await this.account.delete(key(email));
  }
}

const key = (email: string) => email.trim().toLowerCase();

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
