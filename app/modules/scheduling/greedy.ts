import { buildModel } from "./model";
import { PlanState } from "./state";
import { assignTables } from "./tables";
import { toResult } from "./solve";
import type { ScheduleInstance, ScheduleResult } from "./types";

/**
 * The baseline organiser tools use: meetings in the order given, each in the first slot where
 * both sides and a table are free. Kept for the benchmark and tests to measure against.
 */
export function greedySchedule(instance: ScheduleInstance): ScheduleResult {
  const m = buildModel(instance);
  const st = new PlanState(m);
  for (let x = 0; x < m.M; x++) {
    if (!st.hasRoom(x)) continue;
    for (const s of m.mSlots[x])
      if (st.load[s] < m.slotCap[s] && st.resourcesFree(x, s)) {
        st.place(x, s);
        break;
      }
  }
  return toResult(st, assignTables(st));
}
