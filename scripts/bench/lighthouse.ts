// Lighthouse's mobile audit (its default: a mid-range phone on slow 4G, simulated throttling) of
// pages of the started server, driven through Debian's Chromium. Part of `npm run bench -- pages`
// only, never of npm test: a Lighthouse score depends on how loaded the machine is, so it is a
// figure to record with the machine's load beside it, not a pass/fail check.
import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../tests/helpers/browser";

export interface LighthouseFigures {
  path: string;
  /** 0–100, Lighthouse's mobile performance score. */
  performance: number;
  /** Elements in the rendered page (Lighthouse's dom-size audit). */
  domElements: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  /** Bytes that compressing HTML/JS/CSS would save (Lighthouse's uses-text-compression). */
  compressionSavingsBytes: number;
}

/** A page Lighthouse could not audit, and why, in Lighthouse's or Chromium's own words. */
export interface LighthouseFailure {
  path: string;
  reason: string;
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Audits each path in turn. A page Lighthouse cannot audit (a runtime error, a browser that does
 * not start) is reported as a failure beside the figures of the pages it could audit, never
 * thrown: the pages bench must still print the throughput it measured before the audit.
 */
export async function lighthouseMobile(
  base: string,
  paths: string[],
): Promise<{ figures: LighthouseFigures[]; failures: LighthouseFailure[] }> {
  let chrome: chromeLauncher.LaunchedChrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  } catch (e) {
    const reason = `Chromium (${CHROMIUM_PATH}) did not start: ${reasonOf(e)}`;
    return { figures: [], failures: paths.map((path) => ({ path, reason })) };
  }
  const figures: LighthouseFigures[] = [];
  const failures: LighthouseFailure[] = [];
  try {
    for (const p of paths) {
      try {
        figures.push(await audit(chrome.port, base, p));
      } catch (e) {
        failures.push({ path: p, reason: reasonOf(e) });
      }
    }
  } finally {
    chrome.kill();
  }
  return { figures, failures };
}

async function audit(port: number, base: string, p: string): Promise<LighthouseFigures> {
  const r = await lighthouse(`${base}${p}`, {
    port,
    onlyCategories: ["performance"],
    output: "json",
    logLevel: "error",
  });
  if (!r) throw new Error("Lighthouse returned nothing");
  const { lhr } = r;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id];
  return {
    path: p,
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    domElements: audit("dom-size")?.numericValue ?? -1,
    largestContentfulPaintMs: Math.round(audit("largest-contentful-paint")?.numericValue ?? -1),
    totalBlockingTimeMs: Math.round(audit("total-blocking-time")?.numericValue ?? -1),
    compressionSavingsBytes: Math.round(
      (audit("uses-text-compression")?.details as { overallSavingsBytes?: number } | undefined)
        ?.overallSavingsBytes ?? 0,
    ),
  };
}

/** The 1-minute load average, recorded beside the scores (they mean little on a busy machine). */
export const loadAverage = () => Math.round(os.loadavg()[0] * 100) / 100;
