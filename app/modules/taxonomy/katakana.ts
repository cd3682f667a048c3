/**
 * Katakana loanwords written another way than the lexicon writes them (decision 535). Two habits
 * survive the analyser's folding (decision 480) because folding them everywhere would merge
 * different words:
 * - a ー inside a compound: "カッターナイフ" / "カッタナイフ" (the cutter's final ー is optional,
 *   JIS Z 8301 and the Cabinet notice 外来語の表記 leave it to the writer, also mid-compound);
 *   but inside a short word ー tells words apart ("メーカー" maker, "メカ" mecha);
 * - "a" after an i- or e-row kana written ア or ヤ: "コンベア" / "コンベヤ", "ワイア" / "ワイヤ",
 *   "ギア" / "ギヤ" (外来語の表記 留意事項 その2, 3: "ア" and "ヤ" both in use for the English
 *   "-ia", "-ea", "-ire", "-ayer").
 * So they are compared, not folded: a katakana stretch of a term whose skeleton (ー dropped, ヤ
 * after an i/e-row kana read as ア) equals that of a lexicon word, is read as that word, with a
 * confidence below 1 ("~ from 'コンベヤ'" in the reasons). Only for skeletons of MIN_SKELETON
 * kana or more: shorter words collide ("プレス" press is never "プレッサー" presser anyway, and
 * "ボール" ball never "ボル").
 */
import { fold } from "~/modules/text/analyser";
import { keyTokens } from "./keys";
import { getLexicon, perLexicon, type Lexicon } from "./lexicon";
import type { ConceptKind } from "./types";

/** How sure a reading through another katakana spelling is (a grade is 0.9, a verb head 0.85). */
export const KATAKANA_CONFIDENCE = 0.9;
/** Kana in a skeleton below which no variant is read. */
export const MIN_SKELETON = 4;

const CHOON = "ー";
/** i-row and e-row kana (small kana are already full size after folding: "ディ" is "デイ"). */
const I_E_ROW = new Set([..."イキギシジチヂニヒビピミリヰエケゲセゼテデネヘベペメレヱ"]);

function isKatakana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}

/** The spelling-free form of a katakana stretch: ー dropped, ヤ after an i/e-row kana as ア. */
export function katakanaSkeleton(s: string): string {
  let out = "";
  for (const ch of s) {
    if (ch === CHOON) continue;
    out += ch === "ヤ" && I_E_ROW.has(out[out.length - 1]) ? "ア" : ch;
  }
  return out;
}

/** Skeleton -> the lexicon's spellings of it (katakana runs of every phrase, folded). */
const spellings = perLexicon((lex: Lexicon) => {
  const map = new Map<string, Set<string>>();
  const add = (key: string) => {
    let run = "";
    const flush = () => {
      const sk = katakanaSkeleton(run);
      if (sk.length >= MIN_SKELETON) (map.get(sk) ?? map.set(sk, new Set()).get(sk)!).add(run);
      run = "";
    };
    for (const t of key.split(" ")) {
      if (t.length === 1 && isKatakana(t)) run += t;
      else flush();
    }
    flush();
  };
  for (const key of lex.phrases.keys()) add(key);
  for (const key of lex.exact.keys()) add(key);
  return map;
});

export interface KatakanaVariant {
  /** The term, folded, with each variant stretch written as the lexicon writes it. */
  text: string;
  /** The lexicon's spellings put in. */
  spelled: string[];
}

/**
 * The term with its katakana written the lexicon's way, or null when nothing differs. Each
 * katakana run is scanned leftmost-longest for stretches whose skeleton the lexicon knows.
 */
export function katakanaVariant(text: string): KatakanaVariant | null {
  const folded = fold(text);
  const known = spellings();
  let out = "";
  const spelled: string[] = [];
  let i = 0;
  while (i < folded.length) {
    if (!isKatakana(folded[i])) {
      out += folded[i++];
      continue;
    }
    let end = i;
    while (end < folded.length && isKatakana(folded[end])) end++;
    // Inside one run: the longest stretch from each position that the lexicon knows.
    let k = i;
    while (k < end) {
      let taken = 0;
      for (let j = end; j - k >= MIN_SKELETON; j--) {
        const seg = folded.slice(k, j);
        const forms = known.get(katakanaSkeleton(seg));
        if (!forms) continue;
        if (forms.has(seg)) {
          out += seg; // already the lexicon's spelling
        } else {
          // Several spellings of one skeleton are one word written both ways ("ワイヤーカット",
          // "ワイヤカット"): any of them reads the same.
          const form = [...forms].sort()[0];
          out += form;
          spelled.push(form);
        }
        taken = j - k;
        break;
      }
      if (taken) k += taken;
      else out += folded[k++];
    }
    i = end;
  }
  return spelled.length ? { text: out, spelled } : null;
}

/**
 * The concept of `kind` a term names through another katakana spelling of a lexicon phrase: the
 * longest phrase of that kind, in the term written the lexicon's way, that contains a respelled
 * stretch. Null when there is no such phrase.
 */
export function katakanaConcept(
  text: string,
  kind: ConceptKind,
): { id: string; confidence: number; via: string } | null {
  const v = katakanaVariant(text);
  if (!v) return null;
  const lex = getLexicon();
  const toks = keyTokens(v.text);
  const needles = v.spelled.map((s) => [...s].join(" "));
  let best: { id: string; len: number } | null = null;
  for (let i = 0; i < toks.length; i++) {
    let key = toks[i];
    for (let j = i + 1; ; j++) {
      const ids = lex.phrases.get(key) ?? (i === 0 && j === toks.length ? lex.exact.get(key) : undefined);
      const id = ids?.find((x) => lex.concepts.get(x)!.kind === kind);
      if (id && needles.some((n) => key.includes(n)) && (!best || j - i > best.len))
        best = { id, len: j - i };
      if (j >= toks.length || !lex.prefixes.has(key)) break;
      key += " " + toks[j];
    }
  }
  return best ? { id: best.id, confidence: KATAKANA_CONFIDENCE, via: text.trim() } : null;
}
