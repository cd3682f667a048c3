import { createHash } from "node:crypto";
import { apiError, apiHandler, intParam } from "~/utils/api.server";
import { getActor } from "~/services/auth.server";

/**
 * How a read-only endpoint of the JSON API answers (docs/decisions/170-openapi-from-zod.md):
 *
 * - a Bearer token that is sent is checked on every endpoint, public ones included: a wrong,
 *   revoked or expired token is a 401 with its challenge, never quietly read as anonymous;
 * - unexpected failures are JSON 500s (apiHandler);
 * - `cache: "public"` answers carry a weak ETag of their body and `Cache-Control: public,
 *   max-age=60`, and a matching If-None-Match gets a 304 without the body. Weak: the body is
 *   the same JSON, not necessarily the same bytes once compressed. Answers to a signed-in or
 *   token-bearing caller are made `private, no-store` by the server's rule whatever is set here
 *   (scripts/lib/http/security.ts), which also drops the ETag.
 */
export function apiRead<A extends { request: Request }>(
  fn: (args: A) => Promise<Response> | Response,
  opts: { cache: "public" | "private" },
) {
  const handle = apiHandler(async (args: A) => {
    await getActor(args.request);
    return fn(args);
  });
  return async (args: A): Promise<Response> => {
    const res = await handle(args);
    if (opts.cache !== "public" || res.status !== 200 || res.headers.has("ETag")) return res;
    if (/no-store|private/.test(res.headers.get("Cache-Control") ?? "")) return res;
    const body = await res.text();
    const headers = new Headers(res.headers);
    const etag = weakEtag(body);
    headers.set("ETag", etag);
    headers.set("Cache-Control", "public, max-age=60");
    const vary = headers.get("Vary");
    if (!vary || !/accept-language/i.test(vary))
      headers.set("Vary", vary ? `${vary}, Accept-Language` : "Accept-Language");
    if (etagMatches(args.request.headers.get("If-None-Match"), etag)) {
      headers.delete("Content-Type");
      headers.delete("Content-Length");
      return new Response(null, { status: 304, headers });
    }
    return new Response(body, { status: 200, headers });
  };
}

export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ is ignored on both sides. */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  const mine = opaque(etag);
  return header.split(",").some((t) => t.trim() === "*" || opaque(t) === mine);
}

/**
 * The caller and the page size of an endpoint that lists a caller's own matches (suppliers for a
 * request, requests for a supplier): anonymous callers get a 401 before anything is looked up.
 */
export async function matchesReadArgs(request: Request) {
  const actor = await getActor(request);
  if (!actor) throw apiError(401, "unauthorized", "Log in or send Authorization: Bearer TOKEN.");
  const url = new URL(request.url);
  return { actor, url, limit: intParam(url, "limit", { def: 10, min: 1, max: 100 }) };
}
