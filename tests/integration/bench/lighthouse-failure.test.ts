import net from "node:net";
import { expect, it } from "vitest";
import { lighthouseMobile } from "../../../scripts/bench/lighthouse";
import { pagesReport, type Figures } from "../../../scripts/bench/pages";

// `npm run bench -- pages` measures throughput for a minute, then runs Lighthouse. A failing
// audit used to throw away the throughput it had measured; now the audit's failure is a figure
// of its own, with Lighthouse's reason, and the report keeps everything else.

/** A loopback port nothing listens on (Lighthouse in the real Chromium fails to load it). */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const figures = (path: string, requestsPerSec: number): Figures => ({
  path,
  requestsPerSec,
  p50Ms: 40,
  p99Ms: 90,
  meanMs: 45,
  requests: requestsPerSec * 5,
  non2xx: 0,
  errors: 0,
});

it(
  "reports a page Lighthouse cannot audit with its reason, and the report keeps the throughput",
  { timeout: 240_000 },
  async () => {
    const lh = await lighthouseMobile(`http://127.0.0.1:${await closedPort()}`, ["/suppliers"]);
    expect(lh.figures).toEqual([]);
    expect(lh.failures).toHaveLength(1);
    expect(lh.failures[0].path).toBe("/suppliers");
    // Lighthouse's own words (its error code and message), not an empty or generic text.
    expect(lh.failures[0].reason.length).toBeGreaterThan(10);

    const report = pagesReport({
      suppliers: 1200,
      routes: {
        floor: figures("/bench/floor", 160),
        profile: figures("/suppliers/:ref (200 different)", 136),
        list: figures("/suppliers", 97),
      },
      loadDuringThroughput: 2.1,
      lighthouse: lh,
      loadDuringLighthouse: 2.3,
    });
    expect(report.routes.list.requestsPerSec).toBe(97);
    expect(report.throughputVsFloor).toEqual({ profile: 0.85, list: 0.61 });
    expect(report.aims.listAtLeast0_6OfFloor).toBe(true);
    expect(report.aims.profileAtLeast0_8OfFloor).toBe(true);
    // What only Lighthouse decides is unknown, not failed and not passed.
    expect(report.aims.lighthouseMobileAtLeast90).toBeNull();
    expect(report.aims.domUnder800).toBeNull();
    expect(report.lighthouseMobile).toEqual([]);
    expect(report.lighthouseFailed).toEqual(lh.failures);
  },
);

it("decides Lighthouse's aims only when both pages were audited", () => {
  const base = {
    suppliers: 1200,
    routes: {
      floor: figures("/bench/floor", 100),
      profile: figures("/suppliers/:ref", 70),
      list: figures("/suppliers", 50),
    },
    loadDuringThroughput: 2,
    loadDuringLighthouse: 2,
  };
  const audited = (path: string, performance: number, domElements: number) => ({
    path,
    performance,
    domElements,
    largestContentfulPaintMs: 2500,
    totalBlockingTimeMs: 100,
    compressionSavingsBytes: 0,
  });
  const both = pagesReport({
    ...base,
    lighthouse: {
      figures: [audited("/suppliers", 91, 500), audited("/suppliers/S-00001", 89, 130)],
      failures: [],
    },
  });
  expect(both.aims).toMatchObject({
    listAtLeast0_6OfFloor: false,
    profileAtLeast0_8OfFloor: false,
    lighthouseMobileAtLeast90: false,
    domUnder800: true,
  });
  expect(both.lighthouseFailed).toBeNull();
  const one = pagesReport({
    ...base,
    lighthouse: {
      figures: [audited("/suppliers", 95, 500)],
      failures: [{ path: "/suppliers/S-00001", reason: "NO_FCP: The page did not paint any content." }],
    },
  });
  expect(one.aims.lighthouseMobileAtLeast90).toBeNull();
  expect(one.lighthouseMobile).toHaveLength(1);
  expect(one.lighthouseFailed).toEqual([
    { path: "/suppliers/S-00001", reason: "NO_FCP: The page did not paint any content." },
  ]);
  // Without the audit (--no-lighthouse) nothing is reported as failed.
  expect(pagesReport({ ...base, lighthouse: null, loadDuringLighthouse: null }).lighthouseFailed).toBeNull();
});
