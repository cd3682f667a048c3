// The embedded index: FTS5 tables in the portal's database (the truth of the index) plus an
// in-memory mirror of the per-document data needed to rank, filter and facet without a query per
// hit. The mirror follows the tables through a generation counter, so a `cli reindex` run in
// another process is picked up by the server on its next search.
import type SQLite from "better-sqlite3";
import { allConcepts, labelsOf } from "../../app/modules/taxonomy/index";
import { perLexicon } from "../../app/modules/taxonomy/lexicon";
import type { SupplierDoc } from "../engine";
import { docHash } from "../hash";
import { isCertificateValid } from "../../app/modules/certificates/validity";
import { analyse, documentColumns, fitOrder, toEntry, type Entry } from "./analysis";
import { encodeColumn } from "./fts";
import { Postings } from "./postings";
import { facetCodesOf, preferredSpelling, tallyAll, type FacetUniverse } from "./facets";
import { bumpGeneration, readGeneration } from "./schema";
import { Vocabulary } from "./typos";

/**
 * Label words of the taxonomy: typo targets even before any firm uses them ("injetcion" -> injection).
 * Per lexicon, like the query reading's word set (attached terms add words).
 */
const taxonomyVocabulary = perLexicon(() => {
  const set = new Set<string>();
  for (const c of allConcepts()) for (const l of labelsOf(c.id)) for (const t of analyse(l)) set.add(t);
  return [...set];
});

export class IndexStore {
  entries = new Map<number, Entry>();
  byRef = new Map<string, number>();
  conceptDocs = new Map<string, Set<number>>();
  /** Concept -> documents holding it surely (Entry.sure: not only as a near concept). */
  sureDocs = new Map<string, Set<number>>();
  /** Certificate standard -> documents holding one (valid or not: validity depends on the date). */
  certDocs = new Map<string, Set<number>>();
  /** The largest document id in the mirror (for id-indexed typed arrays). */
  maxId = 0;
  vocabulary = new Vocabulary();
  postings = new Postings();
  /** Bumped on every change to the mirror: caches derived from it compare versions. */
  version = 0;
  /** Folded zone -> spelling -> documents, for the zone facet's labels. */
  private zoneSpellings = new Map<string, Map<string, number>>();
  private sortedCache: { version: number; list: Entry[] } | null = null;
  private refCache: { version: number; rankOf: Int32Array; byRank: Entry[] } | null = null;
  // What depends on the documents and on the date validity is judged on: kept until the next
  // change (version) or another date.
  private totals = this.perVersionAndDate((asOf) => tallyAll(this.refOrder().byRank, asOf));
  private codes = this.perVersionAndDate((asOf) => facetCodesOf(this.refOrder().byRank, asOf));
  private certCounts = this.perVersionAndDate((asOf) => {
    const { rankOf, byRank } = this.refOrder();
    const counts = new Uint8Array(rankOf.length);
    for (const e of byRank) counts[e.serial] = Math.min(255, validCertificates(e, asOf));
    return counts;
  });
  /** Certificate standard -> documents holding one valid on asOf (filled as queries name them). */
  private validHolders = this.perVersionAndDate(() => new Map<string, number[]>());
  private generation = -1;
  private statements = new Map<string, SQLite.Statement>();

  constructor(private sqlite: SQLite.Database) {}

  /** Reloads the mirror when another process (or engine instance) changed the index. */
  sync(): void {
    const gen = Number(
      this.statement(`SELECT value FROM search_meta WHERE key = 'generation'`).pluck().get() ?? 0,
    );
    if (gen !== this.generation) this.load(gen);
  }

  private load(gen: number): void {
    this.entries.clear();
    this.byRef.clear();
    this.conceptDocs.clear();
    this.sureDocs.clear();
    this.certDocs.clear();
    this.maxId = 0;
    this.vocabulary = new Vocabulary();
    this.postings = new Postings();
    this.zoneSpellings.clear();
    this.zoneLabels.clear();
    const rows = this.sqlite
      .prepare(
        `SELECT d.id, d.doc, f.name, f.capabilities, f.description
         FROM search_docs d JOIN search_fts f ON f.rowid = d.id`,
      )
      .raw()
      .all() as [number, string, string, string, string][];
    for (const [id, json, name, caps, desc] of rows) {
      this.addEntry(toEntry(id, JSON.parse(json) as SupplierDoc, [split(name), split(caps), split(desc)]));
    }
    for (const [term, docs] of this.sqlite.prepare(`SELECT term, doc FROM search_vocab`).raw().all() as [
      string,
      number,
    ][])
      this.vocabulary.add(term, docs);
    for (const w of taxonomyVocabulary()) this.vocabulary.add(w, 0);
    this.generation = gen;
  }

