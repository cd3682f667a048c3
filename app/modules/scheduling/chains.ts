import type { PlanState } from "./state";

/**
 * Places a meeting by an ejection chain: the meeting takes a slot where exactly one meeting is in
 * its way, that meeting moves to a slot where at most one is in its way, and so on until one
 * lands in a free slot. Breadth-first, so the chain found moves the fewest meetings.
 *
 * This is the alternating-path (Kempe chain) step of König's edge-colouring proof generalised to
 * availability, fixed tables and table counts: on a bipartite instance with everybody always
 * available, a chain always exists while both sides have a free slot, which is why max-degree
 * many slots suffice and why this finds such a colouring.
 */
export class ChainSearch {
  private visited: Int32Array;
  private visitStamp = 0;
  private anc: Int32Array;
  private ancStamp = 0;
  // BFS tree, reused between searches.
  private nodeM: number[] = [];
  private nodeParent: number[] = [];
  /** Slot the parent takes = this node's meeting's slot (which it vacates). */
  private nodeVia: number[] = [];

  constructor(private readonly st: PlanState) {
    this.visited = new Int32Array(st.m.M);
    this.anc = new Int32Array(st.m.M);
  }

  /**
   * Places unplaced meeting x, choosing among directly free slots with `score` (lower is better),
   * else by the shortest chain found within `budget` tree nodes. Returns how many other meetings
   * moved, or -1 when no placement was found (the plan is then unchanged).
   */
  insert(x: number, budget: number, score?: (x: number, s: number) => number): number {
    const st = this.st;
    const m = st.m;
    if (st.slotOf[x] !== -1 || m.disabled[x] || !st.hasRoom(x)) return -1;
    const slots = m.mSlots[x];
    let best = -1;
    let bestScore = Infinity;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      if (st.load[s] >= m.slotCap[s] || !st.resourcesFree(x, s)) continue;
      if (!score) {
        best = s;
        break;
      }
      const v = score(x, s);
      if (v < bestScore) {
        bestScore = v;
        best = s;
      }
    }
    if (best >= 0) {
      st.place(x, best);
      return 0;
    }
    if (budget <= 1) return -1;
    const moved = this.chain(x, budget);
    return moved >= 0 ? moved : this.kempe(x, 8);
  }

  /**
   * König's step proper: slot α free for side a, β free for side b; swap α and β along the
   * alternating path of meetings that starts at b, after which α is free for both. The path can
   * be long (the BFS above would not reach it) but it is unique, so following it is linear.
   * Checked move by move against availability and tables, undone when a rule would break.
   */
  private kempe(x: number, tries: number): number {
    const st = this.st;
    const { S, ma, mb, mSlots } = st.m;
    const a = ma[x];
    const b = mb[x];
    const slots = mSlots[x];
    const freeA: number[] = [];
    const freeB: number[] = [];
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      const fa = st.occ[a * S + s] === -1;
      const fb = st.occ[b * S + s] === -1;
      if (fa && !fb) freeA.push(s);
      if (fb && !fa) freeB.push(s);
    }
    let attempts = 0;
    for (const [u, v, us, vs] of [
      [a, b, freeA, freeB],
      [b, a, freeB, freeA],
    ] as const) {
      for (const alpha of us)
        for (const beta of vs) {
          if (attempts++ >= tries) return -1;
          const moved = this.flipAndPlace(x, u, v, alpha, beta);
          if (moved >= 0) return moved;
        }
    }
    return -1;
  }

  private flipAndPlace(x: number, u: number, v: number, alpha: number, beta: number): number {
    const st = this.st;
    const { S, ma, mb } = st.m;
    const path: number[] = [];
    let vertex = v;
    let colour = alpha;
    for (;;) {
      const z = st.occ[vertex * S + colour];
      if (z === -1) break;
      if (st.pinned[z] || path.includes(z)) return -1;
      path.push(z);
      vertex = ma[z] === vertex ? mb[z] : ma[z];
      // An odd cycle through u (only possible off a bipartite graph) would make α busy for u again.
      if (vertex === u) return -1;
      colour = colour === alpha ? beta : alpha;
    }
    const mark = st.mark();
    for (const z of path) st.unplace(z);
    let ok = true;
    for (let i = 0; i < path.length; i++) {
      const z = path[i];
      // The path alternates: even positions sat in α, odd ones in β.
      const to = i % 2 === 0 ? beta : alpha;
      if (!(st.allowed(z, to) && st.resourcesFree(z, to) && st.load[to] < st.m.slotCap[to])) {
        ok = false;
        break;
      }
      st.place(z, to);
    }
    if (ok && st.allowed(x, alpha) && st.resourcesFree(x, alpha) && st.load[alpha] < st.m.slotCap[alpha]) {
      st.place(x, alpha);
      return path.length;
    }
    st.rollback(mark);
    return -1;
  }

  private chain(root: number, budget: number): number {
    const st = this.st;
    const { S, ma, mb, mTableRes, mSlots, slotCap } = st.m;
    const occ = st.occ;
    const nodeM = this.nodeM;
    const nodeParent = this.nodeParent;
    const nodeVia = this.nodeVia;
    nodeM.length = 0;
    nodeParent.length = 0;
    nodeVia.length = 0;
    const stamp = ++this.visitStamp;
    nodeM.push(root);
    nodeParent.push(-1);
    nodeVia.push(-1);
    this.visited[root] = stamp;
    const blockers: number[] = [];
    const ancM: number[] = [];
    const ancT: number[] = [];

    for (let head = 0; head < nodeM.length; head++) {
      const y = nodeM[head];
      // Ancestors on the path to the root, and the slot each of them will move into.
      const aStamp = ++this.ancStamp;
      ancM.length = 0;
      ancT.length = 0;
      for (let k = head; nodeParent[k] !== -1; k = nodeParent[k]) {
        const p = nodeM[nodeParent[k]];
        this.anc[p] = aStamp;
        ancM.push(p);
        ancT.push(nodeVia[k]);
      }
      const ys = st.slotOf[y];
      const ry0 = ma[y];
      const ry1 = mb[y];
      const ry2 = mTableRes[y];
      const slots = mSlots[y];
      for (let i = 0; i < slots.length; i++) {
        const t = slots[i];
        if (t === ys) continue;
        // An ancestor arriving in t on a shared resource cannot be moved again.
        let clash = false;
        for (let j = 0; j < ancM.length && !clash; j++) {
          if (ancT[j] !== t) continue;
          const a = ancM[j];
          if (
            ma[a] === ry0 ||
            ma[a] === ry1 ||
            mb[a] === ry0 ||
            mb[a] === ry1 ||
            (ry2 >= 0 && mTableRes[a] === ry2)
          )
            clash = true;
        }
        if (clash) continue;
        blockers.length = 0;
        let pinnedInWay = false;
        for (let r = 0; r < 3; r++) {
          const res = r === 0 ? ry0 : r === 1 ? ry1 : ry2;
          if (res < 0) continue;
          const o = occ[res * S + t];
          if (o === -1 || o === y || this.anc[o] === aStamp) continue;
          if (st.pinned[o]) pinnedInWay = true;
          else if (!blockers.includes(o)) blockers.push(o);
        }
        if (pinnedInWay || blockers.length > 1) continue;
        if (blockers.length === 0) {
          if (st.load[t] < slotCap[t]) return this.apply(head, t);
          // The slot is full of tables: one meeting of it must leave, whichever can.
          const list = st.inSlot[t];
          for (let j = 0; j < list.length && nodeM.length < budget; j++) {
            const z = list[(j + head) % list.length];
            if (this.visited[z] === stamp || st.pinned[z] || this.anc[z] === aStamp) continue;
            this.visited[z] = stamp;
            nodeM.push(z);
            nodeParent.push(head);
            nodeVia.push(t);
            if (j >= 4) break;
          }
          continue;
        }
        const z = blockers[0];
        if (this.visited[z] === stamp || nodeM.length >= budget) continue;
        this.visited[z] = stamp;
        nodeM.push(z);
        nodeParent.push(head);
        nodeVia.push(t);
      }
    }
    return -1;
  }

  /** Carries out the chain ending at node `leaf`, whose meeting goes to free slot `t`. */
  private apply(leaf: number, t: number): number {
    const st = this.st;
    const done: { x: number; from: number }[] = [];
    let target = t;
    for (let k = leaf; k !== -1; k = this.nodeParent[k]) {
      const x = this.nodeM[k];
      const from = st.slotOf[x];
      if (from !== -1) st.unplace(x);
      const ok =
        st.allowed(x, target) &&
        st.resourcesFree(x, target) &&
        st.load[target] < st.m.slotCap[target] &&
        (from !== -1 || st.hasRoom(x));
      if (!ok) {
        if (from !== -1) st.place(x, from);
        for (let i = done.length - 1; i >= 0; i--) {
          st.unplace(done[i].x);
          if (done[i].from !== -1) st.place(done[i].x, done[i].from);
        }
        return -1;
      }
      st.place(x, target);
      done.push({ x, from });
      target = this.nodeVia[k];
    }
    return done.length - 1;
  }
}
