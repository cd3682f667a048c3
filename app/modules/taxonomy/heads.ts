/**
 * Verbs of the trade that name a different process according to what is worked: Vietnamese
 * "ép" is injection moulding with plastic ("ép nhựa"), rubber moulding with rubber ("ép cao su")
 * and stamping with sheet metal ("ép tôn", "ép kim loại"); "đúc" is casting with metals but
 * moulding with plastic ("đúc nhựa"); English "moulding" and Japanese "成形" likewise. The head
 * alone says nothing (it stays text); the head with the material names the process.
 *
 * The table is the trade's usage as the taxonomy's own labels and synonyms write it (injection
 * moulding "Ép phun nhựa", rubber moulding "Ép cao su", stamping "Dập kim loại", casting "Đúc
 * …"), generalised to any material of the family: "ép PA66", "đúc gang cầu", "PBT成形".
 */
import { fold } from "~/modules/text/analyser";
import { genericMask, keyTokens } from "./keys";

/** Material families a head is read against, as taxonomy material ids (a grade counts as its family). */
type Family = "plastic" | "rubber" | "metal" | "steel" | "cast-iron" | "non-ferrous";

/** How sure a head + material reading is: a rule of usage, not a phrase of the lexicon. */
export const HEAD_CONFIDENCE = 0.85;

interface HeadRule {
  /** the head's lookup tokens, as keyTokens gives them */
  head: string;
  /** where the head stands: first (Vietnamese), last (English, Japanese) */
  at: "first" | "last";
  process: Partial<Record<Family, string>>;
}

const RULES: HeadRule[] = [
  {
    head: "ep",
    at: "first",
    process: { plastic: "injection-moulding", rubber: "rubber-moulding", metal: "stamping" },
  },
  {
    head: "duc",
    at: "first",
    process: {
      plastic: "injection-moulding",
      rubber: "rubber-moulding",
      "cast-iron": "iron-casting",
      steel: "steel-casting",
      "non-ferrous": "non-ferrous-casting",
    },
  },
  { head: "molding", at: "last", process: { plastic: "injection-moulding", rubber: "rubber-moulding" } },
  { head: "mold", at: "last", process: { plastic: "injection-moulding", rubber: "rubber-moulding" } },
  {
    head: "casting",
    at: "last",
    process: { "cast-iron": "iron-casting", steel: "steel-casting", "non-ferrous": "non-ferrous-casting" },
  },
  { head: "成 形", at: "last", process: { plastic: "injection-moulding", rubber: "rubber-moulding" } },
  { head: "成 型", at: "last", process: { plastic: "injection-moulding", rubber: "rubber-moulding" } },
];

/**
 * Words that may stand beside head and material without changing what is done ("ép khuôn nhựa",
 * "gia công đúc gang", "plastic molding parts", "樹脂成形品"): the generic words of the trade
 * (keys.ts GENERIC_WORDS, kept in one place) and these few. Any other word may name another
 * process ("ép đế cao su" is outsole moulding): then no reading.
 */
const FILLERS = new Set([..."khuon phun bang of and by".split(" "), "品"]);

export interface HeadMatch {
  id: string;
  confidence: number;
  via: string;
}

/**
 * The process a term names by an ambiguous head and the material it works, or null.
 * `materials`: the material concepts the term mentions with their family (plastic, rubber,
 * metal, steel, cast-iron, non-ferrous; null for any other) and the lookup tokens they cover.
 */
export function headProcess(
  text: string,
  materials: { family: string | null; start: number; end: number }[],
): HeadMatch | null {
  const toks = keyTokens(text);
  if (toks.length < 2 || materials.length === 0) return null;
  for (const rule of RULES) {
    const h = rule.head.split(" ");
    const start = rule.at === "first" ? 0 : toks.length - h.length;
    if (start < 0 || h.some((t, k) => toks[start + k] !== t)) continue;
    const families = new Set(materials.map((m) => m.family));
    if (families.size !== 1) return null; // "ép nhựa và kim loại": two trades
    const family = [...families][0] as Family | null;
    // Steel, cast iron and the non-ferrous metals are all "metal" to a rule that does not tell them apart.
    const id = family
      ? (rule.process[family] ??
        (family === "plastic" || family === "rubber" ? undefined : rule.process.metal))
      : undefined;
    if (!id) return null;
    const used = new Set<number>();
    for (let k = 0; k < h.length; k++) used.add(start + k);
    for (const m of materials) for (let k = m.start; k < m.end; k++) used.add(k);
    const generic = genericMask(toks);
    if (toks.some((t, k) => !used.has(k) && !generic[k] && !FILLERS.has(t))) return null;
    return { id, confidence: HEAD_CONFIDENCE, via: fold(text) };
  }
  return null;
}
