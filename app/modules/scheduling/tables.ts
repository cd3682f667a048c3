import type { PlanState } from "./state";

/**
 * Hands out tables slot by slot once the slots are fixed. Fixed-table meetings take their table
 * (the search already kept those one per slot). The others go, when free, to a preferred table:
 * the one the meeting had before (rescheduling), else the "home" table of its host, the side
 * with more meetings, so a buyer stays at one table all day instead of walking the hall.
 * Returns table index per meeting (-1 when unplaced).
 */
export function assignTables(st: PlanState, previous?: Int32Array): Int32Array {
  const m = st.m;
  const { S, P, M, ma, mb, mTableRes, tableAvail, partTable, partKind } = m;
  const T = m.tableIds.length;
  const tableOf = new Int32Array(M).fill(-1);

  // Home tables: hosts with the most meetings first, over the tables nobody is fixed to.
  const fixedTo = new Uint8Array(T);
  for (let p = 0; p < P; p++) if (partTable[p] >= 0) fixedTo[partTable[p]] = 1;
  const free: number[] = [];
  for (let t = 0; t < T; t++) if (!fixedTo[t]) free.push(t);
  const pool = free.length ? free : Array.from({ length: T }, (_, t) => t);
  const host = (x: number) => {
    const a = ma[x];
    const b = mb[x];
    if (st.count[a] !== st.count[b]) return st.count[a] > st.count[b] ? a : b;
    if (partKind[a] !== partKind[b]) return partKind[a] === "buyer" ? a : b;
    return a;
  };
  const hosts = Array.from({ length: P }, (_, p) => p)
    .filter((p) => st.count[p] > 0 && partTable[p] < 0)
    .sort((p, q) => st.count[q] - st.count[p] || p - q);
  const home = new Int32Array(P).fill(-1);
  hosts.forEach((p, i) => (home[p] = pool[i % pool.length]));

  const used = new Uint8Array(T);
  for (let s = 0; s < S; s++) {
    used.fill(0);
    for (let t = 0; t < T; t++) if (!tableAvail[t * S + s]) used[t] = 1;
    const list = st.inSlot[s];
    const rest: number[] = [];
    for (const x of list) {
      if (mTableRes[x] >= 0) {
        tableOf[x] = mTableRes[x] - P;
        used[tableOf[x]] = 1;
      } else rest.push(x);
    }
    rest.sort((x, y) => x - y);
    const later: number[] = [];
    for (const x of rest) {
      const want = previous && previous[x] >= 0 ? previous[x] : home[host(x)];
      if (want >= 0 && !used[want]) {
        tableOf[x] = want;
        used[want] = 1;
      } else later.push(x);
    }
    let t = 0;
    for (const x of later) {
      while (t < T && used[t]) t++;
      // The search never puts more meetings in a slot than it has tables.
      if (t >= T) throw new Error(`internal: slot ${m.slotIds[s]} holds more meetings than tables`);
      tableOf[x] = t;
      used[t] = 1;
    }
  }
  return tableOf;
}
