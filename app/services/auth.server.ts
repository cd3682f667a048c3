import { redirect } from "@remix-run/node";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { apiError } from "~/utils/api.server";
import { getDb, getServices } from "~/utils/services.server";
import { getLocale } from "~/utils/locale.server";
import { readSessionSecret } from "~/utils/session.server";
import { resolveSession } from "~/services/auth/sessions.server";
import { hashSecret } from "~/modules/auth/tokens";
import { hasRole, canActForOrg, isOrganiser, type Actor, type Role } from "~/modules/auth/permissions";
import { WRITES_PER_ACTOR, retryMinutes } from "~/modules/auth/rate-limits";
import {
  LoginLimiter,
  PublicFormLimiter,
  memoryLimiters,
  postgresLimiters,
  type LimiterFactory,
} from "~/modules/auth/login-limiter";
import { tokenProblem } from "~/services/auth/api-tokens.server";
import { deliver } from "~/services/auth/mailer.server";
import { translator } from "~/modules/i18n";
import { findActiveToken, touchToken } from "../../db/queries/tokens";

// The only door to authentication from routes (see .team/AUTH-API.md). Guards throw: a redirect
// to the login page for pages, a JSON error for /api/ requests.
export type { Actor, Role };
export { isOrganiser };

const isApi = (request: Request) => new URL(request.url).pathname.startsWith("/api/");

// Loaders of one request (root + route) share the lookup.
const cache = new WeakMap<Request, Promise<Actor | null>>();

export function getActor(request: Request): Promise<Actor | null> {
  let p = cache.get(request);
  if (!p) {
    p = resolveActor(request);
    cache.set(request, p);
  }
  return p;
}

async function resolveActor(request: Request): Promise<Actor | null> {
  const db = getDb();
  const auth = request.headers.get("Authorization");
  // Bearer tokens are for the JSON API only: pages go by the session cookie. A token that is
  // presented but cannot act is refused outright (401), never quietly treated as anonymous.
  if (auth && isApi(request)) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m) throw tokenRefused("invalid_request", "Send Authorization: Bearer TOKEN.");
    const token = await findActiveToken(db, hashSecret(m[1]));
    if (!token) throw tokenRefused("invalid_token", "This API token is unknown or revoked.");
    const problem = tokenProblem(token, Date.now());
    if (problem === "expired")
      throw tokenRefused(
        "token_expired",
        `This API token expired on ${token.expiresAt?.slice(0, 10) ?? "an unknown date"}; ask an organiser for a new one.`,
      );
    if (problem === "suspended")
      throw tokenRefused("token_suspended", "The organisation or account of this API token is suspended.");
    await touchToken(db, token.id, token.lastUsedAt);
    return {
      kind: "token",
      userId: null,
      tokenId: token.id,
      name: token.name,
      email: null,
      role: token.role,
      orgId: token.orgId,
      orgRef: token.orgRef,
      locale: getLocale(request),
    };
  }
  const secret = await readSessionSecret(request);
  if (!secret) return null;
  // Null when the session was ended (logout, revocation, suspension, a new password) or timed out.
  const u = await resolveSession(db, secret);
  if (!u) return null;
  return {
    kind: "user",
    userId: u.id,
    tokenId: null,
    name: u.name,
    email: u.email,
    role: u.role,
    orgId: u.orgId ?? null,
    orgRef: u.orgRef ?? null,
    locale: u.locale,
    sessionId: u.sessionId,
  };
}

/**
 * 401 for a Bearer token that cannot act, in the API's JSON shape, with the RFC 6750 challenge
 * (`error="invalid_token"` for every unusable token; the JSON code says which case it is).
 */
function tokenRefused(code: string, message: string): Response {
  const error = code === "invalid_request" ? "invalid_request" : "invalid_token";
  return apiError(401, code, message, {
    "WWW-Authenticate": `Bearer realm="CNHT", error="${error}", error_description="${message.replace(/"/g, "'")}"`,
  });
}

function unauthenticated(request: Request): never {
  if (isApi(request)) throw apiError(401, "unauthorized", "Log in or send Authorization: Bearer TOKEN.");
  const url = new URL(request.url);
  throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
}

function forbidden(request: Request): never {
  if (isApi(request)) throw apiError(403, "forbidden", "You are not allowed to do this.");
  throw new Response(translator(getLocale(request))("error.forbidden.title"), { status: 403 });
}

export async function requireUser(request: Request): Promise<Actor> {
  const actor = await getActor(request);
  if (!actor) unauthenticated(request);
  return actor;
}

