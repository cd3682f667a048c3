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
export function compactGaps(st: PlanState, chains: ChainSearch, rng: () => number, limits: CompactLimits): void {
  const m = st.m;
  const { S, ma, mb, mTableRes, partAvail, slotCap } = m;
  const placedList: number[] = [];
  for (let x = 0; x < m.M; x++) if (st.slotOf[x] !== -1 && !st.pinned[x]) placedList.push(x);
  if (!placedList.length || st.gaps === 0) return;
  st.commit();
  let best = st.gaps;
  let bestPlan = st.slotOf.slice();
  const T0 = 0.6;
  const T1 = 0.03;
  const n = limits.iterations;
  let temp = T0;
  const cool = Math.pow(T1 / T0, 1 / Math.max(1, n));

  for (let iter = 0; iter < n; iter++) {
    temp *= cool;
    if ((iter & 1023) === 0 && Date.now() > limits.deadline) break;
    const x = placedList[(rng() * placedList.length) | 0];
    const a = ma[x];
    const b = mb[x];
    const ga = st.runs[a] > 1;
    const gb = st.runs[b] > 1;
    if (!ga && !gb) continue;
    const p = ga && gb ? (rng() < 0.5 ? a : b) : ga ? a : b;
    const s = st.slotOf[x];
    // Target: beside another busy slot of p (so p's day closes up), sometimes anywhere allowed.
    let t: number;
    if (rng() < 0.85) {
      const k = (rng() * S) | 0;
      t = -1;
      for (let j = 0; j < S; j++) {
        const u = (k + j) % S;
        if (u !== s && st.occ[p * S + u] !== -1) {
          t = rng() < 0.5 ? u - 1 : u + 1;
          if (t < 0 || t >= S || t === s || st.occ[p * S + t] !== -1) t = u + u - t;
          break;
        }
      }
    } else {
      const slots = m.mSlots[x];
      t = slots[(rng() * slots.length) | 0];
    }
    if (t < 0 || t >= S || t === s || !st.allowed(x, t)) continue;
    // Meetings in x's way at t.
    const o1 = st.occ[a * S + t];
    const o2 = st.occ[b * S + t];
    const o3 = mTableRes[x] >= 0 ? st.occ[mTableRes[x] * S + t] : -1;
    const blockers = [o1, o2, o3].filter((z, i, arr) => z !== -1 && arr.indexOf(z) === i);
    if (blockers.length > 1 || blockers.some((z) => st.pinned[z])) continue;
    const before = st.gaps;
    const mark = st.mark();
    st.unplace(x);
    let ok: boolean;
    if (blockers.length === 0 && st.load[t] < slotCap[t]) {
      st.place(x, t);
      ok = true;
    } else {
      // Make room: the meeting in the way (or, in a full slot, any meeting of it) goes to x's old
      // slot when it fits there, else along a short ejection chain.
      let z = blockers[0] ?? -1;
      if (z === -1) {
        const list = st.inSlot[t];
        z = list[(rng() * list.length) | 0];
        if (st.pinned[z]) z = -1;
      }
      ok = false;
      if (z !== -1) {
        st.unplace(z);
        st.place(x, t);
        if (st.allowed(z, s) && st.resourcesFree(z, s) && st.load[s] < slotCap[s] && partAvail[ma[z] * S + s]) {
          st.place(z, s);
          ok = true;
        } else ok = chains.insert(z, limits.chainBudget) >= 0;
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
