/**
 * The capability taxonomy of the supporting industries: processes, materials, product families
 * and certifications, each with Vietnamese, English and Japanese labels, the synonyms firms write,
 * and parents. The vocabulary is plain data in ./data/*.ts (see docs/taxonomy.md); this module
 * answers questions about it. Pure: nothing is read from disk, the index is built on first use.
 */
import { fold, isCjkCode } from "~/modules/text/analyser";
import { keyTokens } from "./keys";
import {
  ACCENTED_LETTER,
  getLexicon,
  learnedReading,
  perLexicon,
  writtenAccents,
  type Lexicon,
} from "./lexicon";
import { SECTORS } from "./data/sectors";
import { commonConcept as commonConceptOf, fuzzyConcept, headWord } from "./fuzzy";
import { glossaryConcept } from "./glossary";
import { gradeConcept } from "./grades";
import { headProcess } from "./heads";
import { dictionaryConcept } from "./dictionary";
import { katakanaConcept } from "./katakana";
import type { Concept, ConceptKind, Lang, SectorId } from "./types";

export type { Concept, ConceptKind, ConceptInput, Lang, SectorId } from "./types";
export { SECTORS };

export function getConcept(id: string): Concept | undefined {
  return getLexicon().concepts.get(id);
}

export function allConcepts(kind?: ConceptKind): Concept[] {
  const all = getLexicon().ordered;
  return kind ? all.filter((c) => c.kind === kind) : all.slice();
}

interface Span {
  start: number;
  end: number;
  key: string;
  ids: string[];
  /** Chosen by the material-head rule over a product phrase that started earlier. */
  headed?: boolean;
}

type Accept = (ids: string[], start: number, end: number) => boolean;

/**
 * Phrase entries whose accents agree with how the text writes its words (lexicon.ts `accents`):
 * undefined when the text has no accented letter, so unaccented text reads by the folded key
 * alone as before.
 */
function accentsAgree(lex: Lexicon, toks: string[], text: string): Accept | undefined {
  if (!ACCENTED_LETTER.test(text)) return undefined;
  const written = writtenAccents(text);
  return (_ids, start, end) => {
    const forms = lex.accents.get(toks.slice(start, end).join(" "));
    if (!forms) return true;
    for (let p = start; p < end; p++) {
      const lexicon = forms.get(toks[p]);
      const own = written.get(toks[p]);
      // A word the text writes without marks may be typed without them: it says nothing.
      if (!lexicon || !own || own.plain) continue;
      let agrees = false;
      for (const sig of own.forms) if (lexicon.has(sig)) agrees = true;
      if (!agrees) return false;
    }
    return true;
  };
}

function allOf(a: Accept | undefined, b: Accept | undefined): Accept | undefined {
  return a && b ? (ids, start, end) => a(ids, start, end) && b(ids, start, end) : (a ?? b);
}

/**
 * Leftmost-longest scan over lookup tokens. Tokens that start no phrase ("gia công", "sản xuất",
 * "manufacturing of") are skipped, which is what makes "gia công CNC" find CNC machining.
 * `accept` restricts which phrase entries may be used (blocking phrases are always usable).
 */