  private addEntry(e: Entry): void {
    this.version++;
    this.spelling(e, 1);
    this.entries.set(e.id, e);
    this.postings.add(e);
    this.byRef.set(e.ref, e.id);
    if (e.id > this.maxId) this.maxId = e.id;
    for (const c of e.concepts) addTo(this.conceptDocs, c, e.id);
    for (const c of e.sure) addTo(this.sureDocs, c, e.id);
    for (const c of e.certs) addTo(this.certDocs, c.id, e.id);
  }

  private dropEntry(id: number): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.version++;
    this.spelling(e, -1);
    this.entries.delete(id);
    this.postings.remove(e);
    this.byRef.delete(e.ref);
    for (const c of e.concepts) this.conceptDocs.get(c)?.delete(id);
    for (const c of e.sure) this.sureDocs.get(c)?.delete(id);
    for (const c of e.certs) this.certDocs.get(c.id)?.delete(id);
  }

  private spelling(e: Entry, delta: number): void {
    if (!e.zoneKey || !e.doc.industrialZone) return;
    this.zoneLabels.delete(e.zoneKey);
    let m = this.zoneSpellings.get(e.zoneKey);
    if (!m) this.zoneSpellings.set(e.zoneKey, (m = new Map()));
    m.set(e.doc.industrialZone, (m.get(e.doc.industrialZone) ?? 0) + delta);
  }

  /** Each zone's label, cleared whenever a spelling count changes: the facets ask for every zone
   * on every search, and choosing the spelling sorts and normalises each time. */
  private zoneLabels = new Map<string, string>();
  zoneLabel = (key: string): string => {
    let label = this.zoneLabels.get(key);
    if (label === undefined) {
      const m = this.zoneSpellings.get(key);
      label = (m && preferredSpelling(m)) || key;
      this.zoneLabels.set(key, label);
    }
    return label;
  };

  /** Every document in name order (the listing without a query), cached until the next change. */
  sortedByName(): Entry[] {
    if (this.sortedCache?.version !== this.version) {
      const list = [...this.entries.values()].sort((a, b) =>
        a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.ref < b.ref ? -1 : 1,
      );
      this.sortedCache = { version: this.version, list };
    }
    return this.sortedCache.list;
  }

  /** Every document in its static fit order (fitOrder in analysis.ts: verified, completeness,
   * freshness, then ref), and each one's place in it by serial (the ranking's last tie-breaks),
   * cached until the next change. */
  refOrder(): { rankOf: Int32Array; byRank: Entry[] } {
    if (this.refCache?.version !== this.version) {
      const byRank = [...this.entries.values()].sort(fitOrder);
      let max = 0;
      for (const e of byRank) if (e.serial > max) max = e.serial;
      const rankOf = new Int32Array(max + 1);
      byRank.forEach((e, i) => (rankOf[e.serial] = i));
      this.refCache = { version: this.version, rankOf, byRank };
    }
    return this.refCache;
  }

  /** `make(asOf)`, remembered for the latest asOf until the next change. */
  private perVersionAndDate<T>(make: (asOf: string) => T): (asOf: string) => T {
    let kept: { version: number; asOf: string; value: T } | null = null;
    return (asOf) => {
      if (kept?.version !== this.version || kept.asOf !== asOf)
        kept = { version: this.version, asOf, value: make(asOf) };
      return kept.value;
    };
  }

  /** Facet counts over every document on asOf (see countFacets), cached until the next change. */
  facetUniverse(): FacetUniverse {
    return { all: this.refOrder().byRank, totals: this.totals, codes: this.codes };
  }

  /**
   * How many distinct certifications each document holds valid on asOf, by serial (at most 255),
   * cached until the next change or another date: the ranking's certificate tie-break asked it
   * of every hit on every search.
   */
  validCertificateCounts(asOf: string): Uint8Array {
    return this.certCounts(asOf);
  }

  /**
   * The documents holding a certificate of this standard valid on asOf, cached until the next
   * change or another date: a query naming ISO 9001 checked thousands of firms' certificates on
   * every search.
   */
  validCertDocs(standard: string, asOf: string): number[] {
    const byStandard = this.validHolders(asOf);
    let ids = byStandard.get(standard);
    if (!ids) {
      ids = [];
      for (const id of this.certDocs.get(standard) ?? [])
        if (
          this.entries.get(id)!.certs.some((c) => c.id === standard && isCertificateValid(c.validUntil, asOf))
        )
          ids.push(id);
      byStandard.set(standard, ids);
    }
    return ids;
  }

  upsert(docs: SupplierDoc[]): void {
    const find = this.sqlite.prepare(`SELECT id FROM search_docs WHERE ref = ?`).pluck();
    const insertDoc = this.sqlite
      .prepare(`INSERT INTO search_docs (ref, doc, hash) VALUES (?, ?, ?) RETURNING id`)
      .pluck();
    const updateDoc = this.sqlite.prepare(`UPDATE search_docs SET doc = ?, hash = ? WHERE id = ?`);
    const deleteFts = this.sqlite.prepare(`DELETE FROM search_fts WHERE rowid = ?`);
    const insertFts = this.sqlite.prepare(
      `INSERT INTO search_fts (rowid, name, capabilities, description) VALUES (?, ?, ?, ?)`,
    );
    const written: Entry[] = [];
    const wasCurrent = this.isCurrent();
    const gen = this.sqlite.transaction(() => {
      for (const doc of docs) {
        const json = JSON.stringify(doc);
        const hash = docHash(doc);
        const cols = documentColumns(doc);
        let id = find.get(doc.ref) as number | undefined;
        if (id === undefined) id = insertDoc.get(doc.ref, json, hash) as number;
        else {
          updateDoc.run(json, hash, id);
          deleteFts.run(id);
        }
        insertFts.run(id, encodeColumn(cols[0]), encodeColumn(cols[1]), encodeColumn(cols[2]));
        written.push(toEntry(id, doc, cols));
      }
      return bumpGeneration(this.sqlite);
    })();
    // Keep the mirror in step without a reload when it was current before this write.
    if (wasCurrent) {
      for (const e of written) {
        this.dropEntry(e.id);
        this.addEntry(e);
        for (const col of e.cols) for (const t of col) if (!this.vocabulary.has(t)) this.vocabulary.add(t, 1);
      }
      this.generation = gen;
    }
  }

  remove(refs: string[]): void {
    const find = this.sqlite.prepare(`SELECT id FROM search_docs WHERE ref = ?`).pluck();
    const deleteDoc = this.sqlite.prepare(`DELETE FROM search_docs WHERE id = ?`);
    const deleteFts = this.sqlite.prepare(`DELETE FROM search_fts WHERE rowid = ?`);
    const wasCurrent = this.isCurrent();
    const removed: number[] = [];
    const gen = this.sqlite.transaction(() => {
      for (const ref of refs) {
        const id = find.get(ref) as number | undefined;
        if (id === undefined) continue;
        deleteFts.run(id);
        deleteDoc.run(id);
        removed.push(id);
      }
      return bumpGeneration(this.sqlite);
    })();
    if (wasCurrent) {
      for (const id of removed) this.dropEntry(id);
      this.generation = gen;
    }
  }

  clear(): void {
    this.sqlite.transaction(() => {
      this.sqlite.exec(`DELETE FROM search_fts; DELETE FROM search_docs;`);
      bumpGeneration(this.sqlite);
    })();
    this.generation = -1;
  }

  count(): number {
    return this.sqlite.prepare(`SELECT count(*) FROM search_docs`).pluck().get() as number;
  }

  hashes(): Map<string, string> {
    const rows = this.sqlite.prepare(`SELECT ref, hash FROM search_docs`).raw().all() as [string, string][];
    return new Map(rows);
  }

  /** Rowids of the documents whose text matches an FTS5 expression (built by fts.ts only). */
  match(expression: string): number[] {
    return this.statement(`SELECT rowid FROM search_fts WHERE search_fts MATCH ?`)
      .pluck()
      .all(expression) as number[];
  }

  private statement(text: string): SQLite.Statement {
    let st = this.statements.get(text);
    if (!st) this.statements.set(text, (st = this.sqlite.prepare(text)));
    return st;
  }

  private isCurrent(): boolean {
    return this.generation !== -1 && readGeneration(this.sqlite) === this.generation;
  }
}

/** Distinct certifications the firm holds valid on asOf (the one rule, docs/decisions/160). */
function validCertificates(e: Entry, asOf: string): number {
  let n = 0;
  for (let i = 0; i < e.certs.length; i++) {
    const c = e.certs[i];
    if (!isCertificateValid(c.validUntil, asOf)) continue;
    let dup = false;
    for (let j = 0; j < i; j++)
      if (e.certs[j].id === c.id && isCertificateValid(e.certs[j].validUntil, asOf)) dup = true;
    if (!dup) n++;
  }
  return n;
}

function addTo(index: Map<string, Set<number>>, key: string, id: number): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(id);
}

function split(col: string): string[] {
  return col ? col.split(" ") : [];
}
