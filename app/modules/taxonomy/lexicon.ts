import { fold } from "~/modules/text/analyser";
import { keyTokens, phraseKey } from "./keys";
import type { Concept, ConceptInput, ConceptKind } from "./types";
import { PROCESSES } from "./data/processes";
import { MATERIALS } from "./data/materials";
import { PRODUCTS } from "./data/products";
import { CERTIFICATIONS } from "./data/certifications";
import { NOT_CONCEPTS } from "./data/not-concepts";

/**
 * The taxonomy compiled for lookup, built once on first use (the data modules are static).
 * Phrase index: normalised phrase key -> concept ids (at most one per kind by design, checked by
 * the unit tests). Blocking phrases (place names that contain capability words, such as
 * "Hà Đông" or "Hàn Quốc") are keys with no ids: the longest-phrase scan consumes them.
 */
export interface SuggestEntry {
  folded: string;
  id: string;
  kind: ConceptKind;
}

export interface Lexicon {
  concepts: Map<string, Concept>;
  ordered: Concept[];
  children: Map<string, string[]>;
  phrases: Map<string, string[]>;
  /** Keys of the blocking phrases, kept apart because one may also be a concept's phrase. */
  blocking: Set<string>;
  /**
   * Multi-word phrase key -> positions of the words that the phrase writes with other accents than
   * the one-word phrase they fold onto ("đóng" in "đóng gói" and "động" in "động cơ" fold like
   * "đồng", copper). A concept searched inside the phrase must not be read at those positions.
   */
  foldAlike: Map<string, number[]>;
  /**
   * Phrase key -> key token -> how the lexicon's phrases of that key write the word with
   * Vietnamese accents (writtenAccents). Text written with accents reads a phrase only where its
   * own accents agree: "nhận in" (takes printing orders) is not "nhãn in" (printed labels), "dục"
   * is not "đúc" (casting). Unaccented text, or a word the lexicon writes without accents, reads by
   * the folded key alone.
   */
  accents: Map<string, Map<string, Set<string>>>;
  /** Every proper prefix of a phrase key (token-wise), so the scan stops as early as possible. */
  prefixes: Set<string>;
  /** "=..." synonyms: only a whole term matches them. */
  exact: Map<string, string[]>;
  suggestions: SuggestEntry[];
  depth: Map<string, number>;
}

const SOURCES: [ConceptKind, ConceptInput[]][] = [
  ["process", PROCESSES],
  ["material", MATERIALS],
  ["product", PRODUCTS],
  ["certification", CERTIFICATIONS],
];

function toConcept(kind: ConceptKind, c: ConceptInput): Concept {
  const concept: Concept = {
    id: c.id,
    kind,
    labels: { vi: c.vi, en: c.en, ja: c.ja },
    synonyms: (c.synonyms ?? []).filter((t) => !withheld?.(c.id, t)),
    parents: c.parents ?? [],
  };
  if (c.sector) concept.sector = c.sector;
  if (c.broad) concept.broad = true;
  return concept;
}

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

/**
 * Evaluation only (`npm run bench -- quality`): synonyms to leave out of the lexicon, so the
 * portal can be measured on phrasings its taxonomy was not built from. Labels always stay (they
 * are what the portal displays). Null in the product.
 */
let withheld: ((conceptId: string, synonym: string) => boolean) | null = null;

/**
 * Firms' and buyers' own words organisers attached to a concept (/admin/taxonomy, table
 * taxonomy_terms): read as more synonyms of that concept. Set by the taxonomy service. Kept on
 * globalThis with a version, like the learned readings below: the server script (which loads
 * them at start) and the Remix build (whose routes save profiles and requests) each load their
 * own copy of this module, and each copy rebuilds its lexicon when the version moves.
 */
type AttachedTerms = { terms: readonly { conceptId: string; text: string }[]; version: number };
const ATTACHED = "__cnhtAttachedTerms";
function attachedTerms(): AttachedTerms {
  const g = globalThis as unknown as Record<string, AttachedTerms | undefined>;
  return (g[ATTACHED] ??= { terms: [], version: 0 });
}

/** Builds the lexicon again with these attached terms (the previous ones are replaced). */
export function setAttachedTerms(terms: readonly { conceptId: string; text: string }[]): void {
  const held = attachedTerms();
  const same =
    terms.length === held.terms.length &&
    terms.every((t, i) => t.conceptId === held.terms[i].conceptId && t.text === held.terms[i].text);
  if (same) return; // nothing to rebuild (the page reads the list on every visit)
  held.terms = terms.slice();
  held.version++;
  lexicon = null;
}

