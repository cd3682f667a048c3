import path from "node:path";
import express from "express";
import compression from "compression";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { BUILD_DIR } from "./lib/build";
import { getEnv } from "../app/utils/env.server";
import { logger } from "../app/utils/logger.server";
import { accessLog, requestId } from "./lib/http/access-log";
import { cspNonce, nonceOf, privateNoStore, securityHeaders } from "./lib/http/security";
import { compressible } from "./lib/http/compress";
import { healthRoutes } from "./lib/http/health";
import { requestGuard } from "./lib/request-guard";

/**
 * The production HTTP server, in this order: request id and access log, security headers,
 * compression, static assets, health probes, the private-response cache rule, then Remix.
 * Why each is shaped as it is: docs/decisions/097-http-hardening.md.
 */
export async function createApp() {
  const build = (await import(path.join(BUILD_DIR, "server/index.js"))) as ServerBuild;
  const env = getEnv();
  const app = express();
  app.disable("x-powered-by");
  // req.ip (rate limits) and req.protocol (Secure cookies) believe X-Forwarded-* only from the
  // configured number of proxy hops; with none (the default) a client cannot pose as another.
  app.set("trust proxy", env.TRUST_PROXY > 0 ? env.TRUST_PROXY : false);
  app.use(requestId({ trustProxy: env.TRUST_PROXY }));
  app.use(accessLog(logger));
  app.use(cspNonce());
  app.use(securityHeaders({ https: !!env.PUBLIC_URL && new URL(env.PUBLIC_URL).protocol === "https:" }));
  app.use(compression({ filter: compressible }));
  // Before static files too: TRACE / cross-origin POSTs are refused whatever the path.
  app.use(requestGuard());
  app.use(
    "/assets",
    express.static(path.join(BUILD_DIR, "client/assets"), { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static(path.join(BUILD_DIR, "client"), { maxAge: "1h", index: false }));
  app.use(healthRoutes());
  app.use(privateNoStore());
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: "production",
      // clientIp: the rate limits count per address; cspNonce and requestId: for root.tsx.
      getLoadContext: (req, res) => ({
        clientIp: req.ip ?? "",
        cspNonce: nonceOf(res),
        requestId: String(req.id ?? ""),
      }),
    }),
  );
  return app;
}
