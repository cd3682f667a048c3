// Request ids and the access log (pino-http, on the app's own pino logger).
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "pino";

/** What an id handed in by a trusted proxy may look like (nginx's $request_id is 32 hex digits). */
const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function newRequestId(): string {
  // 72 random bits, 12 characters: short enough to read out over the phone.
  return crypto.randomBytes(9).toString("base64url");
}

/**
 * Gives every request an id, returned in `X-Request-Id` and passed to the access log, the error
 * log and the 500 page. An id from outside is taken only when a trusted proxy hop is configured
 * (TRUST_PROXY ≥ 1; the proxy sets the header itself, overwriting the client's), never from a
 * direct client: otherwise anyone could plant ids in the log.
 */
export function requestId(opts: { trustProxy: number }): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("X-Request-Id");
    const id = opts.trustProxy > 0 && incoming && INCOMING_ID.test(incoming) ? incoming : newRequestId();
    req.id = id;
    res.setHeader("X-Request-Id", id);
    next();
  };
}

/**
 * Path segments that are secrets (reset and invitation tokens, check-in tokens): the log keeps
 * the route, not the key to it.
 */
export function redactUrl(url: string): string {
  const [p, q] = url.split("?", 2) as [string, string | undefined];
  const path = p
    .replace(/^\/(reset-password|invite)\/[^/]+/, "/$1/…")
    .replace(/^\/checkin\/([^/]+)\/[^/]+/, "/checkin/$1/…");
  if (q === undefined) return path;
  const params = new URLSearchParams(q);
  for (const k of [...params.keys()]) if (/token|job|secret|password/i.test(k)) params.set(k, "…");
  return `${path}?${params.toString()}`;
}

const QUIET = new Set(["/healthz", "/readyz"]);

/** One line per response: id, method, URL (secrets cut), status, client address, duration. */
export function accessLog(logger: Logger): RequestHandler {
  const mw = pinoHttp({
    logger,
    genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? newRequestId(),
    // The load balancer's probes every few seconds would drown the log.
    autoLogging: { ignore: (req) => QUIET.has((req.url ?? "").split("?")[0]!) },
    wrapSerializers: false,
    serializers: {
      // Never headers: they carry the session cookie and API tokens.
      req: (req: Request) => ({ method: req.method, url: redactUrl(req.originalUrl ?? req.url ?? "") }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
    },
    customProps: (req) => ({ ip: (req as Request).ip }),
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "warn" : "info"),
    customSuccessMessage: () => "request",
    customErrorMessage: () => "request failed",
    customAttributeKeys: { reqId: "reqId", responseTime: "ms" },
    quietReqLogger: true,
  });
  return mw as unknown as RequestHandler;
}