/**
 * Readings learned from the directory (learned.ts, set by the taxonomy service after an import
 * and at start): kind + lookup key -> a near concept. Read only for a term no phrase, attached
 * term or near reading of its own words gives (taxonomy/index.ts mapTermScored), so they never
 * override the lexicon or an organiser's attachment. Not part of the lexicon's build: changing
 * them rebuilds nothing. Kept on globalThis: the server script and the Remix build each load
 * their own copy of this module, and an import run by either must be read by both.
 */
type LearnedMap = Map<string, { conceptId: string; confidence: number }>;
const LEARNED = "__cnhtLearnedReadings";
function learned(): { map: LearnedMap } {
  const g = globalThis as unknown as Record<string, { map: LearnedMap } | undefined>;
  return (g[LEARNED] ??= { map: new Map() });
}

/** Replaces the learned readings; returns whether they changed. */
export function setLearnedReadings(
  readings: readonly { kind: string; key: string; conceptId: string; confidence: number }[],
): boolean {
  const held = learned();
  const next: LearnedMap = new Map(
    readings.map((r) => [`${r.kind}\u0000${r.key}`, { conceptId: r.conceptId, confidence: r.confidence }]),
  );
  const same =
    next.size === held.map.size &&
    [...next].every(
      ([k, v]) => held.map.get(k)?.conceptId === v.conceptId && held.map.get(k)?.confidence === v.confidence,
    );
  if (same) return false;
  held.map = next;
  return true;
}

/** The learned reading of a term (by its lookup key), if any. */
export function learnedReading(
  kind: string,
  text: string,
): { conceptId: string; confidence: number } | undefined {
  const { map } = learned();
  return map.size ? map.get(`${kind}\u0000${phraseKey(text)}`) : undefined;
}

/** Builds the lexicon again without the synonyms `filter` selects (null: all of them). */
export function withholdSynonyms(filter: ((conceptId: string, synonym: string) => boolean) | null): void {
  withheld = filter;
  lexicon = null;
}

