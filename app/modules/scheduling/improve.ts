import type { ChainSearch } from "./chains";
import type { PlanState } from "./state";

/** Lexicographic objective (1) suppliers served, (2) weight: is `a` better than `b`? */
const better = (a: { served: number; weight: number }, b: { served: number; weight: number }) =>
  a.served > b.served || (a.served === b.served && a.weight > b.weight + 1e-9);

export interface ImproveLimits {
  chainBudget: number;
  deadline: number;
  maxPasses: number;
}

/**
 * Swap-in repair: an unplaced meeting takes the place of one placed meeting in its way (one that
 * holds a slot it needs, or uses up a side's maxMeetings), the displaced meeting is re-placed
 * elsewhere when it can be, and the exchange is kept only when it serves more suppliers, or as
 * many with more weight. Ejection chains do the moving, so one exchange may shift several
 * meetings. Repeated until a pass finds nothing.
 */
export function swapIn(st: PlanState, chains: ChainSearch, limits: ImproveLimits): void {
  const m = st.m;
  const { ma, mb, mw, S, mTableRes, mSlots, cap, partMeetings } = m;
  const victims: number[] = [];
  const seen = new Int32Array(m.M);
  let stamp = 0;
  for (let pass = 0; pass < limits.maxPasses; pass++) {
    const waiting: number[] = [];
    for (let x = 0; x < m.M; x++)
      if (st.slotOf[x] === -1 && !m.disabled[x] && mSlots[x].length > 0) waiting.push(x);
    // Meetings that would serve a new supplier first, then by weight.
    const key = (x: number) => st.newSupplierGain(x) * 1000 + mw[x];
    waiting.sort((x, y) => key(y) - key(x) || mSlots[x].length - mSlots[y].length || x - y);
    let improved = 0;
    for (const x of waiting) {
      if (Date.now() > limits.deadline) return;
      if (st.slotOf[x] !== -1) continue;
      const gain = st.newSupplierGain(x);
      const a = ma[x];
      const b = mb[x];
      const aFull = st.count[a] >= cap[a];
      const bFull = st.count[b] >= cap[b];
      victims.length = 0;
      stamp++;
      const consider = (z: number) => {
        if (z === -1 || seen[z] === stamp || st.pinned[z]) return;
        seen[z] = stamp;
        // Without a new supplier served, only a lighter meeting may give way.
        if (gain === 0 && mw[z] >= mw[x]) return;
        victims.push(z);
      };
      if (aFull || bFull) {
        // A side is at maxMeetings: one of its meetings has to go.
        for (const side of [a, b])
          if (st.count[side] >= cap[side])
            for (const z of partMeetings[side]) if (st.slotOf[z] !== -1) consider(z);
        // Both full: removing one meeting frees both sides only if it joins the same two.
        if (aFull && bFull) {
          const both = victims.filter((z) => (ma[z] === a || mb[z] === a) && (ma[z] === b || mb[z] === b));
          victims.length = 0;
          victims.push(...both);
        }
      } else {
        const slots = mSlots[x];
        for (let i = 0; i < slots.length; i++) {
          const t = slots[i];
          consider(st.occ[a * S + t]);
          consider(st.occ[b * S + t]);
          if (mTableRes[x] >= 0) consider(st.occ[mTableRes[x] * S + t]);
        }
      }
      victims.sort((y, z) => st.soleSupplierLoss(y) - st.soleSupplierLoss(z) || mw[y] - mw[z] || y - z);
      for (const z of victims) {
        const before = { served: st.served, weight: st.weight };
        const mark = st.mark();
        st.unplace(z);
        if (chains.insert(x, limits.chainBudget) >= 0) {
          chains.insert(z, limits.chainBudget);
          if (better(st, before)) {
            st.commit();
            improved++;
            break;
          }
        }
        st.rollback(mark);
        st.commit();
      }
    }
    if (!improved) return;
  }
}
