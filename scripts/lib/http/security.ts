// Security headers (helmet) and the cache policy for private responses. The shape of the CSP and
// the no-store rule are explained in docs/decisions/097-http-hardening.md.
import crypto from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import helmet from "helmet";

/** Per-request CSP nonce, for the inline scripts Remix writes (hydration context, route modules). */
export function cspNonce(): RequestHandler {
  return (_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(18).toString("base64");
    next();
  };
}

export function nonceOf(res: Response): string {
  return String(res.locals.cspNonce ?? "");
}

/**
 * Helmet with a CSP that runs only the portal's own scripts: files from its origin and inline
 * scripts carrying this response's nonce; no inline event handlers, no eval, no plugins, no
 * framing. Inline style *attributes* stay allowed (progress bars, recharts' SVG): they cannot run
 * script, and `<style>` elements and style sheets still come only from the portal.
 * HSTS only when the public site is https (PUBLIC_URL): the demo and the tests serve plain
 * http on 127.0.0.1.
 */
export function securityHeaders(opts: { https: boolean }): RequestHandler {
  const plain = helmetFor({ https: opts.https, upgrade: false });
  const upgrading = opts.https ? helmetFor({ https: true, upgrade: true }) : plain;
  // upgrade-insecure-requests only on answers that themselves came over https (through the
  // trusted proxy): a page fetched over plain http from 127.0.0.1 (the operator's curl, a test's
  // browser) would otherwise have its scripts and styles rewritten to https and fail to load.
  return (req, res, next) => (req.secure ? upgrading : plain)(req, res, next);
}

function helmetFor(opts: { https: boolean; upgrade: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${nonceOf(res as Response)}'`],
        "script-src-attr": ["'none'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        ...(opts.upgrade ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    // Not "no-referrer": with it Chromium sends `Origin: null` on same-site form posts, which an
    // Origin-based CSRF check must refuse. Cross-origin requests get the origin only, never a path
    // (reset and invitation links carry tokens in theirs).
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    frameguard: { action: "deny" },
    strictTransportSecurity: opts.https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
    // Logos and certificate files are the portal's own; other sites have no reason to embed them.
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
}

export const PRIVATE_PREFIXES = ["/my", "/admin", "/api/v1/me"];

/**
 * Does this request's answer show something private? Pages of the signed-in areas, anything
 * asked with a session cookie or an API token (the page then shows who is signed in, and may
 * show more), and — checked when the headers go out — any response that sets a cookie.
 */
export function isPrivateRequest(req: Pick<Request, "path" | "headers">): boolean {
  const p = req.path;
  if (PRIVATE_PREFIXES.some((pre) => p === pre || p.startsWith(`${pre}/`) || p.startsWith(`${pre}.`)))
    return true;
  if (req.headers.authorization) return true;
  return /(?:^|;\s*)__session=/.test(req.headers.cookie ?? "");
}

/**
 * `Cache-Control: private, no-store` on every private response, whatever the route said: no
 * shared cache (a proxy, a CDN) and no browser history store may keep a page meant for one
 * person. Set as the headers are written, so that it also wins over a route's own header and
 * catches a Set-Cookie added on the way.
 */
export function privateNoStore(): RequestHandler {
  return (req, res, next) => {
    const privateReq = isPrivateRequest(req);
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      if (privateReq || res.getHeader("Set-Cookie") !== undefined) {
        res.setHeader("Cache-Control", "private, no-store");
        res.removeHeader("Expires");
        res.removeHeader("ETag");
      }
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;
    next();
  };
}
