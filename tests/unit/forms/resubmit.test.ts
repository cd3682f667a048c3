import { expect, it } from "vitest";
import { RESUBMIT_WINDOW_MS, resubmitSince } from "../../../app/modules/resubmit";

it("a create sent again within ten minutes counts as the same one (decision 641)", () => {
  expect(RESUBMIT_WINDOW_MS).toBe(10 * 60_000);
  expect(resubmitSince(new Date("2026-12-07T10:00:00.000Z"))).toBe("2026-12-07T09:50:00.000Z");
});
