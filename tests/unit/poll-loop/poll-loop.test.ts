import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { failureLog, pollLoop } from "../../../app/modules/poll-loop";

describe("the workers' timer loop", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits an interval after an idle pass and goes on at once while more is waiting", async () => {
    const results = [5, 5, 1];
    const starts: number[] = [];
    const loop = pollLoop(
      async () => {
        starts.push(Date.now());
        return results.shift() ?? 0;
      },
      { intervalMs: 1000, again: (n) => n >= 5 },
    );
    const t0 = Date.now();
    loop.schedule(0);
    await vi.advanceTimersByTimeAsync(2500);
    const waits = starts.map((t, i) => t - (i ? starts[i - 1] : t0));
    expect(waits.map((ms) => (ms >= 1000 ? "interval" : "at once"))).toEqual([
      "at once",
      "at once",
      "at once",
      "interval",
      "interval",
    ]);
    await loop.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(starts).toHaveLength(5);
  });

  it("without a timer runs only through run(), one pass after the other", async () => {
    let inPass = 0;
    let most = 0;
    const loop = pollLoop(
      async () => {
        most = Math.max(most, ++inPass);
        await new Promise((r) => setTimeout(r, 10));
        inPass--;
        return 1;
      },
      { intervalMs: 1000, again: () => false, timer: false },
    );
    loop.schedule(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(most).toBe(0);
    const first = loop.run();
    const idle = loop.idle();
    await vi.advanceTimersByTimeAsync(10);
    await expect(first).resolves.toBe(1);
    await idle;
    expect(most).toBe(1);
  });

  it("stop waits for the pass in progress and is seen by the pass", async () => {
    let finished = false;
    const loop = pollLoop(
      async () => {
        await new Promise((r) => setTimeout(r, 100));
        finished = loop.stopped;
        return 0;
      },
      { intervalMs: 1000, again: () => false },
    );
    loop.schedule(0);
    await vi.advanceTimersByTimeAsync(1);
    const stopped = loop.stop();
    await vi.advanceTimersByTimeAsync(100);
    await stopped;
    expect(finished).toBe(true);
  });
});

describe("a pass's failures in the log", () => {
  it("warns of a failure once until it changes, and says once that the pass works again", () => {
    const lines: string[] = [];
    const log = {
      info: (obj: object, msg: string) => lines.push(`info ${msg} ${JSON.stringify(obj)}`),
      warn: (obj: object, msg: string) => lines.push(`warn ${msg} ${JSON.stringify(obj)}`),
    };
    const failures = failureLog();
    failures.worked(log, "working again");
    failures.failed(log, new Error("locked"), "pass failed", { pending: 3 });
    failures.failed(log, new Error("locked"), "pass failed", { pending: 4 });
    failures.failed(log, "engine down", "pass failed");
    failures.worked(log, "working again", { pending: 0 });
    failures.worked(log, "working again");
    expect(lines).toEqual([
      'warn pass failed {"pending":3,"error":"locked"}',
      'warn pass failed {"error":"engine down"}',
      'info working again {"pending":0}',
    ]);
  });
});
