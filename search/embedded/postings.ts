// An in-memory inverted index over the mirror (token -> document, position), so ranking reads the
// positions of the query's words only, instead of walking every token of every candidate.
// Updates append; a replaced document's old postings die with its serial and are swept out when
// they make up a third of the lists.
import { COL_SPAN, type Entry } from "./analysis";

export class Postings {
  /** token -> [serial, position, serial, position, …]; position = column * COL_SPAN + offset. */
  private lists = new Map<string, number[]>();
  private live = new Map<number, Entry>();
  /** By serial: the live entry's id + 1, 0 when the serial is dead or unknown. */
  private idBySerial = new Int32Array(1024);
  private sorted: string[] | null = null;
  private dead = 0;
  private total = 0;

  add(e: Entry): void {
    this.live.set(e.serial, e);
    if (e.serial >= this.idBySerial.length) {
      const grown = new Int32Array(Math.max(e.serial + 1, this.idBySerial.length * 2));
      grown.set(this.idBySerial);
      this.idBySerial = grown;
    }
    this.idBySerial[e.serial] = e.id + 1;
    for (let c = 0; c < e.cols.length; c++) {
      const col = e.cols[c];
      for (let p = 0; p < col.length; p++) {
        let list = this.lists.get(col[p]);
        if (!list) {
          this.lists.set(col[p], (list = []));
          this.sorted = null;
        }
        list.push(e.serial, c * COL_SPAN + p);
      }
      this.total += col.length;
    }
  }

  remove(e: Entry): void {
    if (!this.live.delete(e.serial)) return;
    this.idBySerial[e.serial] = 0;
    for (const col of e.cols) this.dead += col.length;
    if (this.dead * 3 > this.total) this.compact();
  }

  get(token: string): number[] | undefined {
    return this.lists.get(token);
  }

  /**
   * Ids of the live documents holding, for every slot, one of its tokens or a token starting
   * with its prefix, in ascending id order: what FTS5 answers to the same AND of ORs (and of
   * prefix queries) when every token is one FTS5 reads as itself (see `isStoredToken` in fts.ts).
   * `stamp` is scratch space over ids, at least maxId + 1 long, zero on entry and on return.
   */
  docsWithAll(slots: { words: Iterable<string>; prefix?: string }[], stamp: Int32Array, out: number[]): void {
    let lo = stamp.length;
    let hi = -1;
    // stamp[id] = j once the document matched slots 0..j-1: a slot's tokens lift only documents
    // at j, so a document found through several tokens of one slot is lifted once.
    for (let j = 0; j < slots.length; j++) {
      const visit = (tok: string) => {
        const list = this.lists.get(tok);
        if (!list) return;
        for (let i = 0; i < list.length; i += 2) {
          const id = this.idBySerial[list[i]] - 1;
          if (id < 0 || stamp[id] !== j) continue;
          stamp[id] = j + 1;
          if (j === 0) {
            if (id < lo) lo = id;
            if (id > hi) hi = id;
          }
        }
      };
      for (const tok of slots[j].words) visit(tok);
      const prefix = slots[j].prefix;
      if (prefix !== undefined) for (const tok of this.withPrefix(prefix)) visit(tok);
    }
    for (let id = lo; id <= hi; id++) {
      if (stamp[id] === slots.length) out.push(id);
      stamp[id] = 0;
    }
  }

  /** Index words that start with `prefix` (binary search over the sorted words). */
  withPrefix(prefix: string): string[] {
    this.sorted ??= [...this.lists.keys()].sort();
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < s.length && s[i].startsWith(prefix); i++) out.push(s[i]);
    return out;
  }

  private compact(): void {
    const entries = [...this.live.values()];
    this.lists.clear();
    this.live.clear();
    this.idBySerial.fill(0);
    this.sorted = null;
    this.dead = 0;
    this.total = 0;
    for (const e of entries) this.add(e);
  }
}
