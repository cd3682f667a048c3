import type { NextFunction, Request, Response } from "express";
import { getEnv, publicOrigin } from "../../app/utils/env.server";
import { translator } from "../../app/modules/i18n";
import {
  ALLOW_HEADER,
  ALLOWED_METHODS,
  addressVerdict,
  crossOriginVerdict,
  formBodyVerdict,
  normaliseOrigin,
  type GuardRequest,
} from "../../app/modules/security/request-guard";

// Runs before Remix, for every request: unsupported methods (405), cross-origin writes (403,
// CSRF — docs/decisions/112-csrf-origin-check.md), page writes addressed to another host than
// their Origin (400) and bodies a page's action cannot read
// (400/415). Each answer is a short bilingual page, or the API's JSON error shape under /api/.

const API_METHODS = new Set(["PUT", "PATCH", "DELETE"]);

const isApi = (req: Request) => req.path === "/api" || req.path.startsWith("/api/");

function answer(
  req: Request,
  res: Response,
  status: number,
  code: string,
  key: { title: string; body: string },
  vars: Record<string, string> = {},
) {
  const vi = translator("vi");
  const en = translator("en");
  res.status(status);
  res.setHeader("Cache-Control", "no-store");
  if (isApi(req)) {
    res.json({ error: { code, message: en(key.body, vars) } });
    return;
  }
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res
    .type("html")
    .send(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
        `<title>${esc(vi(key.title))} · ${esc(en(key.title))}</title></head>` +
        `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">` +
        `<main><h1>${esc(vi(key.title))}</h1><p>${esc(vi(key.body, vars))}</p>` +
        `<h2 lang="en">${esc(en(key.title))}</h2><p lang="en">${esc(en(key.body, vars))}</p>` +
        `<p><a href="/">${esc(vi("common.backHome"))}</a> · <a href="/" lang="en">${esc(en("common.backHome"))}</a></p></main></body></html>`,
    );
}

export function requestGuard() {
  const env = getEnv();
  const configured = env.PUBLIC_URL ? [normaliseOrigin(publicOrigin())] : null;
  return (req: Request, res: Response, next: NextFunction) => {
    const method = req.method.toUpperCase();
    if (method === "OPTIONS") {
      res.setHeader("Allow", `${ALLOW_HEADER}, OPTIONS`);
      res.status(204).end();
      return;
    }
    // PUT/PATCH/DELETE under /api/ go on to the route (after the cross-origin check below),
    // whose action answers 405 with the methods that path really allows ("GET, HEAD" for the
    // read-only endpoints, app/api.server.ts); everything else stops here.
    const apiMethod = isApi(req) && API_METHODS.has(method);
    if (!apiMethod && !(ALLOWED_METHODS as readonly string[]).includes(method)) {
      res.setHeader("Allow", `${ALLOW_HEADER}, OPTIONS`);
      answer(
        req,
        res,
        405,
        "method_not_allowed",
        { title: "security.method.title", body: "security.method.body" },
        {
          allow: ALLOW_HEADER,
        },
      );
      return;
    }
    const g: GuardRequest = { method, header: (n) => req.get(n) };
    // PUBLIC_URL is the one origin of the site. Without it (development only: production
    // refuses to start), the origin the browser itself addressed, so that both
    // http://localhost:3000 and http://127.0.0.1:3000 work on a developer's machine.
    const allowed = configured ?? [`${req.protocol}://${req.get("host") ?? ""}`.toLowerCase()];
    const verdict = crossOriginVerdict(g, allowed);
    if (!verdict.ok) {
      answer(req, res, 403, "cross_origin", {
        title: "security.crossOrigin.title",
        body: "security.crossOrigin.body",
      });
      return;
    }
    if (!isApi(req)) {
      const address = addressVerdict(g);
      if (!address.ok) {
        answer(
          req,
          res,
          400,
          "host_mismatch",
          { title: "security.host.title", body: "security.host.body" },
          { header: address.header, host: address.host, origin: req.get("origin") ?? "" },
        );
        return;
      }
      const body = formBodyVerdict(g);
      if (!body.ok) {
        answer(
          req,
          res,
          body.status,
          body.status === 400 ? "empty_body" : "unsupported_media_type",
          {
            title: "security.body.title",
            body: body.status === 400 ? "security.body.empty" : "security.body.type",
          },
          {
            type:
              body.why === "no Content-Type"
                ? "a body without Content-Type"
                : body.why.replace(/^Content-Type: /, ""),
          },
        );
        return;
      }
    }
    next();
  };
}
