import { ChainSearch } from "./chains";
import { buildModel, type ModelAdjustments } from "./model";
import { PlanState } from "./state";
import { toResult } from "./solve";
import { assignTables } from "./tables";
import type {
  RescheduleOptions,
  RescheduleOutcome,
  ScheduleChange,
  ScheduleInstance,
  ScheduleResult,
} from "./types";

/**
 * Day-of changes: applies `change` to the plan `current` of `instance`, keeping every meeting
 * that still may stay where it is. Only meetings the change pushes out (and a new request) may
 * move others, each along the shortest ejection chain; meetings that were waiting fill freed
 * places only where nothing has to move. Meetings in slots before `startedBefore` are never
 * touched, and nothing new is put there.
 *
 * The caller keeps its copy of the instance in step with the changes it applied (cnht-schedule/1
 * has no field for a table out of service, so a caller chaining calls after a tableDown keeps
 * that table's meetings out by passing the change again or dropping the table).
 */
export function reschedule(
  instance: ScheduleInstance,
  current: ScheduleResult,
  change: ScheduleChange,
  options: RescheduleOptions = {},
): RescheduleOutcome {
  const inst: ScheduleInstance = {
    ...instance,
    participants: instance.participants.slice(),
    meetings: instance.meetings.slice(),
  };
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const slotOrThrow = (id: string) => {
    const i = slotIndex.get(id);
    if (i === undefined) throw new Error(`unknown slot '${id}'`);
    return i;
  };
  const adj: ModelAdjustments = { cancelled: new Set(), tableDownFrom: new Map() };
  const participantIndex = (id: string) => {
    const i = inst.participants.findIndex((p) => p.id === id);
    if (i < 0) throw new Error(`unknown participant '${id}'`);
    return i;
  };
  const allSlots = inst.slots.map((s) => s.id);
  const extra = new Set<string>();
  switch (change.kind) {
    case "cancel":
      if (!inst.meetings.some((mt) => mt.id === change.meeting))
        throw new Error(`unknown meeting '${change.meeting}'`);
      adj.cancelled!.add(change.meeting);
      break;
    case "late": {
      const i = participantIndex(change.participant);
      const from = slotOrThrow(change.availableFrom);
      const p = inst.participants[i];
      inst.participants[i] = {
        ...p,
        available: (p.available ?? allSlots).filter((s) => slotIndex.get(s)! >= from),
      };
      break;
    }
    case "unavailable": {
      const i = participantIndex(change.participant);
      change.slots.forEach(slotOrThrow);
      const gone = new Set(change.slots);
      const p = inst.participants[i];
      inst.participants[i] = { ...p, available: (p.available ?? allSlots).filter((s) => !gone.has(s)) };
      break;
    }
    case "add": {
      const mt = change.meeting;
      if (inst.meetings.some((x) => x.id === mt.id)) throw new Error(`meeting '${mt.id}' already exists`);
      participantIndex(mt.a);
      participantIndex(mt.b);
      if (mt.a === mt.b) throw new Error(`'${mt.a}' cannot meet itself`);
      inst.meetings.push({ id: mt.id, a: mt.a, b: mt.b, weight: mt.weight ?? 1 });
      extra.add(mt.id);
      break;
    }
    case "tableDown":
      if (!inst.tables.includes(change.table)) throw new Error(`unknown table '${change.table}'`);
      adj.tableDownFrom!.set(change.table, slotOrThrow(change.fromSlot));
      break;
  }
  const firstOpen = options.startedBefore !== undefined ? slotOrThrow(options.startedBefore) : 0;
  adj.firstOpenSlot = firstOpen;

  const m = buildModel(inst, adj);
  const st = new PlanState(m);
  const meetingIndex = new Map(m.meetingIds.map((id, i) => [id, i]));
  const tableIndex = new Map(m.tableIds.map((id, i) => [id, i]));
  const prevSlot = new Int32Array(m.M).fill(-1);
  const prevTable = new Int32Array(m.M).fill(-1);
  for (const asg of current.assignments) {
    const x = meetingIndex.get(asg.meeting);
    const s = slotIndex.get(asg.slot);
    if (x === undefined || s === undefined)
      throw new Error(`current plan names unknown meeting or slot: ${JSON.stringify(asg)}`);
    prevSlot[x] = s;
    prevTable[x] = tableIndex.get(asg.table) ?? -1;
  }

  // What has started stays, whatever the change says.
  for (let x = 0; x < m.M; x++)
    if (prevSlot[x] !== -1 && prevSlot[x] < firstOpen) {
      st.place(x, prevSlot[x]);
      st.pinned[x] = 1;
    }
  // Meetings whose table still stands go back first, so a full slot pushes out those of the
  // table that went down.
  const { S, tableAvail } = m;
  const tableStands = (x: number) => prevTable[x] < 0 || tableAvail[prevTable[x] * S + prevSlot[x]] === 1;
  const keep = Array.from({ length: m.M }, (_, x) => x).filter(
    (x) => prevSlot[x] >= firstOpen && !m.disabled[x],
  );
  keep.sort((x, y) => Number(tableStands(y)) - Number(tableStands(x)) || x - y);
  const displaced: number[] = [];
  for (const x of keep) {
    const s = prevSlot[x];
    const fits =
      m.mSlots[x].includes(s) && st.resourcesFree(x, s) && st.load[s] < m.slotCap[s] && st.hasRoom(x);
    if (fits) st.place(x, s);
    else displaced.push(x);
  }

  const chains = new ChainSearch(st);
  const budget = 400;
  const priority = (x: number, y: number) =>
    st.newSupplierGain(y) - st.newSupplierGain(x) ||
    m.mw[y] - m.mw[x] ||
    m.mSlots[x].length - m.mSlots[y].length ||
    x - y;
  displaced.sort(priority);
  for (const x of displaced) chains.insert(x, budget);
  for (const id of extra) chains.insert(meetingIndex.get(id)!, budget);
  // Waiting meetings take freed places only where nobody has to move.
  const waiting = Array.from({ length: m.M }, (_, x) => x).filter(
    (x) => st.slotOf[x] === -1 && !m.disabled[x] && prevSlot[x] === -1,
  );
  waiting.sort(priority);
  for (const x of waiting) chains.insert(x, 0);
  st.commit();

  const tableOf = assignTables(st, prevTable);
  const movedMeetings: string[] = [];
  for (let x = 0; x < m.M; x++)
    if (
      prevSlot[x] !== -1 &&
      st.slotOf[x] !== -1 &&
      (st.slotOf[x] !== prevSlot[x] || tableOf[x] !== prevTable[x])
    )
      movedMeetings.push(m.meetingIds[x]);
  return { result: toResult(st, tableOf), moved: movedMeetings.length, movedMeetings };
}