export function buildLexicon(): Lexicon {
  const concepts = new Map<string, Concept>();
  const ordered: Concept[] = [];
  for (const [kind, inputs] of SOURCES) {
    for (const input of inputs) {
      if (concepts.has(input.id)) throw new Error(`taxonomy: duplicate concept id "${input.id}"`);
      const concept = toConcept(kind, input);
      concepts.set(concept.id, concept);
      ordered.push(concept);
    }
  }

  for (const a of attachedTerms().terms) {
    const c = concepts.get(a.conceptId);
    if (c && !c.synonyms.includes(a.text)) c.synonyms = [...c.synonyms, a.text];
  }

  const children = new Map<string, string[]>();
  for (const c of ordered) {
    for (const p of c.parents) {
      if (!concepts.has(p)) throw new Error(`taxonomy: "${c.id}" has unknown parent "${p}"`);
      addTo(children, p, c.id);
    }
  }

  // Sector is inherited from the nearest ancestor that states one.
  const sectorOfConcept = (c: Concept, seen: Set<string>): Concept["sector"] => {
    if (c.sector) return c.sector;
    for (const p of c.parents) {
      if (seen.has(p)) continue;
      seen.add(p);
      const s = sectorOfConcept(concepts.get(p)!, seen);
      if (s) return s;
    }
    return undefined;
  };
  for (const c of ordered) {
    if (!c.sector && (c.kind === "process" || c.kind === "product")) {
      const s = sectorOfConcept(c, new Set([c.id]));
      if (s) c.sector = s;
    }
  }

  const phrases = new Map<string, string[]>();
  const blocking = new Set<string>();
  const prefixes = new Set<string>();
  const exact = new Map<string, string[]>();
  const suggestions: SuggestEntry[] = [];

  const accents = new Map<string, Map<string, Set<string>>>();
  // A phrase written with accents tells how each of its words is written, unmarked ones too
  // ("may" in "May gia công" is not "máy"). A phrase written without any borrows how its
  // concept's accented phrases write the same words ("=may" is garment sewing's "may", not
  // "máy", a machine), else says nothing.
  const conceptWords = new Map<string, Map<string, Set<string>>>();
  for (const c of ordered)
    for (const t of [c.labels.vi, c.labels.en, c.labels.ja, ...c.synonyms]) {
      if (!ACCENTED_LETTER.test(t)) continue;
      const byTok = conceptWords.get(c.id) ?? conceptWords.set(c.id, new Map()).get(c.id)!;
      for (const [tok, { forms }] of writtenAccents(t.replace(/^=/, "")))
        for (const f of forms) (byTok.get(tok) ?? byTok.set(tok, new Set()).get(tok)!).add(f);
    }
  const noteAccents = (key: string, text: string, id: string | null): void => {
    const own = ACCENTED_LETTER.test(text);
    if (!own && !id) return;
    for (const [tok, { forms }] of writtenAccents(text)) {
      const known = own ? forms : id ? conceptWords.get(id)?.get(tok) : undefined;
      if (!known) continue;
      const byTok = accents.get(key) ?? accents.set(key, new Map()).get(key)!;
      const into = byTok.get(tok) ?? byTok.set(tok, new Set()).get(tok)!;
      for (const f of known) into.add(f);
    }
  };
  const addExact = (text: string, key: string, id: string): void => {
    addTo(exact, key, id);
    noteAccents(key, text, id);
  };
  const addPhrase = (text: string, id: string | null): void => {
    const toks = keyTokens(text);
    if (toks.length === 0) return;
    const key = toks.join(" ");
    noteAccents(key, text, id);
    if (id) addTo(phrases, key, id);
    else if (!phrases.has(key)) phrases.set(key, []);
    let prefix = toks[0];
    for (let i = 1; i < toks.length; i++) {
      prefixes.add(prefix);
      prefix += " " + toks[i];
    }
  };

  for (const c of ordered) {
    const texts = [c.labels.vi, c.labels.en, c.labels.ja, ...c.synonyms];
    for (const t of texts) {
      if (t.startsWith("=")) {
        const key = keyTokens(t.slice(1)).join(" ");
        if (key) addExact(t.slice(1), key, c.id);
        suggestions.push({ folded: fold(t.slice(1)), id: c.id, kind: c.kind });
      } else {
        addPhrase(t, c.id);
        suggestions.push({ folded: fold(t), id: c.id, kind: c.kind });
      }
    }
  }
  // The parts of a label that name the concept on their own ("Polypropylene (PP)" is also
  // "polypropylene"; "Drilling, tapping and boring" is also "tapping"), when no concept of the
  // same kind already holds them and no two concepts derive the same part.
  const derived = new Map<string, { text: string; ids: Set<string> }>();
  const notConceptKeys = new Set(NOT_CONCEPTS.map((t) => keyTokens(t).join(" ")));
  for (const c of ordered) {
    if (c.kind === "certification") continue; // a hard constraint is named by its standard only
    for (const label of [c.labels.vi, c.labels.en, c.labels.ja]) {
      for (const part of labelParts(label)) {
        const key = keyTokens(part).join(" ");
        if (!key) continue;
        const slot = derived.get(`${c.kind}\u0000${key}`) ?? { text: part, ids: new Set<string>() };
        slot.ids.add(c.id);
        derived.set(`${c.kind}\u0000${key}`, slot);
      }
    }
  }
  // Which concepts of a kind use a word sequence inside one of their phrases: a part found in
  // the phrases of two other concepts ("加工", "ゴム", "wire") names no concept on its own.
  const phraseKeysByKind = new Map<string, { key: string; ids: string[] }[]>();
  for (const [key, ids] of phrases)
    for (const id of ids) {
      const kind = concepts.get(id)!.kind;
      (phraseKeysByKind.get(kind) ?? phraseKeysByKind.set(kind, []).get(kind)!).push({
        key: ` ${key} `,
        ids: [id],
      });
    }
  for (const [kk, { text, ids }] of derived) {
    if (ids.size !== 1) continue;
    const [kind, key] = kk.split("\u0000");
    const held = phrases.get(key);
    if (held && (held.length === 0 || held.some((id) => concepts.get(id)!.kind === kind))) continue;
    if (notConceptKeys.has(key) || exact.has(key)) continue;
    // A bare noun that a process label and a product label both list ("ốc vít" in "Sản xuất bu
    // lông, ốc vít") names the thing made, not the process.
    if (
      kind === "process" &&
      (derived.has(`product\u0000${key}`) || held?.some((id) => concepts.get(id)!.kind === "product"))
    )
      continue;
    const [id] = ids;
    const others = new Set<string>();
    for (const p of phraseKeysByKind.get(kind) ?? [])
      if (p.ids[0] !== id && p.key.includes(` ${key} `)) others.add(p.ids[0]);
    if (others.size >= 2) continue;
    // A short word that folds like a Vietnamese syllable ("CAD" ~ "cắm", "tây") only as a whole term.
    if (!key.includes(" ") && key.length <= 4 && VI_SYLLABLE_LIKE.test(key)) addExact(text, key, id);
    else addPhrase(text, id);
    suggestions.push({ folded: fold(text), id, kind: kind as ConceptKind });
  }
  for (const t of NOT_CONCEPTS) {
    addPhrase(t, null);
    blocking.add(keyTokens(t).join(" "));
  }
  const foldAlike = foldAlikePositions(ordered);

  const depth = new Map<string, number>();
  const depthOf = (id: string, stack: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (stack.has(id)) throw new Error(`taxonomy: cycle through "${id}"`);
    stack.add(id);
    let d = 0;
    for (const p of concepts.get(id)!.parents) d = Math.max(d, depthOf(p, stack) + 1);
    stack.delete(id);
    depth.set(id, d);
    return d;
  };
  for (const c of ordered) depthOf(c.id, new Set());

  return {
    concepts,
    ordered,
    children,
    phrases,
    blocking,
    foldAlike,
    accents,
    prefixes,
    exact,
    suggestions,
    depth,
  };
}

