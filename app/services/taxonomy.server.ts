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
  setCapabilityTermsConcept,
  setRequestTermsConcept,
  unmappedCapabilityTerms,
  unmappedRequestTerms,
  type UnmappedRow,
} from "../../db/queries/taxonomy-terms";
import { auditActor, type Actor } from "../modules/auth/permissions";
import { allConcepts, getConcept, type Lang } from "../modules/taxonomy";
import { phraseKey } from "../modules/taxonomy/keys";
import type { TermKind } from "../modules/taxonomy/types";
import { setAttachedTerms } from "../modules/taxonomy/lexicon";

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
    const same = (r: UnmappedRow) => r.kind === input.kind && phraseKey(r.text) === key;
    const caps = (await unmappedCapabilityTerms(tx)).filter(same);
    const reqs = (await unmappedRequestTerms(tx)).filter(same);
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
  await loadAttachedTerms(db);
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
  return { terms, total, choices, attached };
}

/** A concept's label in the reader's language (for the confirmation). */
export function conceptLabel(id: string, lang: Lang): string {
  return getConcept(id)?.labels[lang] ?? id;
}
