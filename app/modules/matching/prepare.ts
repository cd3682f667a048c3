import {
  conceptsOfDescription,
  findConcepts,
  getConcept,
  termConfidence,
  type ConceptKind,
} from "../taxonomy";
import { ancestorsOf, isBroad, isTextKey, termKey } from "./concepts";
import { dayNumber } from "./context";
import { PARTIAL } from "./weights";
import type { LangText, MatchRequest, MatchSupplier, Term } from "./types";

// Matching works on "prepared" forms: sets of concept keys with their ancestors, built once per
// request or supplier, so scoring one pair is a handful of set look-ups.

export type CapabilityKind = "process" | "material" | "product";
export const CAPABILITY_KINDS: readonly CapabilityKind[] = ["process", "material", "product"];
const LIST: Record<CapabilityKind, "processes" | "materials" | "products"> = {
  process: "processes",
  material: "materials",
  product: "products",
};

export interface Wanted {
  key: string;
  term: Term;
  /** The concept's ancestors, nearest first (empty for unmapped words). */
  ancestors: readonly string[];
  /** The parent under which a sibling counts as near (undefined when the parent is an umbrella). */
  nearParent: string | undefined;
  /** 1, or below for a near concept of words the taxonomy does not know ("xử lý anode" ~ anodising). */
  confidence: number;
}

/** A listed concept known only as the near concept of the firm's own words. */
export interface Uncertain {
  confidence: number;
  text: string;
}

export interface PreparedRequest {
  raw: MatchRequest;
  /**
   * What a supplier must do at least partly to be listed: the processes when any are asked
   * (the process is the job the buyer needs done), else the products, else the materials.
   */
  anchor: CapabilityKind;
  wanted: Record<CapabilityKind, Wanted[]>;
  /** Which kinds were read from the title/description because the structured list was empty. */
  inferred: Set<CapabilityKind>;
  requiredCerts: Wanted[];
}

export interface HeldCertificate {
  /** Latest validity among the certificates that give this concept (itself or a more specific one). */
  validUntil: string | null;
  standard: string;
  conceptId: string | null;
}

export interface PreparedSupplier {
  raw: MatchSupplier;
  /** Concept keys the supplier lists itself. */
  direct: Set<string>;
  /** direct plus every ancestor: "has this or something more specific". */
  expanded: Set<string>;
  /** The same for concepts found only in the free-text description. */
  describedDirect: Set<string>;
  describedExpanded: Set<string>;
  /**
   * Expanded keys that the firm holds only through near concepts (the best such term for each);
   * keys absent here are held for sure.
   */
  uncertain: Map<string, Uncertain>;
  /** Certificate concept (and every concept it implies, IATF 16949 -> ISO 9001) -> best certificate. */
  certs: Map<string, HeldCertificate>;
  /** Export markets, upper case. */
  markets: Set<string>;
  /** The profile's last update as a day number (see context.ts dayNumber). */
  updatedDay: number | null;
}

function allText(t: LangText): string {
  return [t.vi, t.en, t.ja].filter(Boolean).join("\n");
}

function conceptConfidence(t: Term, kind: string): number {
  return t.conceptId && kind !== "certification"
    ? termConfidence(t.text, kind as ConceptKind, t.conceptId)
    : 1;
}

function toWanted(term: Term, kind: string, inferred = false): Wanted {
  const key = termKey(term, kind);
  const ancestors = term.conceptId ? ancestorsOf(term.conceptId) : [];
  const parent = ancestors[0];
  return {
    key,
    term,
    ancestors,
    nearParent: parent !== undefined && !isBroad(parent) ? parent : undefined,
    confidence: inferred ? 1 : readFromText.has(term) ? PARTIAL.describedOnly : conceptConfidence(term, kind),
  };
}

/**
 * A requested term the taxonomy cannot read (no concept, no near concept) is not dropped to its
 * bare words when the request's title or description names a concept of the same kind that no
 * other term of the list holds: buyers restate what they need in other words there ("Bracket —
 * deep drawing" beside a process field "dập vuốt sâu thành cốc"). Taken in order, one concept per
 * unread term, held at the description's discount (weights.ts PARTIAL.describedOnly).
 */
function readUnmapped(terms: Term[], text: string, kind: CapabilityKind): Term[] {
  if (terms.every((t) => t.conceptId)) return terms;
  const held = new Set(terms.flatMap((t) => (t.conceptId ? [t.conceptId, ...ancestorsOf(t.conceptId)] : [])));
  const spare = findConcepts(text, kind as ConceptKind).filter(
    (id) => !held.has(id) && !terms.some((t) => t.conceptId && ancestorsOf(id).includes(t.conceptId)),
  );
  if (spare.length === 0) return terms;
  return terms.map((t) => {
    if (t.conceptId || spare.length === 0) return t;
    const read = { ...t, conceptId: spare.shift()! };
    readFromText.add(read);
    return read;
  });
}