/** Letters that carry an accent (Latin-1 to Latin Extended Additional, where Vietnamese lives). */
export const ACCENTED_LETTER = /[\u00c0-\u024f\u1e00-\u1eff]/;

const ACCENT_MARKS = /[\u0300-\u036f]|đ/g;

/** A written word compared up to case and tone-mark placement ("hoá" = "hóa"), but not accents. */
function accentSignature(word: string): string {
  const marks = word.toLowerCase().normalize("NFD").match(ACCENT_MARKS) ?? [];
  return fold(word) + "|" + marks.sort().join("");
}

/**
 * How a text writes each of its one-word key tokens: key token -> the accent signatures of its
 * spellings ("nhan|̣̂" for "nhận", "may|" for a word written without marks), and whether it is
 * ever written without marks. Tone-mark placement ("hoá" = "hóa") and the hook/tilde pair (hỏi
 * and ngã, which many writers confuse: "kẻm" for "kẽm") are not told apart; other accents are
 * ("nhận" ≠ "nhãn", "dục" ≠ "đúc", "máy" ≠ "may").
 */
export function writtenAccents(text: string): Map<string, { forms: Set<string>; plain: boolean }> {
  const out = new Map<string, { forms: Set<string>; plain: boolean }>();
  for (const chunk of text.split(/\s+/)) {
    const toks = keyTokens(chunk);
    if (toks.length !== 1) continue;
    const [folded, marks] = accentSignature(chunk.replace(/[^\p{L}\p{M}\p{N}]/gu, "")).split("|");
    const normal = `${folded}|${[...marks.replace(/\u0303/g, "\u0309")].sort().join("")}`;
    const entry = out.get(toks[0]) ?? out.set(toks[0], { forms: new Set(), plain: false }).get(toks[0])!;
    entry.forms.add(normal);
    if (!marks) entry.plain = true;
  }
  return out;
}

/** Per key token, the written word it comes from (null when a word gives several tokens, e.g. codes). */
function writtenWords(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const chunk of text.split(/\s+/)) {
    const toks = keyTokens(chunk);
    if (toks.length === 1) out.push(chunk.replace(/[^\p{L}\p{N}]/gu, ""));
    else for (let i = 0; i < toks.length; i++) out.push(null);
  }
  return out;
}

function foldAlikePositions(ordered: Concept[]): Map<string, number[]> {
  const texts = ordered.flatMap((c) =>
    [c.labels.vi, c.labels.en, c.labels.ja, ...c.synonyms].filter((t) => !t.startsWith("=")),
  );
  // How each one-word phrase is written ("đồng", "Cu", "gang").
  const oneWord = new Map<string, Set<string>>();
  for (const t of texts) {
    const toks = keyTokens(t);
    if (toks.length !== 1) continue;
    const forms = oneWord.get(toks[0]) ?? new Set<string>();
    forms.add(accentSignature(t.replace(/[^\p{L}\p{N}]/gu, "")));
    oneWord.set(toks[0], forms);
  }
  // A position is fold-alike when some phrase of the key writes it with other accents and none
  // writes it as the one-word phrase (an unaccented spelling says nothing either way).
  const alike = new Map<string, Set<number>>();
  const genuine = new Map<string, Set<number>>();
  for (const t of texts) {
    const toks = keyTokens(t);
    if (toks.length < 2) continue;
    const key = toks.join(" ");
    const words = writtenWords(t);
    toks.forEach((tok, p) => {
      const forms = oneWord.get(tok);
      const word = words[p];
      if (!forms || word === null) return;
      const sig = accentSignature(word);
      const into = forms.has(sig) ? genuine : sig.endsWith("|") ? null : alike;
      if (!into) return;
      const set = into.get(key) ?? new Set<number>();
      set.add(p);
      into.set(key, set);
    });
  }
  const out = new Map<string, number[]>();
  for (const [key, positions] of alike) {
    const kept = [...positions].filter((p) => !genuine.get(key)?.has(p));
    if (kept.length > 0) out.set(key, kept);
  }
  return out;
}

