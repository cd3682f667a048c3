// Dev-time extraction of Japanese terminology from Debian's dict-freedict-jpn-eng (JMdict, EDRDG,
// CC BY-SA 3.0) into app/modules/taxonomy/data/dictionary-ja.json (decision 660). The product
// reads only that committed file; this script is re-run when the taxonomy's English vocabulary
// grows, on a machine with the package:
//
//   apt-get update -qq && apt-get install -y dict-freedict-jpn-eng
//   npx tsx scripts/terminology/freedict-jpn.ts            write the data file
//   npx tsx scripts/terminology/freedict-jpn.ts --check    exit 1 if the file is not what it would write
//   npx tsx scripts/terminology/freedict-jpn.ts --refused  also print the refused candidates and why
//   (--dict BASE reads another copy: BASE.index and BASE.dict.dz)
import fs from "node:fs";
import path from "node:path";
import { noteTexts, parseEntry, readDictd } from "./dictd";
import { selectEntry, type Refused, type Selected } from "./select";

const DEFAULT_DICT = "/usr/share/dictd/freedict-jpn-eng";
const OUT = path.join(process.cwd(), "app/modules/taxonomy/data/dictionary-ja.json");
const COPYRIGHT_FILE = "/usr/share/doc/dict-freedict-jpn-eng/copyright";

export const SOURCE = {
  id: "freedict-jpn-eng",
  name: "FreeDict Japanese–English dictionary (JMdict), Debian package dict-freedict-jpn-eng",
  version: "2022.04.21-1 (JMdict of 2016-02-26, FreeDict edition 0.1)",
  copyright: "2000-2016 James William Breen and The Electronic Dictionary Research and Development Group",
  licence: "CC-BY-SA-3.0",
  licenceUrl: "https://creativecommons.org/licenses/by-sa/3.0/",
  home: "https://www.edrdg.org/jmdict/j_jmdict.html",
  note:
    "Entries selected by scripts/terminology/freedict-jpn.ts: the headword and the gloss as the dictionary " +
    "gives them, the taxonomy concept the gloss names. This file, as an adaptation of JMdict, is under the " +
    "same licence (CC BY-SA 3.0), whatever the licence of the code around it.",
};

function main(): void {
  const args = process.argv.slice(2);
  const d = args.indexOf("--dict");
  const base = d >= 0 ? args[d + 1] : DEFAULT_DICT;
  if (!fs.existsSync(`${base}.index`) || !fs.existsSync(`${base}.dict.dz`)) {
    console.error(
      `${base}.index / .dict.dz not found: install the dictionary (apt-get update -qq && apt-get install -y dict-freedict-jpn-eng) or pass --dict BASE`,
    );
    process.exit(2);
  }
  if (base === DEFAULT_DICT && fs.existsSync(COPYRIGHT_FILE)) {
    const copyright = fs.readFileSync(COPYRIGHT_FILE, "utf8");
    const stanza = copyright.split("\n\n").find((s) => s.includes("Files: jpn-eng/"));
    if (!stanza?.includes(`License: ${SOURCE.licence}`)) {
      console.error(
        `the package's licence of jpn-eng is no longer ${SOURCE.licence}: read ${COPYRIGHT_FILE} first`,
      );
      process.exit(2);
    }
  }
  const raw = readDictd(base);
  const notes = noteTexts(raw);
  const selected: Selected[] = [];
  const refused: Refused[] = [];
  for (const r of raw) {
    const s = selectEntry(parseEntry(r.text, notes));
    selected.push(...s.selected);
    refused.push(...s.refused);
  }
  // A headword of two entries (homographs: 上手 "skilful" and "upper part") is read only when no
  // entry of it says something else.
  const other = new Set(refused.filter((r) => r.reason !== "no-gloss").map((r) => r.ja));
  const byJa = new Map<string, Selected[]>();
  for (const s of selected) (byJa.get(s.ja) ?? byJa.set(s.ja, []).get(s.ja)!).push(s);
  const entries: Selected[] = [];
  for (const [ja, list] of byJa) {
    const concepts = new Set(list.map((s) => s.concept));
    if (concepts.size > 1 || other.has(ja)) {
      refused.push({ ja, reason: "homograph", glosses: list.map((s) => s.gloss).join(" / ") });
      continue;
    }
    entries.push(list[0]);
  }
  entries.sort((a, b) => a.concept.localeCompare(b.concept) || a.ja.localeCompare(b.ja));
  const file = {
    source: SOURCE,
    entries: entries.map((e) => ({ ja: e.ja, gloss: e.gloss, concept: e.concept, source: SOURCE.id })),
  };
  // One entry a line: the file is read by people checking provenance and diffed when re-run.
  const text =
    `{\n "source": ${JSON.stringify(file.source, null, 1).replace(/\n/g, "\n ")},\n "entries": [\n` +
    file.entries.map((e) => `  ${JSON.stringify(e)}`).join(",\n") +
    "\n ]\n}\n";
  if (args.includes("--refused")) {
    const interesting = refused.filter((r) => r.reason !== "no-concept" && r.reason !== "no-gloss");
    for (const r of interesting) console.log(`refused\t${r.reason}\t${r.ja}\t${r.glosses}`);
  }
  if (args.includes("--check")) {
    const now = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
    if (now !== text) {
      console.error(
        `${path.relative(process.cwd(), OUT)} differs from what the dictionary gives: run without --check`,
      );
      process.exit(1);
    }
    console.log(`${entries.length} entries, up to date`);
    return;
  }
  fs.writeFileSync(OUT, text);
  console.log(
    `${entries.length} entries from ${raw.length} dictionary entries -> ${path.relative(process.cwd(), OUT)}`,
  );
}

main();
