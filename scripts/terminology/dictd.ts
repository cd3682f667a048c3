// Reading a dictd dictionary (the format of Debian's dict-freedict-* packages) and the entries of
// the FreeDict Japanese–English one, which is JMdict (EDRDG) converted: dev-time only, for
// scripts/terminology/freedict-jpn.ts. Nothing in the product reads these files.
import fs from "node:fs";
import zlib from "node:zlib";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** dictd's offsets and lengths: base 64 numbers, most significant digit first. */
export function dictdNumber(s: string): number {
  let v = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    if (d < 0) throw new Error(`dictd index: "${s}" is not a base-64 number`);
    v = v * 64 + d;
  }
  return v;
}

export interface RawEntry {
  /** The index's headwords that point at this entry (spellings and readings). */
  keys: string[];
  text: string;
}

/** Every entry of `<base>.index` + `<base>.dict.dz` (a dictzip file is gzip), with the keys pointing at it. */
export function readDictd(base: string): RawEntry[] {
  const index = fs.readFileSync(`${base}.index`, "utf8");
  const data = zlib.gunzipSync(fs.readFileSync(`${base}.dict.dz`));
  const byOffset = new Map<string, RawEntry>();
  for (const line of index.split("\n")) {
    if (!line) continue;
    const [key, off, len] = line.split("\t");
    if (!key || off === undefined || len === undefined || key.startsWith("00database")) continue;
    const at = `${off}\t${len}`;
    let entry = byOffset.get(at);
    if (!entry) {
      const start = dictdNumber(off);
      entry = { keys: [], text: data.subarray(start, start + dictdNumber(len)).toString("utf8") };
      byOffset.set(at, entry);
    }
    if (!entry.keys.includes(key)) entry.keys.push(key);
  }
  return [...byOffset.values()];
}

export interface JmEntry {
  /** Written forms from the entry's first line, with JMdict's priority marks (news1, ichi1, nf12…). */
  forms: { form: string; priority: string[] }[];
  /** Senses in order, each its list of English glosses as written ("turning (on a lathe)"). */
  senses: string[][];
}

/** A line of part-of-speech marks only: "(noun (common) (futsuumeishi))". */
const POS_LINE = /^\s*(?:\d+\.\s*)?(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)+$/;
const SENSE_START = /^\s*(\d+)\.\s*(.*)$/;

/**
 * One FreeDict jpn-eng entry: the first line lists the forms ("[news1] 塗装 /ipa/, とそう /ipa/"),
 * then senses ("1." …), each with part-of-speech lines, notes ("Note: colloquialism", sometimes run
 * into the gloss: "Note: word usually written using kana alonegilt, plating") and one gloss line.
 * `notes`: JMdict's note texts (collected from the lines that hold a note alone), so a note run
 * into its gloss can be cut off; a note not in the list leaves the gloss unread (never guessed).
 */
export function parseEntry(text: string, notes: ReadonlySet<string>): JmEntry {
  const [first, ...rest] = text.split("\n");
  const forms: JmEntry["forms"] = [];
  const FORM = /((?:\s*\[[^\]]+\])*)\s*(?:\([^()]*\)\s*)*([^\s/,()[\]]+) \/[^/]*\//g;
  for (const m of first.matchAll(FORM)) {
    const priority = [...m[1].matchAll(/\[([^\]]+)\]/g)].map((p) => p[1]);
    if (!forms.some((f) => f.form === m[2])) forms.push({ form: m[2], priority });
  }
  const senses: string[][] = [];
  let current: string[] | null = null;
  for (const raw of rest) {
    let line = raw;
    const start = line.match(SENSE_START);
    if (start) {
      current = [];
      senses.push(current);
      line = start[2];
    }
    if (!line.trim() || POS_LINE.test(line)) continue;
    let body = line.trim();
    if (body.startsWith("Note:")) {
      const note = body.slice(5).trim();
      const known = [...notes].filter((n) => note.startsWith(n)).sort((a, b) => b.length - a.length)[0];
      if (known === undefined) continue;
      body = note.slice(known.length).trim();
      if (!body) continue;
    }
    if (!current) {
      current = [];
      senses.push(current);
    }
    current.push(...splitGlosses(body));
  }
  return { forms, senses: senses.filter((s) => s.length > 0) };
}

/** The note texts that stand alone on a line ("Note: colloquialism"), over all entries. */
export function noteTexts(entries: readonly RawEntry[]): Set<string> {
  const counts = new Map<string, number>();
  for (const e of entries)
    for (const line of e.text.split("\n")) {
      const m = line.match(/^\s*Note:\s*(.+?)\s*$/);
      if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
  // A note stands alone on many entries; a gloss run into a note is one of a kind.
  return new Set([...counts].filter(([, n]) => n >= 5).map(([t]) => t));
}

/** "spring (e.g. coil, leaf), mainspring" -> ["spring (e.g. coil, leaf)", "mainspring"]; field tags and cross references dropped. */
export function splitGlosses(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  const text = line.replace(/\{[^}]*\}/g, "").replace(/\[[^\]]*\]/g, "");
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === "," && depth === 0) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
