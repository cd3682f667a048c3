import type { Model } from "./model";

/**
 * A partial plan: which slot each meeting sits in, with the counters the objectives need kept
 * up to date on every move (suppliers served, total weight, idle gaps), so a local-search step
 * costs O(1) to evaluate and to undo.
 */
export class PlanState {
  readonly slotOf: Int32Array;
  /** R×S: meeting holding the resource in that slot, or -1. */
  readonly occ: Int32Array;
  readonly load: Int32Array;
  readonly count: Int32Array;
  /** Maximal runs of consecutive busy slots per participant: gaps = runs - 1. */
  readonly runs: Int32Array;
  /** Pinned meetings never move (already started, or frozen by the caller). */
  readonly pinned: Uint8Array;
  /** Meetings of each slot, with each meeting's position for O(1) removal. */
  readonly inSlot: number[][];
  private readonly posInSlot: Int32Array;
  /** Every place/unplace since the last commit, so a trial move can be undone exactly. */
  private journal: number[] = [];
  served = 0;
  weight = 0;
  placed = 0;
  gaps = 0;

  constructor(readonly m: Model) {
    this.slotOf = new Int32Array(m.M).fill(-1);
    this.occ = new Int32Array(m.R * m.S).fill(-1);
    this.load = new Int32Array(m.S);
    this.count = new Int32Array(m.P);
    this.runs = new Int32Array(m.P);
    this.pinned = new Uint8Array(m.M);
    this.inSlot = Array.from({ length: m.S }, () => []);
    this.posInSlot = new Int32Array(m.M).fill(-1);
  }

  /** Slot s is free for all of meeting x's resources and allowed for x (capacity not checked). */
  resourcesFree(x: number, s: number): boolean {
    const { S, ma, mb, mTableRes } = this.m;
    const o = this.occ;
    if (o[ma[x] * S + s] !== -1 || o[mb[x] * S + s] !== -1) return false;
    const t = mTableRes[x];
    return t < 0 || o[t * S + s] === -1;
  }

  allowed(x: number, s: number): boolean {
    const { S, ma, mb, partAvail, mTableRes, tableAvail, P } = this.m;
    if (!partAvail[ma[x] * S + s] || !partAvail[mb[x] * S + s]) return false;
    const t = mTableRes[x];
    return t < 0 || tableAvail[(t - P) * S + s] === 1;
  }

  hasRoom(x: number): boolean {
    return (
      this.count[this.m.ma[x]] < this.m.cap[this.m.ma[x]] &&
      this.count[this.m.mb[x]] < this.m.cap[this.m.mb[x]]
    );
  }

  private busy(p: number, s: number): boolean {
    return s >= 0 && s < this.m.S && this.occ[p * this.m.S + s] !== -1;
  }

  private gapsOf(p: number): number {
    return this.runs[p] > 0 ? this.runs[p] - 1 : 0;
  }

  /** Marks participant p busy at s, keeping runs and gaps current. */
  private occupyPart(p: number, s: number, x: number) {
    const l = this.busy(p, s - 1);
    const r = this.busy(p, s + 1);
    const before = this.gapsOf(p);
    this.runs[p] += l && r ? -1 : !l && !r ? 1 : 0;
    this.occ[p * this.m.S + s] = x;
    this.gaps += this.gapsOf(p) - before;
  }

  private releasePart(p: number, s: number) {
    this.occ[p * this.m.S + s] = -1;
    const l = this.busy(p, s - 1);
    const r = this.busy(p, s + 1);
    const before = this.gapsOf(p);
    this.runs[p] += l && r ? 1 : !l && !r ? -1 : 0;
    this.gaps += this.gapsOf(p) - before;
  }

  place(x: number, s: number) {
    const { S, ma, mb, mTableRes, isSupplier, mw } = this.m;
    const a = ma[x];
    const b = mb[x];
    this.slotOf[x] = s;
    this.occupyPart(a, s, x);
    this.occupyPart(b, s, x);
    if (mTableRes[x] >= 0) this.occ[mTableRes[x] * S + s] = x;
    this.load[s]++;
    this.posInSlot[x] = this.inSlot[s].length;
    this.inSlot[s].push(x);
    if (this.count[a]++ === 0 && isSupplier[a]) this.served++;
    if (this.count[b]++ === 0 && isSupplier[b]) this.served++;
    this.weight += mw[x];
    this.placed++;
    this.journal.push(x, -1);
  }

  unplace(x: number) {
    const { S, ma, mb, mTableRes, isSupplier, mw } = this.m;
    const s = this.slotOf[x];
    const a = ma[x];
    const b = mb[x];
    this.slotOf[x] = -1;
    this.releasePart(a, s);
    this.releasePart(b, s);
    if (mTableRes[x] >= 0) this.occ[mTableRes[x] * S + s] = -1;
    this.load[s]--;
    const list = this.inSlot[s];
    const pos = this.posInSlot[x];
    const last = list.pop()!;
    if (last !== x) {
      list[pos] = last;
      this.posInSlot[last] = pos;
    }
    this.posInSlot[x] = -1;
    if (--this.count[a] === 0 && isSupplier[a]) this.served--;
    if (--this.count[b] === 0 && isSupplier[b]) this.served--;
    this.weight -= mw[x];
    this.placed--;
    this.journal.push(x, s);
  }

  /** Position in the journal to roll back to. */
  mark(): number {
    return this.journal.length;
  }

  /** Undoes every place/unplace after `mark`. */
  rollback(mark: number) {
    while (this.journal.length > mark) {
      const from = this.journal[this.journal.length - 1];
      const x = this.journal[this.journal.length - 2];
      if (from === -1) this.unplace(x);
      else this.place(x, from);
      // The inverse operation journalled itself: drop it together with the original entry.
      this.journal.length -= 4;
    }
  }

  /** Forgets the journal: the moves so far are kept for good. */
  commit() {
    this.journal.length = 0;
  }

  move(x: number, s: number) {
    this.unplace(x);
    this.place(x, s);
  }

  /** Suppliers who would lose their only meeting if x were removed. */
  soleSupplierLoss(x: number): number {
    const { ma, mb, isSupplier } = this.m;
    return (
      (isSupplier[ma[x]] && this.count[ma[x]] === 1 ? 1 : 0) +
      (isSupplier[mb[x]] && this.count[mb[x]] === 1 ? 1 : 0)
    );
  }

  /** Suppliers who would get their first meeting if x were added. */
  newSupplierGain(x: number): number {
    const { ma, mb, isSupplier } = this.m;
    return (
      (isSupplier[ma[x]] && this.count[ma[x]] === 0 ? 1 : 0) +
      (isSupplier[mb[x]] && this.count[mb[x]] === 0 ? 1 : 0)
    );
  }
}