/** Shortest Latin part worth deriving: two letters ("PE", "CR") are too many things at once. */
const MIN_PART = 3;

/**
 * Phrases a label is made of (docs/taxonomy.md "Labels"): what a parenthesis gives as another
 * name ("Thép không gỉ (inox)", "黄銅（真鍮）"), and the members of a coordination sharing a head
 * ("Plasma and flame cutting": flame cutting; "Textile dyeing and printing": textile printing;
 * "Zinc and zinc alloys": zinc; "スズ・はんだ": はんだ). Not the label itself.
 */
export function labelParts(label: string): string[] {
  const out: string[] = [];
  const add = (p: string) => {
    const t = p.trim();
    const long = t.length >= MIN_PART || /[\u3040-\u9fff]/.test(t);
    if (long && t !== label && !out.includes(t)) out.push(t);
  };
  const paren = label.match(/^(.*?)\s*[(（]([^()（）]*)[)）]\s*(.*)$/);
  let body = label;
  if (paren) {
    body = `${paren[1]} ${paren[3]}`.trim();
    add(body);
    // A parenthesis of several names ("PEEK, PPS, PEI"), or one ("inox"); not a description
    // in several words ("weaving and knitting" is read as a coordination below).
    const names = coordination(paren[2]);
    const members = names.length > 0 ? names : paren[2].trim().split(/\s+/).length <= 3 ? [paren[2]] : [];
    // "Quần (tây, jean, short)": in Vietnamese, words in brackets after a one-word head are its
    // kinds (quần tây, quần jean), not other names.
    const head = body.split(/\s+/);
    const kinds = isVietnamesePhrase(label) && head.length === 1 && names.length > 1;
    for (const inner of members) add(kinds && !inner.includes(" ") ? `${head[0]} ${inner}` : inner);
  }
  for (const part of coordination(body)) add(part);
  return out;
}

/** "A, B and C head" -> its members with the shared head or modifier put back. */
function coordination(text: string): string[] {
  const parts = text
    .split(/\s*(?:,|、|・|\/|&|(?<=^|\s)(?:and|or|và|hoặc)(?=\s|$))\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [];
  const words = parts.map((p) => p.split(/\s+/));
  if (/[\u3040-\u9fff]/.test(text)) return parts; // Japanese lists names whole ("鋼線・線材")
  const last = words[words.length - 1];
  const first = words[0];
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w.length > 1) out.push(parts[i]);
    else if (last.length > 1 && i < words.length - 1) {
      // "Zinc and zinc alloys": the member is named again inside the last one.
      if (last[0].toLowerCase() === w[0].toLowerCase()) out.push(parts[i]);
      // "Plasma and flame cutting": the head follows (English puts it last).
      else if (!isVietnamesePhrase(text)) out.push(`${w[0]} ${last[last.length - 1]}`);
    } else if (first.length > 1 && i > 0 && words.length === 2) {
      // "Textile dyeing and printing", "Mạ đồng và thiếc": the first member's other words.
      out.push(`${first.slice(0, -1).join(" ")} ${w[0]}`);
    } else out.push(parts[i]);
  });
  return out;
}

/** A folded word that reads as a Vietnamese syllable (fuzzy.ts has the same shape). */
const VI_SYLLABLE_LIKE =
  /^(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** A Vietnamese label: accented letters or đ. */
function isVietnamesePhrase(text: string): boolean {
  return /đ|[\u0300-\u0303\u0306\u0309\u031b\u0323]/i.test(text.normalize("NFD"));
}

let lexicon: Lexicon | null = null;
/** The attached terms' version this copy's lexicon was built with. */
let builtWith = -1;

export function getLexicon(): Lexicon {
  const version = attachedTerms().version;
  if (!lexicon || builtWith !== version) {
    lexicon = buildLexicon();
    builtWith = version;
  }
  return lexicon;
}

/**
 * A value derived from the lexicon (a word set, a memo of mappings), built again whenever the
 * lexicon is: attached terms and withheld synonyms rebuild it, and a value kept from the previous
 * lexicon would make a query read differently depending on what the process read before.
 */
export function perLexicon<T>(build: (lex: Lexicon) => T): () => T {
  let of: Lexicon | null = null;
  let value: T;
  return () => {
    const lex = getLexicon();
    if (lex !== of) {
      value = build(lex);
      of = lex;
    }
    return value;
  };
}
