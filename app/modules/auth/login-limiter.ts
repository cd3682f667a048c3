import crypto from "node:crypto";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { LOGIN_PER_ACCOUNT_IP, LOGIN_PER_IP, PUBLIC_FORM_PER_IP, loginLockSeconds } from "./rate-limits";

/**
 * Where counts live: process memory by default (one SQLite server process); on PostgreSQL the
 * server passes a factory storing them in the database, so several instances share one count
 * (app/auth.server.ts).
 */
export type LimiterFactory = (opts: IRateLimiterOptions & { keyPrefix: string }) => RateLimiterAbstract;
export const memoryLimiters: LimiterFactory = (opts) => new RateLimiterMemory(opts);
/** Counts in PostgreSQL's rate_limits table (created with the schema: db/dialect.ts), shared by instances. */
export const postgresLimiters =
  (pool: unknown): LimiterFactory =>
  (opts) =>
    new RateLimiterPostgres({
      ...opts,
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
    });

// Failed logins counted per account+IP (with backoff) and per IP; the policy and its reasons are
// in rate-limits.ts.
export class LoginLimiter {
  /** Consecutive failures of one account from one address. */
  private failures: RateLimiterAbstract;
  /** The current lock of that pair (set with block()). */
  private locks: RateLimiterAbstract;
  private ip: RateLimiterAbstract;

  constructor(make: LimiterFactory = memoryLimiters) {
    this.failures = make({
      keyPrefix: "login-pair",
      points: Number.MAX_SAFE_INTEGER,
      duration: LOGIN_PER_ACCOUNT_IP.memorySeconds,
    });
    this.locks = make({ keyPrefix: "login-pair-lock", points: 1, duration: 1 });
    this.ip = make({ keyPrefix: "login-ip", ...LOGIN_PER_IP });
  }

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

// A NUL cannot be typed in an email address, so it separates the two parts unambiguously. Hashed:
// a database store takes neither NUL nor a 320-character address in its 255-character key.
const pair = (email: string, ip: string) =>
  crypto.createHash("sha256").update(`${email.trim().toLowerCase()}\u0000${ip}`).digest("hex");

/** Registration / forgot-password submissions per IP (each may write a mail). */
export class PublicFormLimiter {
  private ip: RateLimiterAbstract;
  constructor(make: LimiterFactory = memoryLimiters) {
    this.ip = make({ keyPrefix: "public-form", ...PUBLIC_FORM_PER_IP });
  }
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
