// The taxonomy's reach over firms' and buyers' own words (issue 15, /admin/taxonomy): which terms
// no concept was found for, most frequent first, and an organiser attaching one to a concept.
// Attaching stores the term (taxonomy_terms), makes the process's lexicon read it as a synonym,
// maps the existing terms with that key, and queues their firms for reindexing (search outbox);
// matching sees it on its next request (taxonomy_terms is part of its directory fingerprint).
import type { Db } from "../../db/connection";
import { auditAction } from "~/services/audit.server";
import { enqueueSupplierSync } from "../../db/queries/outbox";
import {
  findTaxonomyTerm,
  insertTaxonomyTerm,
  listTaxonomyTerms,
  requestTermsForLearning,
  setCapabilityTermsConcept,
  setRequestTermsConcept,
  supplierDescriptions,
  supplierTermsForLearning,
  touchUpdated,
  unmappedCapabilityTerms,
  unmappedRequestTerms,
  type UnmappedRow,
} from "../../db/queries/taxonomy-terms";
import { auditActor, type Actor } from "../modules/auth/permissions";
import {
  allConcepts,
  conceptsOfDescription,
  findConcepts,
  getConcept,
  isA,
  mapTermOwn,
  type Lang,
} from "../modules/taxonomy";
import { phraseKey } from "../modules/taxonomy/keys";
import { weighTerms, type FirmRecord, type TermEvidence } from "../modules/taxonomy/learned";
import type { TermKind } from "../modules/taxonomy/types";
import { setAttachedTerms, setLearnedReadings } from "../modules/taxonomy/lexicon";

export interface UnmappedTerm {
  kind: TermKind;
  /** The lookup key the term's spellings share (folded, singular). */
  key: string;
  /** The commonest spelling. */
  text: string;
  /** Firms writing it, requests asking for it. */
  firms: number;
  requests: number;
}

/**
 * Makes the lexicon read the attached terms of this database: at start (scripts/start.ts), after
 * an attachment, and when the page is shown (another process may have attached one). The lexicon
 * is rebuilt only when the list changed.
 */
export async function loadAttachedTerms(db: Db): Promise<void> {
  const rows = await listTaxonomyTerms(db);
  setAttachedTerms(rows.map((r) => ({ conceptId: r.conceptId, text: r.text })));
}

/**
 * The evidence of the last learning in this process, by kind + key (for /admin/taxonomy); on
 * globalThis like the readings themselves (taxonomy/lexicon.ts), for the server script and the
 * Remix build share them.
 */
type Evidence = Map<string, TermEvidence & { text: string }>;
const EVIDENCE = "__cnhtLearnedEvidence";
const held = globalThis as unknown as Record<string, Evidence | undefined>;
const evidenceMap = (): Evidence => (held[EVIDENCE] ??= new Map());
const evidenceKey = (kind: string, key: string) => `${kind}\u0000${key}`;

const TERM_KINDS = new Set<string>(["process", "material", "product"]);

/**
 * Readings learned from the directory itself (taxonomy/learned.ts, docs/decisions/610): from
 * every active supplier's capability terms and descriptions, the unmapped terms whose firms
 * clearly describe one concept are read as that concept, near (confidence below 1). The lexicon
 * reads them from now on; every stored capability or request term no phrase of its own gives is
 * set to its learned concept (or back to none), and the firms whose terms changed are queued for
 * reindexing. Run at the end of an import and at start; the same directory always gives the same
 * readings, so a second run changes nothing.
 */
