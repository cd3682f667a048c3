// Which entries of a Japanese–English dictionary the taxonomy may read (decision 660): the entry's
// English glosses must name one concept wholly and surely through the taxonomy's own reader
// (index.ts wholeConcept), and the Japanese headword must be a term, not a common word.
// Pure: the dictionary is passed in (dictd.ts reads it), the lexicon is the taxonomy's.
import { fold, isCjkCode } from "../../app/modules/text/analyser";
import {
  ancestors,
  descendants,
  findConcepts,
  getConcept,
  labelsOf,
  relatedConcepts,
  wholeConcept,
  type ConceptKind,
} from "../../app/modules/taxonomy/index";
import { genericMask, keyTokens } from "../../app/modules/taxonomy/keys";
import type { JmEntry } from "./dictd";

const KINDS: ConceptKind[] = ["process", "material", "product"];

/** A gloss as the lexicon would read it: "(on a lathe)" and "to …" dropped, "a cut" -> "cut". */
export function glossText(gloss: string): string {
  return gloss
    .replace(/\([^()]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:to|a|an|the) /i, "")
    .trim();
}

/** The concepts a gloss names wholly and surely, of any capability kind (none, one, or several kinds). */
const glossMemo = new Map<string, string[]>();

export function glossConcepts(gloss: string): string[] {
  let hit = glossMemo.get(gloss);
  if (!hit) glossMemo.set(gloss, (hit = readGloss(gloss)));
  return hit;
}

function readGloss(gloss: string): string[] {
  const text = glossText(gloss);
  if (!text || /[^\x20-\x7e]/.test(text)) return [];
  // A verb ("to die", "to cover") is not how a capability is named; an acronym or a word under
  // four letters ("PS", "PET", "pa", "in") is many things, and folds onto Vietnamese words.
  if (/^to /i.test(gloss.trim())) return [];
  const letters = text.replace(/[^A-Za-z]/g, "");
  if (letters.length < 4 || (letters === letters.toUpperCase() && !text.includes(" "))) return [];
  if (/[A-Za-z][A-Z]/.test(text.replace(/\b[A-Z]+\b/g, (w) => (text.includes(" ") ? w.toLowerCase() : w))))
    return []; // "LaTeX", "PhD": a name, not a word
  // One word qualified in brackets ("(photographic) print", "terminal (unit)", "transformer (toy)")
  // is the word in another sense, unless the brackets name the concept's family ("turning (on a
  // lathe)").
  const qualifier = gloss
    .match(/\(([^()]*)\)/g)
    ?.join(" ")
    .replace(/[()]|\b(?:e\.g\.|esp\.|usu\.|of|on|a|an|the)\b/g, " ");
  const oneWord = !text.includes(" ");
  const out: string[] = [];
  for (const kind of KINDS) {
    const id = wholeConcept(text, kind);
    if (!id || out.includes(id)) continue;
    if (oneWord && qualifier?.trim()) {
      const family = new Set(relatedConcepts(id));
      if (!findConcepts(qualifier).some((q) => family.has(q))) continue;
    }
    out.push(id);
  }
  return out;
}

/** JMdict's marks of a common word (newspaper, Ichimango, loanword and frequency lists). */
export function isCommon(priority: readonly string[]): boolean {
  return priority.some((p) => /^(?:news1|ichi1|spec1|gai1)$/.test(p) || /^nf(?:0\d|1\d|2[0-4])$/.test(p));
}

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const KATAKANA_ONLY = /^[\u30a1-\u30fa\u30fc\u30fb]+$/;

/**
 * Why a headword is refused, or null when it may be read: hiragana only (a reading, shared by
 * homophones: "せんさく" is 旋削 and 穿鑿), one kanji with or without its kana (a morpheme of many
 * words: "盤", "刷り"), katakana under four kana or marked common (short loanwords collide:
 * "プレス", "ボール"), generic words only ("加工", "製品"), or not Japanese at all.
 */
