import type { Model } from "./model";

/**
 * Which meetings to aim for, time left aside: the lexicographic optimum of (suppliers served,
 * weight) over b-matchings, where each participant takes at most min(maxMeetings, available
 * slots) meetings. A min-cost flow: source → supplier side → meeting → counterpart → sink, a
 * supplier's first unit earning a bonus larger than all weights together, every meeting earning
 * its weight, and flow pushed only while a path still earns something.
 *
 * Solved primal-dual: Dijkstra on reduced costs for the potentials, then a blocking flow on the
 * zero-reduced-cost arcs. Weights take few distinct values, so there are few phases and a
 * 20,000-meeting fair solves in well under a second.
 *
 * Participants on both sides of some meetings get a node on each side, so their capacity may be
 * overspent here; placement enforces the true limits. Returns 1 for each selected meeting.
 * On a buyer–supplier instance the number of suppliers it serves is the b-matching bound.
 */
export function selectMeetings(m: Model, usable: (x: number) => boolean, fairFirst = true): Uint8Array {
  const { P, M, S, ma, mb, mw, isSupplier, cap, partAvail } = m;
  const N = 2 * P + 2;
  const src = 0;
  const sink = N - 1;
  const effCap = new Int32Array(P);
  for (let p = 0; p < P; p++) {
    let avail = 0;
    for (let s = 0; s < S; s++) avail += partAvail[p * S + s];
    effCap[p] = Math.min(cap[p], avail);
  }
  let total = 0;
  for (let x = 0; x < M; x++) total += mw[x];
  // Without fairFirst this is the plain maximum-weight b-matching (an upper bound on weight).
  const bonus = fairFirst ? total + 1 : 0;

  const head = new Int32Array(N).fill(-1);
  const to: number[] = [];
  const capa: number[] = [];
  const cost: number[] = [];
  const next: number[] = [];
  const edgeMeeting: number[] = [];
  const addEdge = (u: number, v: number, c: number, w: number, meeting = -1) => {
    to.push(v, u);
    capa.push(c, 0);
    cost.push(w, -w);
    edgeMeeting.push(meeting, -1);
    next.push(head[u], head[v]);
    head[u] = to.length - 2;
    head[v] = to.length - 1;
  };
  const left = new Uint8Array(P);
  const right = new Uint8Array(P);
  for (let x = 0; x < M; x++) {
    if (!usable(x)) continue;
    const [l, r] = !isSupplier[ma[x]] && isSupplier[mb[x]] ? [mb[x], ma[x]] : [ma[x], mb[x]];
    addEdge(1 + l, 1 + P + r, 1, -mw[x], x);
    left[l] = 1;
    right[r] = 1;
  }
  for (let p = 0; p < P; p++) {
    if (left[p] && effCap[p] > 0) {
      if (isSupplier[p]) {
        addEdge(src, 1 + p, 1, -bonus);
        if (effCap[p] > 1) addEdge(src, 1 + p, effCap[p] - 1, 0);
      } else addEdge(src, 1 + p, effCap[p], 0);
    }
    if (right[p] && effCap[p] > 0) addEdge(1 + P + p, sink, effCap[p], 0);
  }

  // Initial potentials: the graph is layered (source, left, right, sink), so one sweep per layer
  // gives exact shortest distances despite the negative costs.
  const pi = new Float64Array(N).fill(Infinity);
  pi[src] = 0;
  for (const layer of [[src], range(1, P + 1), range(P + 1, 2 * P + 1)])
    for (const u of layer) {
      if (pi[u] === Infinity) continue;
      for (let e = head[u]; e !== -1; e = next[e])
        if (capa[e] > 0 && pi[u] + cost[e] < pi[to[e]]) pi[to[e]] = pi[u] + cost[e];
    }
  let maxPi = 0;
  for (let u = 0; u < N; u++) if (pi[u] !== Infinity) maxPi = Math.max(maxPi, pi[u]);
  for (let u = 0; u < N; u++) if (pi[u] === Infinity) pi[u] = maxPi;

  const eps = 1e-7;
  const dist = new Float64Array(N);
  const heap = new MinHeap(N);
  const level = new Int32Array(N);
  const it = new Int32Array(N);
  const queue = new Int32Array(N);
  const stack = new Int32Array(N);
  const stackEdge = new Int32Array(N);
  const admissible = (e: number, u: number) => capa[e] > 0 && Math.abs(cost[e] + pi[u] - pi[to[e]]) < eps;

  for (let phase = 0; phase < 100_000; phase++) {
    // Dijkstra on reduced costs (non-negative by the potentials).
    dist.fill(Infinity);
    dist[src] = 0;
    heap.clear();
    heap.push(src, 0);
    while (heap.size) {
      const [u, d] = heap.pop();
      if (d > dist[u]) continue;
      for (let e = head[u]; e !== -1; e = next[e]) {
        if (capa[e] <= 0) continue;
        const v = to[e];
        const nd = d + Math.max(0, cost[e] + pi[u] - pi[v]);
        if (nd < dist[v] - eps) {
          dist[v] = nd;
          heap.push(v, nd);
        }
      }
    }
    if (dist[sink] === Infinity) break;
    const dmax = dist[sink];
    for (let u = 0; u < N; u++) pi[u] += Math.min(dist[u], dmax);
    // A path now costs pi[sink] - pi[src]: stop once augmenting no longer earns anything.
    if (pi[sink] - pi[src] >= -eps) break;

    // Blocking flow on the admissible (zero reduced cost) arcs, Dinic style.
    for (;;) {
      level.fill(-1);
      level[src] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = src;
      while (qh < qt) {
        const u = queue[qh++];
        for (let e = head[u]; e !== -1; e = next[e])
          if (level[to[e]] < 0 && admissible(e, u)) {
            level[to[e]] = level[u] + 1;
            queue[qt++] = to[e];
          }
      }
      if (level[sink] < 0) break;
      for (let u = 0; u < N; u++) it[u] = head[u];
      for (;;) {
        let depth = 0;
        stack[0] = src;
        let found = false;
        while (depth >= 0) {
          const u = stack[depth];
          if (u === sink) {
            found = true;
            break;
          }
          let advanced = false;
          for (; it[u] !== -1; it[u] = next[it[u]]) {
            const e = it[u];
            if (level[to[e]] === level[u] + 1 && admissible(e, u)) {
              stackEdge[depth] = e;
              stack[++depth] = to[e];
              advanced = true;
              break;
            }
          }
          if (!advanced) {
            level[u] = -1;
            depth--;
            if (depth >= 0) it[stack[depth]] = next[it[stack[depth]]];
          }
        }
        if (!found) break;
        for (let d = 0; d < depth; d++) {
          capa[stackEdge[d]] -= 1;
          capa[stackEdge[d] ^ 1] += 1;
        }
      }
    }
  }
  const chosen = new Uint8Array(M);
  for (let e = 0; e < to.length; e += 2) if (edgeMeeting[e] >= 0 && capa[e] === 0) chosen[edgeMeeting[e]] = 1;
  return chosen;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

class MinHeap {
  private keys: Float64Array;
  private vals: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(capacity * 4 + 16);
    this.vals = new Int32Array(capacity * 4 + 16);
  }
  clear() {
    this.size = 0;
  }
  push(v: number, k: number) {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const vals = new Int32Array(this.size * 2);
      vals.set(this.vals);
      this.keys = keys;
      this.vals = vals;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= k) break;
      this.keys[i] = this.keys[parent];
      this.vals[i] = this.vals[parent];
      i = parent;
    }
    this.keys[i] = k;
    this.vals[i] = v;
  }
  pop(): [number, number] {
    const v = this.vals[0];
    const k = this.keys[0];
    const lastK = this.keys[--this.size];
    const lastV = this.vals[this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.keys[c + 1] < this.keys[c]) c++;
      if (this.keys[c] >= lastK) break;
      this.keys[i] = this.keys[c];
      this.vals[i] = this.vals[c];
      i = c;
    }
    this.keys[i] = lastK;
    this.vals[i] = lastV;
    return [v, k];
  }
}

/**
 * Time-free bounds over the meetings `usable` admits (b-matching): the most suppliers any plan
 * serves (fair-first selection, as sched-check's fairBound) and the most weight any plan places.
 */
export function bMatchingBounds(
  m: Model,
  usable: (x: number) => boolean,
): { served: number; weight: number } {
  const fair = selectMeetings(m, usable, true);
  const served = new Set<number>();
  fair.forEach((c, x) => {
    if (!c) return;
    if (m.isSupplier[m.ma[x]]) served.add(m.ma[x]);
    if (m.isSupplier[m.mb[x]]) served.add(m.mb[x]);
  });
  const heavy = selectMeetings(m, usable, false);
  let weight = 0;
  heavy.forEach((c, x) => (weight += c ? m.mw[x] : 0));
  return { served: served.size, weight };
}
