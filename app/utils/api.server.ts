import { logger } from "./logger.server";

// The JSON API's error shape (CONTRACT.md §2): { error: { code, message } } with a 4xx status,
// never a stack trace. Throw the result from a loader/action to stop there.
// Real Responses, not Remix's data(): under single fetch a resource route that throws data()
// gets its body replaced by "Unexpected Server Error", and a returned data() loses its status.
export function apiError(status: number, code: string, message: string, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  // Every 401 names the scheme it wants (RFC 6750 §3), whichever route answered it.
  if (status === 401 && !h.has("WWW-Authenticate")) h.set("WWW-Authenticate", 'Bearer realm="CNHT"');
  return apiJson({ error: { code, message } }, { status, headers: h });
}

export function apiJson<T>(body: T, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** Parses an integer query parameter within bounds, or throws a 400 naming the parameter. */
export function intParam(url: URL, name: string, opts: { def: number; min: number; max: number }): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return opts.def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < opts.min || n > opts.max)
    throw apiError(400, "invalid_parameter", `${name} must be an integer from ${opts.min} to ${opts.max}`);
  return n;
}

/**
 * Wraps an API loader/action so that an unexpected exception becomes a JSON 500 without a
 * stack trace (Remix would answer text/plain). Thrown Responses (apiError, redirects, auth
 * guards) pass through unchanged.
 */
export function apiHandler<A extends { request: Request }>(fn: (args: A) => Promise<Response> | Response) {
  return async (args: A): Promise<Response> => {
    try {
      return await fn(args);
    } catch (e) {
      if (e instanceof Response) return e;
      if (args.request.signal.aborted) throw e;
      logger.error({ err: e, url: args.request.url }, "API handler failed");
      return apiError(500, "internal_error", "The server could not complete this request.");
    }
  };
}

/** The methods every read-only endpoint answers; anything else gets a 405 naming them. */
export const READ_METHODS = "GET, HEAD";

/**
 * The `action` of a read-only endpoint: 405 with `Allow` (RFC 9110 §15.5.6) in the API's JSON
 * error shape. Without an action Remix answered POST/PUT/PATCH/DELETE with a plain-text
 * "Unexpected Server Error".
 */
export function methodNotAllowed({ request }: { request: Request }): Response {
  return apiError(
    405,
    "method_not_allowed",
    `${request.method} is not allowed here; this endpoint answers ${READ_METHODS}.`,
    { Allow: READ_METHODS },
  );
}