export async function refreshLearnedReadings(
  db: Db,
): Promise<{ learned: number; firms: number; requests: number }> {
  await loadAttachedTerms(db);
  const [terms, orgs, requestTerms] = await Promise.all([
    supplierTermsForLearning(db),
    supplierDescriptions(db),
    requestTermsForLearning(db),
  ]);
  const records = new Map<number, FirmRecord>();
  for (const o of orgs) {
    const described: FirmRecord["described"] = [];
    for (const text of [o.descriptionVi, o.descriptionEn, o.descriptionJa]) {
      if (!text) continue;
      for (const id of [...conceptsOfDescription(text), ...findConcepts(text, "material")]) {
        const kind = getConcept(id)?.kind;
        if (kind && TERM_KINDS.has(kind)) described.push({ id, kind: kind as TermKind });
      }
    }
    records.set(o.id, { unmapped: [], described, listed: [] });
  }
  const ownOf = (t: { kind: TermKind; text: string }) => mapTermOwn(t.text, t.kind)?.id ?? null;
  for (const t of terms) {
    const r = records.get(t.owner);
    if (!r) continue;
    const own = ownOf(t);
    if (own) r.listed.push({ id: own, kind: t.kind });
    else r.unmapped.push({ kind: t.kind, key: phraseKey(t.text) });
  }
  const weighed = weighTerms([...records.values()], { isA });
  // The commonest spelling of each key, for the page (ties: the first in alphabetical order).
  const spellings = new Map<string, Map<string, number>>();
  for (const t of terms) {
    const k = evidenceKey(t.kind, phraseKey(t.text));
    const m = spellings.get(k) ?? spellings.set(k, new Map()).get(k)!;
    m.set(t.text, (m.get(t.text) ?? 0) + 1);
  }
  const commonest = (k: string) =>
    [...(spellings.get(k) ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )[0]?.[0];
  held[EVIDENCE] = new Map(
    weighed.map((e) => {
      const k = evidenceKey(e.kind, e.key);
      return [k, { ...e, text: commonest(k) ?? e.key }];
    }),
  );
  const learned = weighed.filter((e) => e.strong);
  setLearnedReadings(learned);

  // A stored term no phrase of its own reads holds its learned concept, or none.
  const wanted = (t: { kind: TermKind; text: string; conceptId: string | null }) => {
    if (ownOf(t)) return undefined;
    const e = evidenceMap().get(evidenceKey(t.kind, phraseKey(t.text)));
    const id = e?.strong ? e.conceptId : null;
    return id === t.conceptId ? undefined : id;
  };
  const changes = <T extends { id: number; kind: TermKind; text: string; conceptId: string | null }>(
    rows: T[],
  ) => {
    const out = new Map<string | null, number[]>();
    for (const t of rows) {
      const id = wanted(t);
      if (id !== undefined) (out.get(id) ?? out.set(id, []).get(id)!).push(t.id);
    }
    return out;
  };
  const capChanges = changes(terms);
  const reqChanges = changes(requestTerms);
  const changedIds = new Set([...reqChanges.values()].flat());
  const reqOwners = new Set(requestTerms.filter((t) => changedIds.has(t.id)).map((t) => t.owner));
  if (capChanges.size === 0 && reqChanges.size === 0)
    return { learned: learned.length, firms: 0, requests: 0 };
  return db.transaction().execute(async (tx) => {
    const refs = new Set<string>();
    for (const [id, ids] of capChanges)
      for (const ref of await setCapabilityTermsConcept(tx, ids, id)) refs.add(ref);
    let requests = 0;
    for (const [id, ids] of reqChanges) {
      await setRequestTermsConcept(tx, ids, id);
      requests += ids.length;
    }
    const sorted = [...refs].sort();
    await touchUpdated(tx, { orgRefs: sorted, requestIds: [...reqOwners].sort((a, b) => a - b) });
    for (const ref of sorted) await enqueueSupplierSync(tx, ref, "upsert");
    return { learned: learned.length, firms: sorted.length, requests };
  });
}

/** Every term the last learning weighed, learned ones first, then by firms writing it. */
export function weighedTerms(): (TermEvidence & { text: string })[] {
  return [...evidenceMap().values()].sort(
    (a, b) => Number(b.strong) - Number(a.strong) || b.firms - a.firms || (a.key < b.key ? -1 : 1),
  );
}

/** The concept the directory suggests for a term, with its evidence (null: none). */
export function termEvidence(kind: TermKind, key: string): (TermEvidence & { text: string }) | null {
  return evidenceMap().get(evidenceKey(kind, key)) ?? null;
}

/**
 * The most frequent unmapped terms: grouped by kind and lookup key (so "Xi mạ Crôm" and
 * "xi ma crom" are one term), ordered by firms + requests, then by key.
 */
export async function unmappedTerms(db: Db, opts: { kind?: TermKind; limit?: number } = {}) {
  const limit = opts.limit ?? 50;
  const groups = new Map<
    string,
    { kind: TermKind; key: string; spellings: Map<string, number>; firms: Set<number>; requests: Set<number> }
  >();
  const add = (rows: UnmappedRow[], side: "firms" | "requests") => {
    for (const r of rows) {
      if (opts.kind && r.kind !== opts.kind) continue;
      const key = phraseKey(r.text);
      if (!key) continue;
      const id = `${r.kind}\u0000${key}`;
      let g = groups.get(id);
      if (!g)
        groups.set(
          id,
          (g = { kind: r.kind, key, spellings: new Map(), firms: new Set(), requests: new Set() }),
        );
      g.spellings.set(r.text, (g.spellings.get(r.text) ?? 0) + 1);
      g[side].add(r.owner);
    }
  };
  add(await unmappedCapabilityTerms(db), "firms");
  add(await unmappedRequestTerms(db), "requests");
  const all: UnmappedTerm[] = [...groups.values()].map((g) => ({
    kind: g.kind,
    key: g.key,
    text: [...g.spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0],
    firms: g.firms.size,
    requests: g.requests.size,
  }));
  all.sort((a, b) => b.firms + b.requests - (a.firms + a.requests) || (a.key < b.key ? -1 : 1));
  return { terms: all.slice(0, limit), total: all.length };
}

/** The concepts a term of this kind may be attached to, labelled in the reader's language. */
export function conceptChoices(kind: TermKind, lang: Lang): { id: string; label: string }[] {
  return allConcepts(kind)
    .map((c) => ({ id: c.id, label: c.labels[lang] || c.labels.en }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

export async function attachedTerms(db: Db) {
  return listTaxonomyTerms(db);
}

export type AttachResult =
  | { ok: true; conceptId: string; firms: number; requests: number }
  | { ok: false; error: "text" | "concept" | "kind" | "exists" };

/**
 * Attaches a term to a concept of its kind: stored, read by the lexicon from now on, the existing
 * unmapped terms with the same key mapped, their firms queued for reindexing, audited — in one
 * transaction. A key already attached is refused (the first attachment stands).
 */
export async function attachTerm(
  db: Db,
  actor: Actor,
  input: { kind: TermKind; text: string; conceptId: string },
): Promise<AttachResult> {
  const text = input.text.trim().replace(/\s+/g, " ");
  const key = phraseKey(text);
  if (!text || !key || text.length > 120) return { ok: false, error: "text" };
  const concept = getConcept(input.conceptId);
  if (!concept) return { ok: false, error: "concept" };
  if (concept.kind !== input.kind) return { ok: false, error: "kind" };
  const result = await db.transaction().execute(async (tx) => {
    if (await findTaxonomyTerm(tx, input.kind, key)) return null;
    await insertTaxonomyTerm(tx, {
      kind: input.kind,
      termKey: key,
      text,
      conceptId: concept.id,
      createdBy: auditActor(actor),
    });
    // The terms with this key that are unmapped, or held by the reading learned for it.
    const learned = termEvidence(input.kind, key);
    const same = (r: { kind: string; text: string; conceptId: string | null }) =>
      r.kind === input.kind &&
      (r.conceptId === null || (!!learned?.strong && r.conceptId === learned.conceptId)) &&
      phraseKey(r.text) === key;
    const caps = (await supplierTermsForLearning(tx)).filter(same);
    const reqs = (await requestTermsForLearning(tx)).filter(same);
    const refs = await setCapabilityTermsConcept(
      tx,
      caps.map((r) => r.id),
      concept.id,
    );
    await setRequestTermsConcept(
      tx,
      reqs.map((r) => r.id),
      concept.id,
    );
    for (const ref of refs) await enqueueSupplierSync(tx, ref, "upsert");
    const requests = new Set(reqs.map((r) => r.owner)).size;
    await auditAction(tx, actor, "taxonomy.attach", "taxonomy_term", `${input.kind}:${key}`, {
      text,
      conceptId: concept.id,
      firms: refs.length,
      requests,
    });
    return { firms: refs.length, requests };
  });
  if (!result) return { ok: false, error: "exists" };
  // The attached term now reads surely, which changes what the other terms' firms list.
  await refreshLearnedReadings(db);
  return { ok: true, conceptId: concept.id, ...result };
}

/** Everything /admin/taxonomy shows: the unmapped terms, the concepts to choose from, the attachments. */
export async function taxonomyPage(db: Db, opts: { kind?: TermKind; lang: Lang }) {
  await loadAttachedTerms(db);
  const { terms, total } = await unmappedTerms(db, { kind: opts.kind, limit: 100 });
  const kinds = [...new Set(terms.map((t) => t.kind))];
  const choices = Object.fromEntries(kinds.map((k) => [k, conceptChoices(k, opts.lang)])) as Partial<
    Record<TermKind, { id: string; label: string }[]>
  >;
  const attached = (await attachedTerms(db)).slice(0, 50).map((a) => ({
    ...a,
    conceptLabel: getConcept(a.conceptId)?.labels[opts.lang] ?? a.conceptId,
  }));
  const label = (id: string) => conceptLabel(id, opts.lang);
  const evidenceOf = (e: TermEvidence) => ({
    conceptId: e.conceptId,
    conceptLabel: label(e.conceptId),
    support: e.support,
    firms: e.firms,
    confidence: e.confidence,
  });
  // A suggestion for an unmapped term: the concept most of its firms' records name beside it,
  // when at least two firms do (what one firm writes says nothing of the term).
  const suggested = terms.map((t) => {
    const e = termEvidence(t.kind, t.key);
    return { ...t, suggestion: e && e.support >= MIN_SUGGESTION_SUPPORT ? evidenceOf(e) : null };
  });
  // The terms read from the directory (learned.ts), for the organiser to confirm or correct.
  const learned = weighedTerms()
    .filter((e) => e.strong && (!opts.kind || e.kind === opts.kind))
    .slice(0, 100)
    .map((e) => ({ kind: e.kind, key: e.key, text: e.text, ...evidenceOf(e) }));
  for (const k of new Set(learned.map((l) => l.kind)))
    if (!choices[k]) choices[k] = conceptChoices(k, opts.lang);
  return { terms: suggested, total, choices, attached, learned };
}

/** Fewest firms naming a concept beside an unmapped term before the page suggests it. */
const MIN_SUGGESTION_SUPPORT = 2;

/** A concept's label in the reader's language (for the confirmation). */
export function conceptLabel(id: string, lang: Lang): string {
  return getConcept(id)?.labels[lang] ?? id;
}