/** Admins pass wherever organisers do. */
export async function requireRole(request: Request, roles: Role | Role[]): Promise<Actor> {
  const actor = await requireUser(request);
  if (!hasRole(actor, roles)) forbidden(request);
  return actor;
}

/** Members of the organisation, and organisers/admins. */
export async function requireOrgMember(request: Request, orgId: number): Promise<Actor> {
  const actor = await requireUser(request);
  if (!canActForOrg(actor, orgId)) forbidden(request);
  return actor;
}

/** A supplier/buyer user that belongs to an organisation: for the /my pages of a firm. */
export async function requireOwnOrg(
  request: Request,
  kind?: "supplier" | "buyer",
): Promise<Actor & { orgId: number; orgRef: string }> {
  const actor = await requireUser(request);
  if (actor.orgId === null || actor.orgRef === null || (kind && actor.role !== kind)) forbidden(request);
  return actor as Actor & { orgId: number; orgRef: string };
}

// ---- write rate limit -------------------------------------------------------------------

/**
 * Process memory on SQLite (one server process owns the file); on PostgreSQL the counts live in
 * the database (rate-limiter-flexible's PostgreSQL store, table rate_limits made by the
 * migrations' prelude), so several instances behind one proxy share every limit.
 */
function limiterFactory(): LimiterFactory {
  const { pgPool } = getServices();
  return pgPool ? postgresLimiters(pgPool) : memoryLimiters;
}

const LIMITERS = "__cnhtWriteLimiter";
function writeLimiter(): RateLimiterAbstract {
  const g = globalThis as unknown as Record<string, RateLimiterAbstract | undefined>;
  return (g[LIMITERS] ??= limiterFactory()({ keyPrefix: "write", ...WRITES_PER_ACTOR }));
}

/**
 * Call at the top of an action (after the guard). Throws 429 when the actor has written too
 * much in the last minute: JSON for /api/, a plain response for pages.
 */
export async function rateLimitWrite(request: Request, actor: Actor): Promise<void> {
  const key = actor.kind === "user" ? `u${actor.userId}` : `t${actor.tokenId}`;
  try {
    await writeLimiter().consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const minutes = retryMinutes(e.msBeforeNext);
    const headers = { "Retry-After": String(Math.ceil(e.msBeforeNext / 1000)) };
    if (isApi(request))
      throw apiError(429, "rate_limited", `Too many writes; try again in ${minutes} min.`, headers);
    const t = translator(getLocale(request));
    throw new Response(t("auth.rateLimited", { minutes }), { status: 429, headers });
  }
}

/**
 * The guard of an action that writes: `requireRole`, then the write rate limit, in that order
 * (an unknown or forbidden caller is refused before it counts against anyone's limit).
 */
export async function requireWriter(request: Request, roles: Role | Role[]): Promise<Actor> {
  const actor = await requireRole(request, roles);
  await rateLimitWrite(request, actor);
  return actor;
}

/** The same for a firm's own pages (/my): `requireOwnOrg` (of `kind`), then the write rate limit. */
export async function requireOwnOrgWriter(
  request: Request,
  kind?: "supplier" | "buyer",
): Promise<Actor & { orgId: number; orgRef: string }> {
  const actor = await requireOwnOrg(request, kind);
  await rateLimitWrite(request, actor);
  return actor;
}

/** The same for a signed-in user's own account: `requireUser`, then the write rate limit. */
export async function requireUserWriter(request: Request): Promise<Actor> {
  const actor = await requireUser(request);
  await rateLimitWrite(request, actor);
  return actor;
}

// ---- helpers for the account pages ----------------------------------------------------

const FLOW = "__cnhtAuthLimiters";
/** One set of login / public-form limiters per server process. */
export function authLimiters(): { login: LoginLimiter; publicForm: PublicFormLimiter } {
  const g = globalThis as unknown as Record<
    string,
    { login: LoginLimiter; publicForm: PublicFormLimiter } | undefined
  >;
  return (g[FLOW] ??= {
    login: new LoginLimiter(limiterFactory()),
    publicForm: new PublicFormLimiter(limiterFactory()),
  });
}

/**
 * The client's address, from the load context the server script passes (express's req.ip,
 * which honours X-Forwarded-For only from the TRUST_PROXY hops). Never from a header directly:
 * anyone can write one.
 */
export function clientIp(context: unknown): string {
  const ip = (context as { clientIp?: unknown } | undefined)?.clientIp;
  return typeof ip === "string" && ip ? ip : "unknown";
}

/** Sends a queued mail when SMTP is configured, without holding up the response. */
export function sendMailInBackground(mailId: number | null): void {
  if (mailId === null) return;
  const { db, env } = getServices();
  void deliver(db, env.SMTP_URL, mailId);
}
