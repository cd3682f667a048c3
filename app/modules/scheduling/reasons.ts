import type { PlanState } from "./state";

/** Why meeting x is not in the plan, in words an organiser can act on. */
export function explainUnscheduled(st: PlanState, x: number): string {
  const m = st.m;
  const { S, ma, mb, partIds, partKind, partAvail, cap, tableIds, partTable, mTableRes, P } = m;
  const a = ma[x];
  const b = mb[x];
  const who = (p: number) => `${partKind[p]} ${partIds[p]}`;
  if (m.disabled[x]) return "cancelled";
  if (m.mTableClash[x])
    return `${who(a)} is fixed to table ${tableIds[partTable[a]]} and ${who(b)} to table ${tableIds[partTable[b]]}, so they have no table to share`;
  for (const p of [a, b]) if (cap[p] === 0) return `${who(p)} takes no meetings (maxMeetings 0)`;
  let common = 0;
  for (let s = 0; s < S; s++) if (partAvail[a * S + s] && partAvail[b * S + s]) common++;
  if (common === 0)
    return `no common free slot: ${who(a)} and ${who(b)} are never available at the same time`;
  const slots = m.mSlots[x];
  if (slots.length === 0) {
    if (mTableRes[x] >= 0)
      return `table ${tableIds[mTableRes[x] - P]} is out of service in every slot both are available`;
    return "no slot is still open in the times both are available";
  }
  for (const p of [a, b]) if (st.count[p] >= cap[p]) return `${partIds[p]} reached maxMeetings ${cap[p]}`;
  let aBusy = 0;
  let bBusy = 0;
  let tableBusy = 0;
  let full = 0;
  for (const s of slots) {
    const ab = st.occ[a * S + s] !== -1;
    const bb = st.occ[b * S + s] !== -1;
    if (ab) aBusy++;
    if (bb) bBusy++;
    if (!ab && !bb) {
      if (mTableRes[x] >= 0 && st.occ[mTableRes[x] * S + s] !== -1) tableBusy++;
      else if (st.load[s] >= m.slotCap[s]) full++;
    }
  }
  const n = slots.length;
  if (aBusy === n) return `${who(a)} is full in the slots both are available`;
  if (bBusy === n) return `${who(b)} is full in the slots both are available`;
  if (tableBusy + full > 0 && aBusy + bBusy === 0)
    return tableBusy
      ? `table ${tableIds[mTableRes[x] - P]} is taken in every slot both are available`
      : "every table is taken in the slots both are available";
  return `in every slot both are available, ${who(a)} or ${who(b)} already has a meeting that serves more suppliers or weighs more`;
}