export function headwordRefusal(form: string, priority: readonly string[]): string | null {
  if (!KANJI.test(form)) {
    if (!KATAKANA_ONLY.test(form)) return "kana-reading";
    if ([...form.replace(/[ー・]/g, "")].length < 4) return "short-katakana";
    if (isCommon(priority)) return "common-katakana";
  } else if ([...form].filter((ch) => KANJI.test(ch)).length < 2 && !/[\u30a1-\u30fa]{4}/.test(form))
    return "single-kanji"; // also one kanji with its okurigana ("刷り", "研ぎ")
  if (![...form].every((ch) => isCjkCode(ch.charCodeAt(0)) || /[\u3040-\u30ff]/.test(ch)))
    return "not-japanese";
  const toks = keyTokens(form);
  if (toks.length === 0 || genericMask(toks).every(Boolean)) return "generic";
  return null;
}

export interface Selected {
  ja: string;
  gloss: string;
  concept: string;
  kind: ConceptKind;
}

export interface Refused {
  ja: string;
  reason: string;
  glosses: string;
}

/**
 * The entry's readable headwords, or why none is. The glosses of all its senses are read: they
 * must name exactly one concept, and the glosses that name it must be the entry's first sense's
 * (a word whose technical meaning is a later sense is first something else: 押出し is first
 * "pushing something out"). An entry marked common whose first sense says more than the concept
 * (回転 "rotation, revolution, turning") is a common word that only touches the trade.
 */
export function selectEntry(entry: JmEntry): { selected: Selected[]; refused: Refused[] } {
  const glosses = entry.senses.flat();
  const all = glosses.join(", ");
  const refuse = (reason: string) => ({
    selected: [],
    refused: entry.forms.map((f) => ({ ja: f.form, reason, glosses: all })),
  });
  if (entry.senses.length === 0) return refuse("no-gloss");
  const named = new Map<string, string[]>(); // concept -> glosses naming it
  for (const g of glosses)
    for (const id of glossConcepts(g)) (named.get(id) ?? named.set(id, []).get(id)!).push(g);
  if (named.size === 0) return refuse("no-concept");
  if (named.size > 1) return refuse(`ambiguous:${[...named.keys()].join("|")}`);
  const [[concept, from]] = [...named];
  const first = entry.senses[0];
  if (!from.every((g) => first.includes(g))) return refuse("later-sense");
  const c = getConcept(concept)!;
  if (c.broad) return refuse("umbrella");
  const common = entry.forms.some((f) => isCommon(f.priority));
  const others = first.filter((g) => !from.includes(g));
  if (common && others.length > 0) return refuse("common-word");
  // The concept must be what the word mostly means: at least half of its first sense's glosses
  // ("carburizing, carburising, cementation"), not one among motions ("turning, revolution,
  // rotation, circling" is 旋回, swivelling).
  if (from.length * 2 < first.length) return refuse("minor-gloss");
  // One English word is often several things ("die", "cover", "seal", "bearing"): then the
  // Japanese must agree, sharing a kanji or a katakana word with the concept's own Japanese.
  const specific = from.some((g) => glossText(g).includes(" "));
  const selected: Selected[] = [];
  const refused: Refused[] = [];
  for (const f of entry.forms) {
    const why =
      headwordRefusal(f.form, f.priority) ??
      (specific || corroborated(f.form, concept) ? null : "uncorroborated");
    if (why) refused.push({ ja: f.form, reason: why, glosses: all });
    else selected.push({ ja: f.form, gloss: from[0], concept, kind: c.kind });
  }
  return { selected, refused };
}

/**
 * Whether a headword shares a kanji, or a katakana run of three kana or more, with the Japanese
 * of the concept's family (its labels and synonyms, and those of the concepts above and below it
 * that are not umbrellas): 旋削 shares 旋 with 旋盤 (turning); 死ぬ ("to die") shares nothing
 * with 金型 (moulds and dies).
 */
export function corroborated(form: string, concept: string): boolean {
  const family = [
    concept,
    ...ancestors(concept).filter((a) => !getConcept(a)!.broad),
    ...descendants(concept),
  ];
  const japanese = family.flatMap((id) => labelsOf(id)).filter((t) => /[\u3040-\u9fff]/.test(t));
  const folded = japanese.map((t) => fold(t));
  const mine = fold(form);
  for (const ch of mine) if (KANJI.test(ch) && folded.some((t) => t.includes(ch))) return true;
  for (const run of mine.match(/[\u30a1-\u30fc]{3,}/g) ?? [])
    for (let i = 0; i + 3 <= run.length; i++)
      if (folded.some((t) => t.includes(run.slice(i, i + 3)))) return true;
  return false;
}
