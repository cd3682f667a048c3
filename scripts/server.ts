import path from "node:path";
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { BUILD_DIR } from "./lib/build";
import { requestGuard } from "./lib/request-guard";

/** The production HTTP server: static assets, security headers, then the Remix handler. */
export async function createApp() {
  const build = (await import(path.join(BUILD_DIR, "server/index.js"))) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    next();
  });
  // Before static files too: TRACE / cross-origin POSTs are refused whatever the path.
  app.use(requestGuard());
  app.use(
    "/assets",
    express.static(path.join(BUILD_DIR, "client/assets"), { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static(path.join(BUILD_DIR, "client"), { maxAge: "1h", index: false }));
  // clientIp: the login rate limit counts per address (req.ip trusts only a loopback proxy).
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: "production",
      getLoadContext: (req) => ({ clientIp: req.ip ?? "" }),
    }),
  );
  return app;
}
