// Checks made on every request before Remix sees it (scripts/lib/request-guard.ts wires them
// into express). Pure functions of the request's method and headers, so that the policy is
// tested as a table. Why this policy: docs/decisions/112-csrf-origin-check.md.

/** The methods the portal answers; anything else (TRACE, CONNECT, PUT …) is 405 with `Allow`. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;
export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface GuardRequest {
  method: string;
  /** Header lookup, case-insensitive, `undefined` when absent. */
  header(name: string): string | undefined;
}

export type CrossOriginVerdict =
  | { ok: true; why: "safe-method" | "bearer-without-cookie" | "same-origin" | "not-a-browser" }
  | { ok: false; why: string };

/**
 * May this request change anything? `allowed` holds the origins a form of the portal is served
 * from (PUBLIC_URL's; in development without PUBLIC_URL also the Host the browser used).
 *
 * - GET/HEAD/OPTIONS change nothing (routes keep it so) and pass.
 * - A Bearer token without any cookie is an API script: a cross-site page cannot attach a
 *   token, only cookies, so there is nothing to forge.
 * - `Sec-Fetch-Site` (every current browser sends it) must be `same-origin` or `none` (typed by
 *   the user). `same-site` — another port or a subdomain — is refused: same-site is not same-origin.
 * - `Origin`, when present, must be one of `allowed`, exactly (scheme, host and port); `null`
 *   (sandboxed frames, some redirects) is refused.
 * - Neither header: not a browser from this decade (curl, scripts, monitoring). Such a client
 *   sends its own cookies deliberately, so it passes — unless a `Referer` names another origin,
 *   which only an old browser following a foreign form would send.
 */
export function crossOriginVerdict(req: GuardRequest, allowed: readonly string[]): CrossOriginVerdict {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return { ok: true, why: "safe-method" };
  const cookie = req.header("cookie");
  if (/^Bearer\s+\S+$/i.test(req.header("authorization") ?? "") && !cookie?.trim())
    return { ok: true, why: "bearer-without-cookie" };
  const site = req.header("sec-fetch-site")?.trim().toLowerCase();
  if (site !== undefined && site !== "same-origin" && site !== "none")
    return { ok: false, why: `Sec-Fetch-Site: ${site}` };
  const origin = req.header("origin")?.trim();
  if (origin !== undefined) {
    return allowed.includes(origin.toLowerCase())
      ? { ok: true, why: "same-origin" }
      : { ok: false, why: `Origin: ${origin}` };
  }
  if (site !== undefined) return { ok: true, why: "same-origin" };
  const referer = req.header("referer");
  if (referer !== undefined) {
    const from = originOf(referer);
    if (from === null || !allowed.includes(from)) return { ok: false, why: `Referer: ${from ?? "invalid"}` };
  }
  return { ok: true, why: "not-a-browser" };
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.origin === "null" ? null : u.origin.toLowerCase();
  } catch {
    return null;
  }
}

export type AddressVerdict = { ok: true } | { ok: false; header: "Host" | "X-Forwarded-Host"; host: string };

/**
 * Was this page write addressed to the host its `Origin` names? Remix asks the same of every
 * document POST and, when the answer is no, throws — a 500 and an error in the log for what is a
 * client's (or a misconfigured proxy's) mistake. Asked here first, with Remix's own rule (the
 * first `X-Forwarded-Host` value, else `Host`, equal to the Origin's host), so the answer is a
 * 400 naming the header. The cross-origin check runs before this one: an Origin that reaches it
 * is the portal's own, so a mismatch means a forged or rewritten Host, never a foreign form.
 */
export function addressVerdict(req: GuardRequest): AddressVerdict {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return { ok: true };
  const origin = req.header("origin");
  if (origin === undefined || origin === "null") return { ok: true };
  const originHost = originOf(origin) === null ? origin : new URL(origin).host;
  const forwarded = req.header("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded)
    return forwarded === originHost
      ? { ok: true }
      : { ok: false, header: "X-Forwarded-Host", host: forwarded };
  const host = req.header("host") ?? "";
  return host === originHost ? { ok: true } : { ok: false, header: "Host", host };
}

/** An origin as browsers write it in `Origin`: lower-case scheme and host, default port dropped. */
export function normaliseOrigin(url: string): string {
  return new URL(url).origin.toLowerCase();
}

export type BodyVerdict = { ok: true } | { ok: false; status: 400 | 415; why: string };

/**
 * Pages' actions read `request.formData()`, which throws (a 500) on JSON or on a body without a
 * form content type. Checked from the headers alone, before anything is read.
 */
export function formBodyVerdict(req: GuardRequest): BodyVerdict {
  if (req.method.toUpperCase() !== "POST") return { ok: true };
  const type = (req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") return { ok: true };
  const length = req.header("content-length");
  const chunked = /chunked/i.test(req.header("transfer-encoding") ?? "");
  const empty = !chunked && (length === undefined || Number(length) === 0);
  if (type === "" && empty) return { ok: false, status: 400, why: "empty body" };
  return { ok: false, status: 415, why: type === "" ? "no Content-Type" : `Content-Type: ${type}` };
}
