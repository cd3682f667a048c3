/**
 * A Vietnamese term the lexicon lacks, read word by word through a glossary of ordinary technical
 * words (data/glossary-vi.ts, decision 690): "uốn ống" is bend + tube, and "tube bending" is a
 * phrase of the lexicon; "dây điện" is wire + electric, "electric wire". Vietnamese puts the head
 * first and English last, and Sino-Vietnamese compounds keep the other order (decision 536), so
 * every order of the term's words is tried, with every English meaning the glossary gives each
 * word. The reading is taken only when the renderings that are phrases of the lexicon — the whole
 * rendering, nothing left over — name one concept of the asked kind (or several under one concept
 * that is not an umbrella). It is a near reading (GLOSSARY_CONFIDENCE), shown "from the words".
 *
 * When no rendering of the whole term is a phrase, its words of another kind are set aside as
 * modifiers (a material beside a process or a product: "uốn ống đồng" is "tube bending"), held
 * less surely (MODIFIED_CONFIDENCE).
 *
 * What it refuses: a word the glossary does not know (unless it is not a Vietnamese syllable at
 * all: a code or a loan such as "PCB", "EVA", "motor", passed as it is); one word alone (a
 * compound only: a single word is the lexicon's, or a dictionary's guess); a term without any
 * glossary word (English is read by the English phrases themselves); a term with only generic
 * words ("sản xuất", "gia công", keys.ts GENERIC_WORDS) or the empty words of the glossary
 * ("nhận", "làm") — they are rendered, or dropped, but never decide; more than four words;
 * accents that disagree (decision 605: "van" is not "ván"); certifications (a hard constraint is
 * never guessed).
 */
import { VI_GLOSSARY, VI_GLOSSARY_EMPTY } from "./data/glossary-vi";
import { englishStem, genericWords, GENERIC_WORDS, keyTokens, VI_SYLLABLE } from "./keys";
import { perLexicon, writtenAccents, type Lexicon } from "./lexicon";
import type { ConceptKind } from "./types";

/** How sure a reading through the glossary is: a rendering, not the firm's own phrase. */
export const GLOSSARY_CONFIDENCE = 0.8;
/** Most content words rendered (orders × meanings grow fast). */
const MAX_WORDS = 4;
/** Most renderings looked up for one term. */
const MAX_RENDERINGS = 4000;

interface Entry {
  /** the Vietnamese word's lookup tokens */
  toks: string[];
  /** per lookup token, the accent signatures the glossary writes it with */
  accents: Map<string, Set<string>>;
  /** English meanings, as stem keys (see stemKey) */
  en: string[];
}

/** A line of the glossary in error says where (a data mistake must not pass silently). */
function parse(): { byFirst: Map<string, Entry[]>; longest: number } {
  const byFirst = new Map<string, Entry[]>();
  let longest = 1;
  const add = (vi: string, en: string[]) => {
    const toks = keyTokens(vi);
    const accents = new Map<string, Set<string>>();
    for (const [tok, w] of writtenAccents(vi)) accents.set(tok, w.forms);
    const entry: Entry = { toks, accents, en };
    (byFirst.get(toks[0]) ?? byFirst.set(toks[0], []).get(toks[0])!).push(entry);
    longest = Math.max(longest, toks.length);
  };
  VI_GLOSSARY.split("\n").forEach((line, n) => {
    const text = line.trim();
    if (!text || text.startsWith("#")) return;
    const m = /^([^=]+)=(.+)$/.exec(text);
    const en = m ? m[2].split("|").map((e) => stemKey(e)) : [];
    if (!m || en.some((e) => !e))
      throw new Error(`glossary-vi.ts line ${n}: "${text}" is not "vi = en | en"`);
    add(m[1], en);
  });
  // The empty words: read with their accents like the others ("nhận" is empty, "nhãn" a label).
  for (const w of VI_GLOSSARY_EMPTY) add(w, []);
  return { byFirst, longest };
}

let parsed: ReturnType<typeof parse> | null = null;
const glossary = () => (parsed ??= parse());

/** English text -> its lookup tokens with one verb's forms folded ("rolled" = "rolling" = "roll"). */
function stemKey(text: string): string {
  return keyTokens(text).map(englishStem).join(" ");
}