/** Terms whose concept was read from the request's text (held at the description's discount). */
const readFromText = new WeakSet<Term>();

function dedupe(ws: Wanted[]): Wanted[] {
  const seen = new Set<string>();
  return ws.filter((w) => !seen.has(w.key) && seen.add(w.key));
}

const requestMemo = new WeakMap<MatchRequest, PreparedRequest>();
const supplierMemo = new WeakMap<MatchSupplier, PreparedSupplier>();

export function prepareRequest(r: MatchRequest): PreparedRequest {
  const hit = requestMemo.get(r);
  if (hit) return hit;
  const text = `${allText(r.title)}\n${allText(r.description)}`;
  const inferred = new Set<CapabilityKind>();
  const wanted = {} as Record<CapabilityKind, Wanted[]>;
  for (const kind of CAPABILITY_KINDS) {
    let terms = r[LIST[kind]];
    const fromText = terms.length === 0;
    // A request typed as free text only ("Need PA66 housings, injection moulded") is still matched.
    if (fromText) {
      terms = findConcepts(text, kind as ConceptKind).map((id) => ({
        conceptId: id,
        text: getConcept(id)?.labels.en ?? id,
      }));
      if (terms.length) inferred.add(kind);
    } else terms = readUnmapped(terms, text, kind);
    wanted[kind] = dedupe(terms.map((t) => toWanted(t, kind, fromText)));
  }
  const requiredCerts = dedupe(r.requiredCertifications.map((t) => toWanted(t, "certification")));
  const anchor: CapabilityKind = wanted.process.length
    ? "process"
    : wanted.product.length
      ? "product"
      : "material";
  const p: PreparedRequest = { raw: r, anchor, wanted, inferred, requiredCerts };
  requestMemo.set(r, p);
  return p;
}

function addWithAncestors(key: string, direct: Set<string>, expanded: Set<string>) {
  direct.add(key);
  expanded.add(key);
  if (!key.startsWith("text:")) for (const a of ancestorsOf(key)) expanded.add(a);
}

function laterDate(a: string | null, b: string | null): boolean {
  return b === null ? false : a === null || b > a;
}

export function prepareSupplier(s: MatchSupplier): PreparedSupplier {
  const hit = supplierMemo.get(s);
  if (hit) return hit;
  const direct = new Set<string>();
  const expanded = new Set<string>();
  const sure = new Set<string>();
  const uncertain = new Map<string, Uncertain>();
  for (const kind of CAPABILITY_KINDS)
    for (const t of s[LIST[kind]]) {
      const key = termKey(t, kind);
      addWithAncestors(key, direct, expanded);
      const confidence = conceptConfidence(t, kind);
      const keys = isTextKey(key) ? [key] : [key, ...ancestorsOf(key)];
      for (const k of keys) {
        if (confidence >= 1) sure.add(k);
        else if ((uncertain.get(k)?.confidence ?? 0) < confidence)
          uncertain.set(k, { confidence, text: t.text });
      }
    }
  for (const k of sure) uncertain.delete(k);

  const describedDirect = new Set<string>();
  const describedExpanded = new Set<string>();
  for (const id of conceptsOfDescription(allText(s.description)))
    if (!direct.has(id) && getConcept(id)?.kind !== "certification")
      addWithAncestors(id, describedDirect, describedExpanded);

  const certs = new Map<string, HeldCertificate>();
  for (const c of s.certifications) {
    const key = termKey({ conceptId: c.conceptId, text: c.standard }, "certification");
    const implied = c.conceptId ? [key, ...ancestorsOf(c.conceptId)] : [key];
    for (const k of implied) {
      const prev = certs.get(k);
      if (!prev || laterDate(prev.validUntil, c.validUntil))
        certs.set(k, { validUntil: c.validUntil, standard: c.standard, conceptId: c.conceptId });
    }
  }
  const p: PreparedSupplier = {
    raw: s,
    direct,
    expanded,
    describedDirect,
    describedExpanded,
    uncertain,
    certs,
    markets: new Set(s.exportMarkets.map((m) => m.toUpperCase())),
    updatedDay: dayNumber(s.updatedAt),
  };
  supplierMemo.set(s, p);
  return p;
}
