import { Router } from "express";
import { getServices } from "../../../app/utils/services.server";
import { readiness } from "../../../app/utils/health.server";
import { getSearchEngine } from "../../../app/utils/search-engine.server";
import { migrations } from "../../../db/migrations/index";

/**
 * GET /healthz: the process is alive and serving (no dependency is asked).
 * GET /readyz: the database answers, its schema is current, search is usable — 200 or 503 with
 * the checks as JSON. Never cached, no session involved.
 */
export function healthRoutes() {
  const r = Router();
  r.get("/healthz", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
  });
  r.get("/readyz", async (_req, res) => {
    const { db } = getServices();
    const result = await readiness({
      db,
      engine: getSearchEngine(),
      migrationNames: Object.keys(migrations),
    });
    res
      .status(result.ready ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json({ status: result.ready ? "ready" : "not ready", ...result.checks });
  });
  return r;
}