function scan(lex: Lexicon, toks: string[], accept?: Accept): Span[] {
  const spans: Span[] = [];
  const n = toks.length;
  let i = 0;
  while (i < n) {
    let key = toks[i];
    let j = i + 1;
    let best: Span | null = null;
    for (;;) {
      const ids = lex.phrases.get(key);
      if (ids && (ids.length === 0 || !accept || accept(ids, i, j))) best = { start: i, end: j, key, ids };
      if (j >= n || !lex.prefixes.has(key)) break;
      key += " " + toks[j];
      j++;
    }
    if (best) {
      const headed = best.ids.length > 0 ? materialHead(lex, toks, best, accept) : null;
      if (headed) best = headed;
      if (best.ids.length > 0) spans.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return spans;
}

/**
 * Phrase spans over lookup tokens as the taxonomy reads them (leftmost-longest, with the
 * material-head rule below): the one scan search queries and firms' terms share.
 */
export function phraseSpans(toks: string[]): { start: number; end: number; ids: string[] }[] {
  return scan(getLexicon(), toks);
}

/**
 * A material word binds to the noun right before it (Vietnamese puts modifiers after the head):
 * in "vỏ hộp giấy" the thing is a paper box ("hộp giấy") and "vỏ" its casing, not an enclosure
 * made of paper. When a product phrase is followed by material words, and the product's last
 * words with that material form another product phrase, that phrase is the reading — unless the
 * first product is itself written with that material somewhere in its family ("vỏ hộp nhựa" stays
 * a plastic enclosure: "vỏ nhựa" is an enclosure phrase). Latin-script words only: a Japanese run
 * is read character by character and has no such word order.
 */
function materialHead(lex: Lexicon, toks: string[], span: Span, accept?: Accept): Span | null {
  if (!span.ids.some((id) => lex.concepts.get(id)!.kind === "product")) return null;
  if (span.end >= toks.length || isCjkCode(toks[span.end].charCodeAt(0))) return null;
  for (let c = span.start + 1; c < span.end; c++) {
    let key = toks[c];
    let best: Span | null = null;
    for (let d = c + 1; ; d++) {
      const ids = lex.phrases.get(key);
      if (
        d > span.end &&
        ids?.some((id) => lex.concepts.get(id)!.kind === "product") &&
        (!accept || accept(ids, c, d))
      )
        best = { start: c, end: d, key, ids };
      if (d >= toks.length || !lex.prefixes.has(key)) break;
      key += " " + toks[d];
    }
    if (!best) continue;
    // The words after the first product start with a material ("giấy" in "hộp giấy cao cấp").
    const isMaterial = (ids: string[] | undefined) =>
      ids?.some((id) => lex.concepts.get(id)!.kind === "material");
    let material: string[] | null = null;
    for (let k = span.end + 1; k <= best.end && !material; k++) {
      const key = toks.slice(span.end, k).join(" ");
      if (isMaterial(lex.phrases.get(key)) || isMaterial(lex.exact.get(key)))
        material = toks.slice(span.end, k);
    }
    if (!material) continue;
    const words = familyWords();
    const writtenWith = span.ids.some((id) => material.every((t) => words(id).has(t)));
    return writtenWith ? null : { ...best, headed: true };
  }
  return null;
}

/** The words a concept's phrases and its kinds' phrases use ("vỏ nhựa" gives enclosure "nhua"). */
const familyWords = perLexicon((lex) => {
  const own = new Map<string, Set<string>>();
  for (const [key, ids] of lex.phrases)
    for (const id of ids) {
      const set = own.get(id) ?? own.set(id, new Set()).get(id)!;
      for (const t of key.split(" ")) set.add(t);
    }
  const memo = new Map<string, Set<string>>();
  return (id: string): Set<string> => {
    let set = memo.get(id);
    if (!set) {
      set = new Set(own.get(id));
      for (const d of descendants(id)) for (const t of own.get(d) ?? []) set.add(t);
      memo.set(id, set);
    }
    return set;
  };
});

const KIND_PRIORITY: ConceptKind[] = ["process", "product", "material", "certification"];

function ofKind(lex: Lexicon, ids: string[], kind?: ConceptKind): string[] {
  if (kind) return ids.filter((id) => lex.concepts.get(id)!.kind === kind);
  // Without a kind, one phrase naming a process and a product ("fasteners") answers the process.
  return [...ids].sort(
    (a, b) =>
      KIND_PRIORITY.indexOf(lex.concepts.get(a)!.kind) - KIND_PRIORITY.indexOf(lex.concepts.get(b)!.kind),
  );
}

/**
 * The single best concept for a term as firms write it, or null.
 * The longest phrase wins; between equally long ones the more specific concept ("thép SS400" ->
 * SS400 rather than steel), then the earlier one. With a kind, a term whose longest reading is of
 * another kind ("screws and bolts" is a process) falls back to the phrases of that kind.
 */
export function mapTerm(text: string, kind?: ConceptKind): string | null {
  return mapTermAt(text, kind)?.id ?? null;
}

/** mapTerm() with where the phrase lies among the term's lookup tokens. */
function mapTermAt(
  text: string,
  kind?: ConceptKind,
): { id: string; toks: string[]; start: number; end: number; headed?: boolean } | null {
  const lex = getLexicon();
  const toks = keyTokens(text);
  if (toks.length === 0) return null;
  const agree = accentsAgree(lex, toks, text);
  const exact = lex.exact.get(toks.join(" "));
  if (exact && (!agree || agree(exact, 0, toks.length))) {
    const ids = ofKind(lex, exact, kind);
    if (ids.length > 0) return { id: ids[0], toks, start: 0, end: toks.length };
  }
  const pick = (spans: Span[]) => {
    let best: { id: string; toks: string[]; start: number; end: number; headed?: boolean } | null = null;
    let bestLen = 0;
    let bestDepth = -1;
    for (const s of spans) {
      const len = s.end - s.start;
      for (const id of ofKind(lex, s.ids, kind)) {
        const d = lex.depth.get(id)!;
        if (len > bestLen || (len === bestLen && d > bestDepth)) {
          best = { id, toks, start: s.start, end: s.end, headed: s.headed };
          bestLen = len;
          bestDepth = d;
        }
        break; // one candidate per span: the kind-priority order already chose it
      }
    }
    return best;
  };
  const spans = scan(lex, toks, agree);
  const found = pick(spans);
  if (found || !kind) return found;
  const blocked = blockedPositions(lex, toks, spans);
  return pick(
    scan(
      lex,
      toks,
      allOf(
        agree,
        (ids, start, end) =>
          (end - start > 1 || !blocked.has(start)) && ids.some((id) => lex.concepts.get(id)!.kind === kind),
      ),
    ),
  );
}

/**
 * Token positions where a one-word concept must not be read inside a longer phrase: the words of
 * a blocking phrase ("tự động" in "tiện tự động", CNC turning) and the words a phrase writes with
 * other accents than the concept ("đóng" in "đóng gói" and "động" in "động cơ" are not "đồng",
 * copper, even when the text itself is typed without accents).
 */
function blockedPositions(lex: Lexicon, toks: string[], spans: Span[]): Set<number> {
  const blocked = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    let key = toks[i];
    for (let j = i + 1; ; j++) {
      if (lex.blocking.has(key)) for (let p = i; p < j; p++) blocked.add(p);
      if (j >= toks.length || !lex.prefixes.has(key)) break;
      key += " " + toks[j];
    }
  }
  for (const s of spans) for (const p of lex.foldAlike.get(s.key) ?? []) blocked.add(s.start + p);
  return blocked;
}

/**
 * The concepts a firm's free-text description names, for matching, search documents and learning
 * alike (decision 680): findConcepts, except for words that name both a product and a process
 * ("wire harnesses", "jacquard labels"). When the description states another process, one outside
 * that process's line ("offers coil winding of wire harnesses"), the sentence says what the firm
 * does with those other words and what it makes with these: they are read as the product only.
 * Alone ("we make wire harnesses"), beside a process of the same line, or followed at once by a
 * process word ("wire harness assembly"), they keep both readings.
 */
export function conceptsOfDescription(text: string): string[] {
  const found = findConcepts(text);
  const lex = getLexicon();
  const kindIs = (k: ConceptKind) => (id: string) => lex.concepts.get(id)!.kind === k;
  const toks = keyTokens(text);
  const spans = scan(lex, toks, accentsAgree(lex, toks, text));
  // Followed at once by a process word ("wire harness assembly"), the words name the process.
  const both = spans.filter(
    (s) =>
      s.ids.some(kindIs("product")) &&
      s.ids.some(kindIs("process")) &&
      !spans.some((t) => t.start === s.end && t.ids.some(kindIs("process"))),
  );
  if (both.length === 0) return found;
  const stated = spans.filter((s) => !both.includes(s)).flatMap((s) => s.ids.filter(kindIs("process")));
  const productOnly = new Set(
    both
      .flatMap((s) => s.ids.filter(kindIs("process")))
      .filter((q) => !stated.includes(q) && stated.some((p) => !isA(p, q) && !isA(q, p))),
  );
  return found.filter((id) => !productOnly.has(id));
}

/**
 * Every concept mentioned in a free text, longest phrase first, in order of appearance, no
 * duplicates. When asked for materials, also the material named inside a longer phrase of another
 * kind ("tản nhiệt nhôm" -> aluminium), since that is how firms state them; root umbrellas
 * ("metal" in "metal bending", "plastics" in "ép phun nhựa") are not reported that way.
 */
export function findConcepts(text: string, kind?: ConceptKind): string[] {
  const lex = getLexicon();
  const toks = keyTokens(text);
  if (toks.length === 0) return [];
  const out: string[] = [];
  const add = (ids: string[]): void => {
    for (const id of ids) {
      if (kind && lex.concepts.get(id)!.kind !== kind) continue;
      if (!out.includes(id)) out.push(id);
    }
  };
  const agree = accentsAgree(lex, toks, text);
  const exact = lex.exact.get(toks.join(" "));
  if (exact && (!agree || agree(exact, 0, toks.length))) add(exact);
  const spans = scan(lex, toks, agree);
  let blocked: Set<number> | null = null;
  for (const span of spans) {
    add(span.ids);
    if (
      kind === "material" &&
      span.end - span.start > 1 &&
      !span.ids.some((id) => lex.concepts.get(id)!.kind === "material")
    ) {
      blocked ??= blockedPositions(lex, toks, spans);
      add(innerMaterials(lex, toks, span, blocked));
    }
  }
  return out;
}

function innerMaterials(lex: Lexicon, toks: string[], span: Span, blocked: Set<number>): string[] {
  const found: string[] = [];
  for (let a = span.start; a < span.end; a++) {
    let key = "";
    for (let b = a; b < span.end; b++) {
      key = key ? key + " " + toks[b] : toks[b];
      if (a === span.start && b === span.end - 1) break;
      if (a === b && blocked.has(a)) continue;
      for (const id of lex.phrases.get(key) ?? []) {
        const c = lex.concepts.get(id)!;
        // A root umbrella says nothing ("metal bending" is not a material statement).
        if (c.kind !== "material" || (c.broad && c.parents.length === 0)) continue;
        if (!found.includes(id)) found.push(id);
      }
    }
  }
  return found;
}

/** Transitive parents, nearest first, without the concept itself. */
export function ancestors(id: string): string[] {
  const lex = getLexicon();
  const out: string[] = [];
  let frontier = lex.concepts.get(id)?.parents ?? [];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const p of frontier) {
      if (p === id || out.includes(p)) continue;
      out.push(p);
      next.push(...lex.concepts.get(p)!.parents);
    }
    frontier = next;
  }
  return out;
}

