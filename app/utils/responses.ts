// The route kit's way out of a loader or action: throw a Response with a status, which Remix hands
// to the nearest ErrorBoundary (GeneralErrorBoundary, exported by every route). One helper instead
// of `throw new Response("Not found", { status: 404 })` written by hand in every route, so the
// status is never forgotten and the boundary can say it in the reader's language.
// Not a .server file: it holds no secret and imports nothing, so a component may share a guard.

/**
 * Throws `new Response(message, init)` unless `condition` holds, and narrows it for TypeScript:
 * `invariantResponse(firm, "Not found", { status: 404 })`. The status defaults to 400. The message
 * is shown under the page's translated title for a 4xx (a translated `t(...)` text is best; plain
 * "Not found" and other bare HTTP phrases are left out by the boundary) and never for a 5xx. Pass
 * a function to build an expensive message only when the check fails.
 */
export function invariantResponse(
  condition: unknown,
  message: string | (() => string) = "Bad request",
  init?: ResponseInit,
): asserts condition {
  if (!condition) {
    throw new Response(typeof message === "function" ? message() : message, {
      status: 400,
      ...init,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...headersObject(init?.headers) },
    });
  }
}

/** Throws a 404. `if (!firm) notFound();` — or `invariantResponse(firm, msg, { status: 404 })`. */
export function notFound(message = "Not found"): never {
  invariantResponse(false, message, { status: 404 });
}

/** Throws a 403: signed in, but this is not theirs (signed out is a redirect to /login instead). */
export function forbidden(message = "Forbidden"): never {
  invariantResponse(false, message, { status: 403 });
}

/** Throws a 400 for a request no form of ours sends (a forged intent, a malformed id). */
export function badRequest(message = "Bad request"): never {
  invariantResponse(false, message, { status: 400 });
}

/** The positive whole number in a route param (`/events/12`), or a 404 for anything else. */
export function idParam(value: string | undefined, message = "Not found"): number {
  const id = Number(value);
  if (!value || !/^\d+$/.test(value) || !Number.isSafeInteger(id) || id <= 0) notFound(message);
  return id;
}

function headersObject(h: HeadersInit | undefined): Record<string, string> {
  if (!h) return {};
  return Object.fromEntries(new Headers(h).entries());
}
