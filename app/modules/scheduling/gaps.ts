import type { ChainSearch } from "./chains";
import type { PlanState } from "./state";

export interface CompactLimits {
  iterations: number;
  deadline: number;
  chainBudget: number;
}

/**
 * Objective (3): fewer idle gaps, with the set of placed meetings left exactly as it is.
 * Simulated annealing over slot moves: a meeting of someone with a gap moves next to another of
 * that person's meetings, swapping with the meeting in its way or pushing it along an ejection
 * chain. Idle gaps are kept current by PlanState, so each step costs O(1) plus the chain; the
 * best plan seen is restored at the end. Step-counted, so a seed reproduces its plan.
 */
export function compactGaps(
  st: PlanState,
  chains: ChainSearch,
  rng: () => number,
  limits: CompactLimits,
): void {
  const m = st.m;
  const { S, ma, mb, mTableRes, slotCap, partMeetings } = m;
  const placedList: number[] = [];
  for (let x = 0; x < m.M; x++) if (st.slotOf[x] !== -1 && !st.pinned[x]) placedList.push(x);
  if (!placedList.length || st.gaps === 0) return;
  st.commit();
  let best = st.gaps;
  let bestPlan = st.slotOf.slice();
  const T0 = 1.2;
  const T1 = 0.05;
  const n = limits.iterations;
  let temp = T0;
  const cool = Math.pow(T1 / T0, 1 / Math.max(1, n));

  // People with a gap, refreshed now and then: the moves start from their meetings.
  let gapped: number[] = [];
  const refresh = () => {
    gapped = [];
    for (let p = 0; p < m.P; p++) if (st.runs[p] > 1) gapped.push(p);
  };
  const kempe = new KempeMove(st);
  for (let iter = 0; iter < n; iter++) {
    temp *= cool;
    if ((iter & 255) === 0) {
      if (Date.now() > limits.deadline) break;
      refresh();
      if (!gapped.length) break;
    }
    const p = gapped[(rng() * gapped.length) | 0];
    if (st.runs[p] <= 1) continue;
    // One of p's meetings, moved beside another of p's meetings so that p's day closes up.
    const mine = partMeetings[p];
    let x = -1;
    let t = -1;
    for (let tries = 0; tries < 4 && x === -1; tries++) {
      const cand = mine[(rng() * mine.length) | 0];
      const other = mine[(rng() * mine.length) | 0];
      if (cand === other || st.slotOf[cand] === -1 || st.slotOf[other] === -1 || st.pinned[cand]) continue;
      const u = st.slotOf[other] + (rng() < 0.5 ? -1 : 1);
      if (u < 0 || u >= S || st.occ[p * S + u] !== -1 || !st.allowed(cand, u)) continue;
      x = cand;
      t = u;
    }
    if (x === -1) continue;
    const s = st.slotOf[x];
    const a = ma[x];
    const b = mb[x];
    const before = st.gaps;
    const mark = st.mark();
    let ok: boolean;
    const blocked =
      st.occ[a * S + t] !== -1 ||
      st.occ[b * S + t] !== -1 ||
      (mTableRes[x] >= 0 && st.occ[mTableRes[x] * S + t] !== -1);
    if (!blocked && st.load[t] < slotCap[t]) {
      st.move(x, t);
      ok = true;
    } else if (rng() < 0.7) {
      // Swap the two slots along x's Kempe chain: everyone in it keeps a valid day.
      ok = kempe.flip(x, s, t);
    } else {
      // Or push whoever is in the way (in a full slot: anyone) along a short ejection chain.
      const z = blocked
        ? [st.occ[a * S + t], st.occ[b * S + t], mTableRes[x] >= 0 ? st.occ[mTableRes[x] * S + t] : -1].find(
            (y) => y !== -1,
          )!
        : st.inSlot[t][(rng() * st.inSlot[t].length) | 0];
      const second = [
        st.occ[a * S + t],
        st.occ[b * S + t],
        mTableRes[x] >= 0 ? st.occ[mTableRes[x] * S + t] : -1,
      ].some((y) => y !== -1 && y !== z);
      ok = false;
      if (!st.pinned[z] && !second) {
        st.unplace(x);
        st.unplace(z);
        st.place(x, t);
        ok = chains.insert(z, limits.chainBudget) >= 0;
      }
    }
    const delta = st.gaps - before;
    if (ok && (delta <= 0 || rng() < Math.exp(-delta / temp))) {
      st.commit();
      if (st.gaps < best) {
        best = st.gaps;
        bestPlan = st.slotOf.slice();
        if (best === 0) break;
      }
    } else {
      st.rollback(mark);
      st.commit();
    }
  }
  if (st.gaps > best) restore(st, bestPlan);
  st.commit();
}

function restore(st: PlanState, plan: Int32Array) {
  for (let x = 0; x < plan.length; x++) if (st.slotOf[x] !== -1 && st.slotOf[x] !== plan[x]) st.unplace(x);
  for (let x = 0; x < plan.length; x++) if (plan[x] !== -1 && st.slotOf[x] === -1) st.place(x, plan[x]);
}

/**
 * Kempe-chain interchange of two slots: the meetings reachable from x through shared people or
 * fixed tables, alternating between slots s and t, all swap slots. Nobody gets two meetings in
 * one slot by construction; availability and table counts are checked, and nothing changes when
 * they would break.
 */
class KempeMove {
  private mark: Int32Array;
  private stamp = 0;
  private comp: number[] = [];
  constructor(private readonly st: PlanState) {
    this.mark = new Int32Array(st.m.M);
  }

  flip(x: number, s: number, t: number, limit = 80): boolean {
    const st = this.st;
    const { S, ma, mb, mTableRes, slotCap } = st.m;
    const stamp = ++this.stamp;
    const comp = this.comp;
    comp.length = 0;
    comp.push(x);
    this.mark[x] = stamp;
    let inS = 0;
    let inT = 0;
    for (let i = 0; i < comp.length; i++) {
      const y = comp[i];
      const from = st.slotOf[y];
      const to = from === s ? t : s;
      if (from === s) inS++;
      else inT++;
      if (st.pinned[y] || !st.allowed(y, to) || comp.length > limit) return false;
      for (let r = 0; r < 3; r++) {
        const res = r === 0 ? ma[y] : r === 1 ? mb[y] : mTableRes[y];
        if (res < 0) continue;
        const z = st.occ[res * S + to];
        if (z !== -1 && this.mark[z] !== stamp) {
          this.mark[z] = stamp;
          comp.push(z);
        }
      }
    }
    if (st.load[t] - inT + inS > slotCap[t] || st.load[s] - inS + inT > slotCap[s]) return false;
    const from = comp.map((y) => st.slotOf[y]);
    for (const y of comp) st.unplace(y);
    comp.forEach((y, i) => st.place(y, from[i] === s ? t : s));
    return true;
  }
}