/** Transitive children, without the concept itself. */
export function descendants(id: string): string[] {
  const lex = getLexicon();
  const out: string[] = [];
  const stack = [...(lex.children.get(id) ?? [])];
  while (stack.length > 0) {
    const c = stack.shift()!;
    if (c === id || out.includes(c)) continue;
    out.push(c);
    stack.push(...(lex.children.get(c) ?? []));
  }
  return out;
}

export function isA(id: string, ancestorId: string): boolean {
  return id === ancestorId || ancestors(id).includes(ancestorId);
}

/**
 * The concepts that name the same capability for search recall: the family root (the highest
 * ancestor that is not an umbrella concept) and everything under it. "CNC turning" -> CNC
 * machining, turning, milling…; "zinc plating" -> plating and its kinds, but not anodising
 * (both sit under the umbrella "surface treatment"). A certification's family is itself and the
 * standards that imply it (ISO 9001 -> IATF 16949, AS9100).
 */
export function relatedConcepts(id: string): string[] {
  const lex = getLexicon();
  const concept = lex.concepts.get(id);
  if (!concept) return [];
  let root = concept;
  if (concept.kind !== "certification" && !concept.broad) {
    for (;;) {
      const parent = root.parents.map((p) => lex.concepts.get(p)!).find((p) => !p.broad);
      if (!parent || parent.id === id) break;
      root = parent;
    }
  }
  return [root.id, ...descendants(root.id)];
}