/** The lexicon's phrases by stem key (Latin-script phrases only), built once per lexicon. */
const stemIndex = perLexicon((lex: Lexicon) => {
  const out = new Map<string, string[]>();
  for (const source of [lex.phrases, lex.exact])
    for (const [key, ids] of source) {
      if (ids.length === 0 || !/^[a-z0-9 ]+$/.test(key)) continue;
      const k = key.split(" ").map(englishStem).join(" ");
      const list = out.get(k) ?? out.set(k, []).get(k)!;
      for (const id of ids) if (!list.includes(id)) list.push(id);
    }
  return out;
});

/** A Vietnamese mark (NFD: tones and vowel marks are combining characters after the letter; đ). */
const ACCENTED = /đ|[\u0300-\u0303\u0306\u0309\u031b\u0323]/i;
/** English for each class of generic words: what a rendering may end with ("plastic bag making"). */
const GENERIC_EN: Record<string, string[]> = {
  making: ["manufacturing", "making", "production"].map(stemKey),
  piece: ["part", "component", "product"].map(stemKey),
  service: ["service"],
};

interface Unit {
  /** English meanings as stem keys */
  en: string[];
  /** a generic word: rendered at the end, or left out, never deciding */
  generic: boolean;
  /** rendered from the glossary (not a code or loan word passed as it is) */
  glossary?: boolean;
}

/**
 * The term's words as glossary words (longest first, accents agreeing), or null when one word is
 * a Vietnamese word the glossary does not know.
 */
function units(text: string): Unit[] | null {
  const toks = keyTokens(text);
  if (toks.length === 0 || !toks.every((t) => /^[a-z0-9]+$/.test(t))) return null;
  // Text typed without any mark folds onto every spelling (decision 605). Text written with
  // marks is read as written, a word without marks too: "van" (valve) beside "điều khiển" is not
  // "ván" (board) — a dictionary reading is stricter than a phrase of the lexicon.
  const written = ACCENTED.test(text.normalize("NFD")) ? writtenAccents(text) : null;
  const agrees = (e: Entry) =>
    !written ||
    e.toks.every((t) => {
      const own = written.get(t);
      const lex = e.accents.get(t);
      if (!own || !lex) return true;
      for (const f of own.forms) if (lex.has(f)) return true;
      return false;
    });
  const generic = new Map(genericWords(toks).map((g) => [g.start, g]));
  const out: Unit[] = [];
  const { byFirst, longest } = glossary();
  for (let i = 0; i < toks.length;) {
    const g = generic.get(i);
    if (g) {
      const word = toks.slice(i, i + g.length).join(" ");
      const cls = Object.entries(GENERIC_WORDS).find(([, ws]) => ws.includes(word))?.[0] ?? "";
      if (GENERIC_EN[cls]) out.push({ en: GENERIC_EN[cls], generic: true });
      i += g.length;
      continue;
    }
    let taken = 0;
    for (let n = Math.min(longest, toks.length - i); n >= 1 && !taken; n--) {
      const key = toks.slice(i, i + n).join(" ");
      const found = (byFirst.get(toks[i]) ?? []).filter(
        (e) => e.toks.length === n && e.toks.join(" ") === key && agrees(e),
      );
      if (found.length > 0) {
        const en = [...new Set(found.flatMap((e) => e.en))];
        // An empty word is dropped; typed without marks, a word that may also mean something
        // ("nhan": "nhận" or "nhãn") is rendered with that meaning.
        if (en.length > 0) out.push({ en, generic: false, glossary: true });
        taken = n;
      }
    }
    if (!taken) {
      // A code or a loan word is its own English ("PCB", "EVA", "motor"); a Vietnamese word the
      // glossary does not know ends the reading.
      if (VI_SYLLABLE.test(toks[i]) && !/\d/.test(toks[i])) return null;
      out.push({ en: [englishStem(toks[i])], generic: false });
      taken = 1;
    }
    i += taken;
  }
  return out;
}

/** Every order of a list (at most MAX_WORDS items). */
function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((r) => [x, ...r]));
}

