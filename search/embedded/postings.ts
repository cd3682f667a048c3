// An in-memory inverted index over the mirror (token -> document, position), so ranking reads the
// positions of the query's words only, instead of walking every token of every candidate.
// Updates append; a replaced document's old postings die with its serial and are swept out when
// they make up a third of the lists.
import { COL_SPAN, type Entry } from "./analysis";

export class Postings {
  /** token -> [serial, position, serial, position, …]; position = column * COL_SPAN + offset. */
  private lists = new Map<string, number[]>();
  private live = new Map<number, Entry>();
  private sorted: string[] | null = null;
  private dead = 0;
  private total = 0;

  add(e: Entry): void {
    this.live.set(e.serial, e);
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
    for (const col of e.cols) this.dead += col.length;
    if (this.dead * 3 > this.total) this.compact();
  }

  get(token: string): number[] | undefined {
    return this.lists.get(token);
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
    this.sorted = null;
    this.dead = 0;
    this.total = 0;
    for (const e of entries) this.add(e);
  }
}