/** Every label and synonym in its original spelling ("=" markers removed), for query expansion. */
export function labelsOf(id: string): string[] {
  const c = getConcept(id);
  if (!c) return [];
  const out: string[] = [];
  for (const t of [c.labels.vi, c.labels.en, c.labels.ja, ...c.synonyms]) {
    const s = t.startsWith("=") ? t.slice(1) : t;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Autocomplete over labels and synonyms, diacritic-insensitive, on word starts. */
export function suggest(
  prefix: string,
  opts: { kind?: ConceptKind; lang?: Lang; limit?: number } = {},
): { id: string; label: string; kind: ConceptKind }[] {
  const p = fold(prefix);
  if (!p) return [];
  const lex = getLexicon();
  const lang = opts.lang ?? "vi";
  const limit = opts.limit ?? 10;
  const words = p.split(" ").filter(Boolean);
  const best = new Map<string, number>();
  for (const e of lex.suggestions) {
    if (opts.kind && e.kind !== opts.kind) continue;
    const rank = wordRank(e.folded, words);
    if (rank === null) continue;
    // Shorter matches first: "hàn" before "hàn linh kiện SMT".
    const score = rank * 1000 + Math.min(e.folded.length, 999);
    const prev = best.get(e.id);
    if (prev === undefined || score < prev) best.set(e.id, score);
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([id]) => {
      const c = lex.concepts.get(id)!;
      return { id, label: c.labels[lang], kind: c.kind };
    });
}

/**
 * How well typed words complete a label, whatever their order ("CNC tiện" finds "tiện CNC", as
 * "tiện CNC" does; issue 13): each typed word must start a different word of the label. 0: the
 * same words; 1: they include the label's first word; 2: elsewhere in it; null: no match.
 */
function wordRank(label: string, typed: string[]): number | null {
  const labelWords = label.split(" ");
  const used = new Set<number>();
  // Longest typed words first, so that "t" cannot take the word "tiện" needs.
  for (const w of [...typed].sort((a, b) => b.length - a.length)) {
    let found = labelWords.findIndex((lw, i) => !used.has(i) && lw === w);
    if (found < 0) found = labelWords.findIndex((lw, i) => !used.has(i) && lw.startsWith(w));
    if (found < 0) return null;
    used.add(found);
  }
  if (used.size === labelWords.length && typed.every((w) => labelWords.includes(w))) return 0;
  return used.has(0) ? 1 : 2;
}

/** Majority sector of a firm's processes and products (concepts without a sector are ignored). */
export function sectorOf(conceptIds: string[]): SectorId | null {
  const lex = getLexicon();
  const counts = new Map<SectorId, number>();
  let best: SectorId | null = null;
  for (const id of conceptIds) {
    const s = lex.concepts.get(id)?.sector;
    if (!s) continue;
    const n = (counts.get(s) ?? 0) + 1;
    counts.set(s, n);
    if (best === null || n > counts.get(best)!) best = s;
  }
  return best;
}

/** "ISO 9001:2015" -> "iso9001", "IATF 16949" -> "iatf16949", "Oeko-Tex Standard 100" -> "oekotex". */
export function certificationId(standard: string): string | null {
  return mapTerm(standard, "certification");
}

export { fuzzyConcept, MIN_CONFIDENCE, type FuzzyMatch } from "./fuzzy";
export { gradeAt, gradeConcept, GRADE_CONFIDENCE, type GradeMatch } from "./grades";

/** A term's concept with how sure the portal is: 1 for a phrase of the lexicon, below 1 for a near concept. */
export interface ScoredConcept {
  id: string;
  confidence: number;
  /** For a near concept: the words of the term that named it. */
  via?: string;
  /** Read from what the directory's firms write beside the term (learned.ts), not from its words. */
  learned?: boolean;
  /** Read through the dictionary (dictionary.ts): the gloss the concept was read from. */
  gloss?: string;
}

/**
 * mapTerm(), then for a term the lexicon does not know, the concept its words clearly name
 * (fuzzy.ts: head word and modifiers, near words, compounds, Japanese bigrams). Null: the term
 * stays text.
 */
/** A phrase of the lexicon found beside an unknown head word: likely the concept, not certain. */
const HEADLESS_CONFIDENCE = 0.8;

const scoredMemo = new Map<string, ScoredConcept | null>();
let scoredMemoLex: unknown = null;

export function mapTermScored(text: string, kind: ConceptKind): ScoredConcept | null {
  // Below everything the term's own words give: the reading learned from the directory (learned.ts).
  return mapTermOwn(text, kind) ?? learnedConcept(text, kind);
}

/**
 * The reading learned from the directory for a term no phrase or near reading gives (learned.ts),
 * for query words: "GTAW" searched finds the firms of the concept the firms writing it describe.
 */
export function learnedConcept(text: string, kind: ConceptKind): ScoredConcept | null {
  const l = kind === "certification" ? undefined : learnedReading(kind, text);
  return l ? { id: l.conceptId, confidence: l.confidence, via: text.trim(), learned: true } : null;
}

/** mapTermScored() from the term's own words and the lexicon only, without learned readings. */
export function mapTermOwn(text: string, kind: ConceptKind): ScoredConcept | null {
  // Remembered: the search index reads every document's terms when it loads (a directory repeats
  // the same few thousand terms), and matching recomputes confidences from the text.
  const lex = getLexicon();
  if (scoredMemoLex !== lex || scoredMemo.size > 50_000) {
    scoredMemo.clear();
    scoredMemoLex = lex;
  }
  const key = `${kind}\u0000${text}`;
  const hit = scoredMemo.get(key);
  if (hit !== undefined) return hit;
  const result = scoreTerm(text, kind);
  scoredMemo.set(key, result);
  return result;
}

function scoreTerm(text: string, kind: ConceptKind): ScoredConcept | null {
  const own = readTerm(text, kind);
  // A katakana word written another way than the lexicon writes it ("コンベヤ" / "コンベア",
  // "ワイアハーネス"; katakana.ts): that reading when the term's own is missing, near, or more
  // general than it ("ギヤボックス" is a gearbox, not only a gear).
  if (kind === "certification") return own;
  const k = katakanaConcept(text, kind);
  // A Japanese word the lexicon lacks, read through the dictionary's gloss (dictionary.ts): only
  // when nothing of the term's own words reads it, so a sure or near reading is never replaced.
  if (!k) return own ?? dictionaryReading(text, kind);
  if (own && own.id === k.id) return own.confidence >= k.confidence ? own : k;
  if (own && own.confidence >= 1 && !isA(k.id, own.id)) return own;
  return k;
}

function readTerm(text: string, kind: ConceptKind): ScoredConcept | null {
  const at = mapTermAt(text, kind);
  // A material named by its designation in a standard or a trade name (grades.ts): "SCM420",
  // "thép SCM420" (the lexicon reads only "thép", steel), "nhựa Duracon".
  const grade = kind === "material" ? gradeConcept(text) : null;
  if (grade && (!at || (at.id !== grade.id && isA(grade.id, at.id))))
    return { id: grade.id, confidence: grade.confidence, via: grade.via };
  // An ambiguous verb with the material it works ("ép nhựa", "đúc gang", "樹脂成形"; heads.ts).
  // It wins over a phrase found when that phrase is an umbrella or cuts through the material's
  // words ("ép kim loại" is not "ép kim", foil stamping, + "loại").
  if (kind === "process") {
    const mats = materialSpans(text);
    const crossed = !!at && mats.some((m) => m.start < at.end && m.end > at.end);
    const h = !at || crossed || lexIsBroad(at.id) ? headProcess(text, mats) : null;
    if (h) return h;
  }
  if (!at) {
    const f = fuzzyConcept(text, kind);
    return f ? { id: f.id, confidence: f.confidence, via: f.via } : null;
  }
  // Head and modifier: the phrase found may be the general head of a term whose other words
  // name something more specific ("xử lý bề mặt anode": surface treatment, and "anode" says
  // which: anodising). The rest of the term is read on its own; a concept under the head wins.
  if (at.end - at.start < at.toks.length) {
    const rest = [...at.toks.slice(0, at.start), ...at.toks.slice(at.end)].join(" ");
    const f = fuzzyConcept(rest, kind);
    if (f && f.id !== at.id && isA(f.id, at.id)) return { id: f.id, confidence: f.confidence, via: f.via };
    // The phrase found is not the term's head ("đúc ép kim loại": "ép kim" is foil stamping, but
    // the term is about "đúc", casting): the whole term's near concept when it has one, else the
    // phrase's concept, held less surely.
    // (Not when the words before the phrase were a product it is the material-bound head of:
    // "vỏ" in "vỏ hộp giấy" is the paper box's casing, see materialHead.)
    const head = at.headed ? -1 : headWord(text, kind);
    if (head >= 0 && (head < at.start || head >= at.end)) {
      const whole = fuzzyConcept(text, kind);
      if (whole) return { id: whole.id, confidence: whole.confidence, via: whole.via };
      return { id: at.id, confidence: HEADLESS_CONFIDENCE, via: at.toks.slice(at.start, at.end).join(" ") };
    }
    // The whole term rendered through the glossary is a phrase of another concept (glossary.ts):
    // every word of it says more than the part the phrase covers ("lắp ráp điện tử" is electronics
    // assembly, not only assembly; "xử lý nhiệt chân không" vacuum heat treatment).
    // Only a Vietnamese term, every word rendered: English words are read by the English phrases.
    const g = wholeGlossary(text, kind);
    if (g && g.whole && g.id !== at.id) return { id: g.id, confidence: g.confidence, via: g.via };
  }
  return { id: at.id, confidence: 1 };
}

function wholeGlossary(text: string, kind: ConceptKind) {
  const lex = getLexicon();
  return glossaryConcept(lex, text, kind, (ids) => commonConceptOf(lex, ids));
}

/** The dictionary's reading of a term (dictionary.ts), with the materials the lexicon reads in it set aside. */
export function dictionaryReading(text: string, kind: ConceptKind): ScoredConcept | null {
  const d = dictionaryConcept(text, kind, () => materialSpans(text));
  return d ? { id: d.id, confidence: d.confidence, via: d.via, gloss: d.gloss } : null;
}

/**
 * The concept of `kind` a text names wholly and surely: one phrase of the lexicon that is the
 * whole text, read with confidence 1 ("turning", "sheet metal"; not "precision turning parts",
 * not a near reading). For reading outside vocabularies through their glosses (dictionary.ts).
 */
export function wholeConcept(text: string, kind: ConceptKind): string | null {
  const own = mapTermOwn(text, kind);
  if (!own || own.confidence < 1) return null;
  const at = mapTermAt(text, kind);
  return at && at.id === own.id && at.start === 0 && at.end === at.toks.length ? own.id : null;
}

function lexIsBroad(id: string): boolean {
  return !!getLexicon().concepts.get(id)?.broad;
}

/** The family a material belongs to, for heads.ts. */
function materialFamily(id: string): string | null {
  const is = (a: string) => id === a || isA(id, a);
  if (is("plastic") || is("engineering-plastics")) return "plastic";
  if (is("rubber")) return "rubber";
  if (is("cast-iron")) return "cast-iron";
  if (is("steel")) return "steel";
  if (id === "metal") return "metal";
  if (is("metal")) return "non-ferrous";
  return null;
}

/** Materials named in a term, with the lookup tokens each covers. */
function materialSpans(text: string): { family: string | null; start: number; end: number }[] {
  const lex = getLexicon();
  const toks = keyTokens(text);
  const material: Accept = (ids) => ids.some((id) => lex.concepts.get(id)!.kind === "material");
  return scan(lex, toks, allOf(accentsAgree(lex, toks, text), material)).flatMap((s) => {
    const id = s.ids.find((x) => lex.concepts.get(x)!.kind === "material");
    return id ? [{ family: materialFamily(id), start: s.start, end: s.end }] : [];
  });
}

/**
 * How sure a stored mapping is, recomputed from the term's text (the mapping is a pure function
 * of the text and the taxonomy, so nothing else needs storing): below 1 only when the concept is
 * the near concept of a term the lexicon does not know. A concept chosen by hand counts as sure.
 */
export function termConfidence(text: string, kind: ConceptKind, conceptId: string | null): number {
  if (!conceptId) return 0;
  const s = mapTermScored(text, kind);
  return s && s.id === conceptId ? s.confidence : 1;
}
