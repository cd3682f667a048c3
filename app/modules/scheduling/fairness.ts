import type { Model } from "./model";

/**
 * Chooses one meeting for as many requesting suppliers as possible: a maximum b-matching where a
 * supplier takes one meeting and its counterpart at most as many as it has room for (maxMeetings
 * and available slots). This is the same bound sched-check calls fairBound; the time dimension is
 * left to the placement and repair that follow. Solved as a max flow (Dinic), heavier meetings
 * tried first so that, among maximum matchings, the flow leans to the ones people asked for.
 */
export function fairnessMatching(m: Model, usable: (x: number) => boolean): number[] {
  const { P, M, S, ma, mb, mw, isSupplier, cap, partAvail } = m;
  // Nodes: 0 source, 1..P supplier side, P+1..2P counterpart side, 2P+1 sink.
  const N = 2 * P + 2;
  const src = 0;
  const sink = 2 * P + 1;
  const head = new Int32Array(N).fill(-1);
  const to: number[] = [];
  const capa: number[] = [];
  const next: number[] = [];
  const edgeMeeting: number[] = [];
  const addEdge = (u: number, v: number, c: number, meeting: number) => {
    to.push(v, u);
    capa.push(c, 0);
    edgeMeeting.push(meeting, -1);
    next.push(head[u], head[v]);
    head[u] = to.length - 2;
    head[v] = to.length - 1;
  };

  const order = Array.from({ length: M }, (_, i) => i).filter(usable);
  // Added last = tried first by the adjacency lists: so add the lightest first.
  order.sort((x, y) => mw[x] - mw[y] || y - x);
  const hasEdge = new Uint8Array(P);
  const rightUsed = new Uint8Array(P);
  for (const x of order) {
    const [s, o] = isSupplier[ma[x]] ? [ma[x], mb[x]] : isSupplier[mb[x]] ? [mb[x], ma[x]] : [-1, -1];
    if (s < 0) continue;
    addEdge(1 + s, 1 + P + o, 1, x);
    hasEdge[s] = 1;
    rightUsed[o] = 1;
  }
  for (let p = 0; p < P; p++) {
    if (hasEdge[p]) addEdge(src, 1 + p, 1, -1);
    if (rightUsed[p]) {
      let avail = 0;
      for (let s = 0; s < S; s++) avail += partAvail[p * S + s];
      addEdge(1 + P + p, sink, Math.min(cap[p], avail), -1);
    }
  }

  const level = new Int32Array(N);
  const it = new Int32Array(N);
  const queue = new Int32Array(N);
  const bfs = () => {
    level.fill(-1);
    level[src] = 0;
    let qh = 0;
    let qt = 0;
    queue[qt++] = src;
    while (qh < qt) {
      const u = queue[qh++];
      for (let e = head[u]; e !== -1; e = next[e])
        if (capa[e] > 0 && level[to[e]] < 0) {
          level[to[e]] = level[u] + 1;
          queue[qt++] = to[e];
        }
    }
    return level[sink] >= 0;
  };
  // Iterative DFS: the graph is shallow (4 layers) but recursion depth would still be a risk on
  // residual paths through many counterpart nodes.
  const stack = new Int32Array(N);
  const stackEdge = new Int32Array(N);
  const augment = (): boolean => {
    let depth = 0;
    stack[0] = src;
    while (depth >= 0) {
      const u = stack[depth];
      if (u === sink) {
        for (let d = 0; d < depth; d++) {
          capa[stackEdge[d]] -= 1;
          capa[stackEdge[d] ^ 1] += 1;
        }
        return true;
      }
      let advanced = false;
      for (; it[u] !== -1; it[u] = next[it[u]]) {
        const e = it[u];
        const v = to[e];
        if (capa[e] > 0 && level[v] === level[u] + 1) {
          stackEdge[depth] = e;
          stack[++depth] = v;
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
    return false;
  };
  while (bfs()) {
    for (let u = 0; u < N; u++) it[u] = head[u];
    while (augment());
  }
  const chosen: number[] = [];
  for (let e = 0; e < to.length; e += 2) if (edgeMeeting[e] >= 0 && capa[e] === 0) chosen.push(edgeMeeting[e]);
  return chosen;
}
