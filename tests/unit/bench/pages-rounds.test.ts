import { expect, it } from "vitest";
import { medianRound, type Figures } from "../../../scripts/bench/pages";

// `npm run bench -- pages` measures floor, profile and list in interleaved rounds and keeps each
// route's median round (decision 472): one disturbed round must not decide the ratio, and its
// failures must still show.

const round = (requestsPerSec: number, p99Ms: number, errors = 0, non2xx = 0): Figures => ({
  path: "/suppliers",
  requestsPerSec,
  p50Ms: p99Ms / 2,
  p99Ms,
  meanMs: p99Ms / 2,
  requests: requestsPerSec * 5,
  non2xx,
  errors,
});

it("keeps the round with the median requests/s, whole, whatever the order the rounds came in", () => {
  const slow = round(90, 400);
  const middle = round(160, 120);
  const fast = round(240, 80);
  for (const order of [
    [slow, middle, fast],
    [fast, slow, middle],
    [middle, fast, slow],
  ])
    expect(medianRound(order)).toEqual(middle);
});

it("sums failures over every round, so the median never hides a bad one", () => {
  const picked = medianRound([round(90, 400, 7, 2), round(160, 120), round(240, 80, 0, 1)]);
  expect(picked.requestsPerSec).toBe(160);
  expect(picked.p99Ms).toBe(120);
  expect(picked.errors).toBe(7);
  expect(picked.non2xx).toBe(3);
});