export interface GlossaryMatch {
  id: string;
  confidence: number;
  /** the English phrase of the lexicon the term was rendered as ("tube bend") */
  via: string;
  /** Every word of the term rendered (no modifier left out) and one of them a glossary word. */
  whole: boolean;
}

/**
 * The concept of `kind` a Vietnamese term names through the glossary, or null. `commonConcept`
 * gives the nearest non-umbrella concept over several (fuzzy.ts), so a family resolves.
 */
export function glossaryConcept(
  lex: Lexicon,
  text: string,
  kind: ConceptKind,
  commonConcept: (ids: string[]) => string | null,
): GlossaryMatch | null {
  if (kind === "certification") return null;
  const all = units(text);
  if (!all) return null;
  const content = all.filter((u) => !u.generic);
  // A compound: one word alone is a dictionary's guess at what the firm meant ("vỏ" beside "hộp
  // giấy" in a query is the box's casing, not an enclosure), and a word already in the lexicon
  // is read there.
  if (all.length < 2 || content.length === 0 || content.length > MAX_WORDS) return null;
  const tails = ["", ...new Set(all.filter((u) => u.generic).flatMap((u) => u.en))];
  // Vietnamese: at least one word rendered from the glossary. A term of English words and codes
  // only is read by the English phrases themselves (decision 620 keeps their forms apart).
  const vietnamese = content.some((u) => u.glossary);
  if (!vietnamese) return null;
  const resolve = (found: Map<string, string>, confidence: number): GlossaryMatch | null => {
    if (found.size === 0) return null;
    const id = found.size === 1 ? [...found.keys()][0] : commonConcept([...found.keys()]);
    const whole = vietnamese && confidence === GLOSSARY_CONFIDENCE;
    return id ? { id, confidence, via: found.get(id) ?? [...found.values()][0], whole } : null;
  };
  const whole = rendered(lex, content, tails, kind);
  if (whole === null) return null;
  if (whole.size > 0) return resolve(whole, GLOSSARY_CONFIDENCE);
  // Nothing for the whole term: its words of another kind are modifiers, as in fuzzy.ts ("uốn ống
  // đồng" is bending copper tube: "tube bending"). At least one word of the kind remains.
  const modifier = content.map((u) => qualifies(lex, u, kind));
  if (!modifier.some(Boolean) || modifier.every(Boolean)) return null;
  const rest = rendered(
    lex,
    content.filter((_, i) => !modifier[i]),
    tails,
    kind,
  );
  return rest ? resolve(rest, MODIFIED_CONFIDENCE) : null;
}

/** How sure a reading without the term's modifiers is: it said more than the phrase found. */
export const MODIFIED_CONFIDENCE = 0.75;

/**
 * Concepts of `kind` whose phrase is a rendering of the words in some order (with one generic
 * tail or none), each with the first rendering that found it; null when there are too many
 * renderings to say.
 */
function rendered(
  lex: Lexicon,
  content: Unit[],
  tails: string[],
  kind: ConceptKind,
): Map<string, string> | null {
  const index = stemIndex();
  const found = new Map<string, string>();
  let tried = 0;
  for (const order of orders(content)) {
    // Every combination of the words' meanings in this order.
    let phrases = [""];
    for (const u of order) phrases = phrases.flatMap((p) => u.en.map((e) => (p ? p + " " + e : e)));
    for (const p of phrases)
      for (const tail of tails) {
        if (++tried > MAX_RENDERINGS) return null; // too many meanings to say which
        const key = tail ? `${p} ${tail}` : p;
        for (const id of index.get(key) ?? [])
          if (lex.concepts.get(id)!.kind === kind && !found.has(id)) found.set(id, key);
      }
  }
  return found;
}

/**
 * A word that qualifies a term of `kind` (fuzzy.ts): a material beside a process or a product, a
 * process or a product beside a material — every meaning of it that is a phrase is of such a kind.
 */
function qualifies(lex: Lexicon, u: Unit, kind: ConceptKind): boolean {
  const kinds = u.en.flatMap((e) => (stemIndex().get(e) ?? []).map((id) => lex.concepts.get(id)!.kind));
  if (kinds.length === 0) return false;
  return kinds.every((k) => (kind === "material" ? k !== "material" : k === "material"));
}
