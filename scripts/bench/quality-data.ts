// The unseen-data evaluation's material (`npm run bench -- quality`, docs/search.md "Seen and
// unseen"). Three things the taxonomy was not built from:
//  (a) a held-out share of each concept's synonyms, left out of the lexicon for the measurement
//      (withholdSynonyms) and used as the firms' and buyers' own words;
//  (b) new phrasings per concept in vi/en/ja, written from standard process names, material
//      grades and trade terms (tests/quality/unseen-phrasings.json, never read by the taxonomy);
//  (c) a generated directory (other firms, other requests) written in (a) and (b), with graded
//      labels computed from the concepts each firm and request was generated with, never from
//      the portal's mapping of the text. Same file formats as ../shared/data, so score.py reads
//      them too.
import fs from "node:fs";
import path from "node:path";
import {
  allConcepts,
  getConcept,
  isA,
  relatedConcepts,
  type Concept,
} from "../../app/modules/taxonomy/index";
import { fold } from "../../app/modules/text/analyser";
import { makeRng } from "../../app/modules/scheduling/rng";

export const UNSEEN_FILE = path.join(process.cwd(), "tests/quality/unseen-phrasings.json");
/** Share of each concept's synonyms held out (concepts with at least three synonyms). */
export const HOLDOUT_SHARE = 0.25;
/** The day certificates are judged on in the generated data. */
export const GENERATED_AS_OF = "2026-12-01";
/** Fewest firms able to answer a generated request. */
const MIN_LEADS = 5;

type Lang = "vi" | "en" | "ja";

/** FNV-1a: a stable hash, so the held-out share is the same on every machine and every run. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Is this synonym held out of the lexicon for the unseen evaluation? `salt` draws another
 * hold-out: "dev" is the development set (work is tuned on it, never on the unseen set; it reads
 * no phrasing of tests/quality/unseen-phrasings.json).
 */
export function isHeldOut(conceptId: string, synonym: string, synonymCount: number, salt = ""): boolean {
  if (synonymCount < 3) return false;
  return (hash(`${salt}${conceptId}\u0000${synonym}`) % 1000) / 1000 < HOLDOUT_SHARE;
}

/** The filter for withholdSynonyms(), from the full taxonomy's synonym counts. */
export function holdoutFilter(salt = ""): (conceptId: string, synonym: string) => boolean {
  const counts = new Map(allConcepts().map((c) => [c.id, c.synonyms.length]));
  return (id, syn) => isHeldOut(id, syn, counts.get(id) ?? 0, salt);
}

function langOf(text: string): Lang {
  if (/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return "ja";
  if (fold(text) !== text.toLowerCase().replace(/đ/g, "d") || /[ăâêôơưđ]/i.test(text)) return "vi";
  return "en";
}

export interface Phrasings {
  /** concept id -> language -> phrasings the lexicon under evaluation does not hold. */
  unseen: Map<string, Record<Lang, string[]>>;
  /** concept id -> labels and kept synonyms (what the lexicon holds). */
  seen: Map<string, string[]>;
  counts: { heldOut: number; newFromFile: number };
}

/**
 * Must be called with the FULL taxonomy loaded (before withholdSynonyms), so that the held-out
 * synonyms can be read. `includeUnseen` false gives the control: every phrasing seen.
 */
export function phrasings(opts: { salt?: string; file?: boolean } = {}): Phrasings {
  const salt = opts.salt ?? "";
  const file = (
    opts.file === false ? { concepts: {} } : JSON.parse(fs.readFileSync(UNSEEN_FILE, "utf8"))
  ) as {
    concepts: Record<string, Partial<Record<Lang, string[]>>>;
  };
  const unseen = new Map<string, Record<Lang, string[]>>();
  const seen = new Map<string, string[]>();
  let heldOut = 0;
  let newFromFile = 0;
  const slot = (id: string) => {
    let r = unseen.get(id);
    if (!r) unseen.set(id, (r = { vi: [], en: [], ja: [] }));
    return r;
  };
  for (const c of allConcepts()) {
    const kept = [c.labels.vi, c.labels.en, c.labels.ja];
    for (const s of c.synonyms) {
      const text = s.startsWith("=") ? s.slice(1) : s;
      if (isHeldOut(c.id, s, c.synonyms.length, salt)) {
        slot(c.id)[langOf(text)].push(text);
        heldOut++;
      } else kept.push(text);
    }
    seen.set(c.id, kept);
  }
  for (const [id, langs] of Object.entries(file.concepts)) {
    if (!getConcept(id)) throw new Error(`${UNSEEN_FILE}: unknown concept "${id}"`);
    for (const lang of ["vi", "en", "ja"] as Lang[])
      for (const p of langs[lang] ?? []) {
        slot(id)[lang].push(p);
        newFromFile++;
      }
  }
  return { unseen, seen, counts: { heldOut, newFromFile } };
}

/** Ground truth of one firm: the concepts it was generated with. */
interface Truth {
  processes: string[];
  materials: string[];
  products: string[];
  certs: { id: string; validUntil: string | null }[];
}

const FIRST = ["An", "Bình", "Cường", "Đức", "Gia", "Hưng", "Khánh", "Long", "Minh", "Nam", "Phát", "Quang"];
const SECOND = ["Thịnh", "Tiến", "Việt", "Thành", "Phú", "Hòa", "Lợi", "Tâm", "Sơn", "Vượng", "Tín", "Đạt"];
const ZONES = [
  "KCN Quang Minh",
  "KCN Nội Bài",
  "KCN Thạch Thất",
  "KCN Phú Nghĩa",
  "KCN Đồng Văn",
  "Cụm CN Ngọc Hồi",
];
const COMMUNES = ["Mê Linh", "Sóc Sơn", "Thạch Thất", "Chương Mỹ", "Thanh Trì", "Gia Lâm"];
const STANDARDS: Record<string, string> = {
  iso9001: "ISO 9001:2015",
  iso14001: "ISO 14001:2015",
  iso45001: "ISO 45001:2018",
  iatf16949: "IATF 16949:2016",
  iso13485: "ISO 13485:2016",
  rohs: "RoHS",
  oekotex: "OEKO-TEX Standard 100",
  fsc: "FSC",
};
const CERT_NAMES: Record<string, string[]> = {
  iso9001: ["ISO 9001"],
  iso14001: ["ISO 14001"],
  iatf16949: ["IATF 16949"],
  iso13485: ["ISO 13485"],
  rohs: ["RoHS"],
  oekotex: ["OEKO-TEX"],
  fsc: ["FSC"],
  iso45001: ["ISO 45001"],
};
const COUNTRIES = ["JP", "KR", "US", "DE", "TW", "TH"];

export interface GeneratedSet {
  directory: {
    format: "cnht-directory/1";
    suppliers: unknown[];
    buyers: unknown[];
    requests: unknown[];
  };
  labels: {
    asOf: string;
    requests: Record<string, Record<string, number>>;
    queries: { q: string; kind: string; relevant: string[] }[];
    requiredCerts: Record<string, string[]>;
    validCerts: Record<string, string[]>;
  };
}

/** `unseenShare`: how often a term is written in a phrasing the lexicon does not hold (when the concept has one). */
export function generateSet(
  ph: Phrasings,
  opts: { seed: number; suppliers: number; requests: number; unseenShare: number },
): GeneratedSet {
  // The scheduler's mulberry32; the seeds used (15, 150) are non-zero, so the draw is the one
  // this file always made.
  const rand = makeRng(opts.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const some = <T>(xs: T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const unseenOf = (id: string, lang?: Lang): string[] => {
    const u = ph.unseen.get(id);
    if (!u) return [];
    return lang ? u[lang] : [...u.vi, ...u.en, ...u.ja];
  };
  /** A firm's or buyer's own words for a concept. */
  const write = (id: string, langs: Lang[] = ["vi", "en"]): string => {
    const pool = langs.flatMap((l) => unseenOf(id, l));
    if (pool.length > 0 && rand() < opts.unseenShare) return pick(pool);
    const seen = ph.seen.get(id)!.filter((s) => langs.includes(langOf(s)));
    return pick(seen.length ? seen : ph.seen.get(id)!);
  };

  const usable = (c: Concept) => !c.broad;
  const bySector = new Map<string, { process: Concept[]; product: Concept[] }>();
  for (const c of allConcepts()) {
    if (!c.sector || (c.kind !== "process" && c.kind !== "product") || !usable(c)) continue;
    const s = bySector.get(c.sector) ?? { process: [], product: [] };
    s[c.kind].push(c);
    bySector.set(c.sector, s);
  }
  const sectors = [...bySector.values()].filter((s) => s.process.length && s.product.length);
  const materials = allConcepts("material").filter(usable);
  const certIds = Object.keys(STANDARDS);
  const date = (from: number, to: number) =>
    `${from + Math.floor(rand() * (to - from + 1))}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-15`;

  // ── suppliers ──
  const truths = new Map<string, Truth>();
  const suppliers = Array.from({ length: opts.suppliers }, (_, i) => {
    const ref = `U-${String(i + 1).padStart(5, "0")}`;
    const sec = pick(sectors);
    // A firm's processes come from one or two families, as a real shop's do.
    const core = pick(sec.process);
    const family = relatedConcepts(core.id).filter((id) => getConcept(id) && !getConcept(id)!.broad);
    const processes = [
      ...new Set([
        core.id,
        ...(rand() < 0.5 ? [pick(family)] : []),
        ...(rand() < 0.4 ? [pick(sec.process).id] : []),
      ]),
    ];
    const mats = some(materials, 1, 2).map((c) => c.id);
    const products = some(sec.product, 1, 3).map((c) => c.id);
    const certs = some(certIds, 0, 2).map((id) => ({
      id,
      validUntil:
        rand() < 0.07
          ? null
          : rand() < 0.15
            ? date(2024, 2026).replace(/-12-15$/, "-06-15")
            : date(2027, 2029),
    }));
    truths.set(ref, { processes, materials: mats, products, certs });
    const pw = processes.map((id) => write(id));
    const mw = mats.map((id) => write(id));
    const dw = products.map((id) => write(id));
    const name = `${pick(FIRST)} ${pick(SECOND)}`;
    const zone = pick(ZONES);
    return {
      ref,
      name: {
        vi: `Công ty TNHH ${name} ${i + 1}`,
        en: `${fold(name).replace(/\b\w/g, (x) => x.toUpperCase())} ${i + 1} Co., Ltd`,
      },
      taxCode: String(9100000000 + i),
      founded: 1995 + Math.floor(rand() * 28),
      ...(rand() < 0.1 ? {} : { employees: Math.round(Math.exp(2.5 + rand() * 5)) }),
      location: {
        address: `Lô ${1 + (i % 60)}, ${zone}`,
        commune: pick(COMMUNES),
        industrialZone: zone,
        city: "Hà Nội",
      },
      description: {
        vi: `Công ty ${name} nhận ${write(processes[0], ["vi"])} cho ${write(products[0], ["vi"])}; vật liệu: ${write(mats[0], ["vi"])}. Xưởng tại ${zone}, Hà Nội.`,
        en: `${fold(name)} offers ${write(processes[0], ["en"])} of ${write(products[0], ["en"])} in ${write(mats[0], ["en"])}.`,
      },
      capabilities: { processes: pw, materials: mw, products: dw },
      certifications: certs.map((c, k) => ({
        standard: STANDARDS[c.id],
        ...(c.validUntil ? { validUntil: c.validUntil } : {}),
        certificateNo: `UN-${i}-${k}`,
      })),
      exportMarkets: some(COUNTRIES, 0, 2),
      contact: { email: `sales${i + 1}@unseen.example.vn` },
    };
  });

  const asOf = GENERATED_AS_OF;
  const validCerts: Record<string, string[]> = {};
  for (const [ref, t] of truths) {
    const held = new Set<string>();
    for (const c of t.certs)
      if (c.validUntil && c.validUntil >= asOf) for (const id of [c.id, ...ancestorIds(c.id)]) held.add(id);
    if (held.size) validCerts[ref] = [...held];
  }
  const inFamily = (have: string[], asked: string) => {
    const fam = new Set(relatedConcepts(asked));
    return have.some((id) => fam.has(id) || isA(id, asked));
  };

  // ── buyers and requests ──
  const buyers = Array.from({ length: 12 }, (_, i) => ({
    ref: `UB-${String(i + 1).padStart(3, "0")}`,
    name: { en: `Unseen Buyer ${i + 1}` },
    country: COUNTRIES[i % COUNTRIES.length],
    contact: { email: `buy${i + 1}@unseen.example.com` },
  }));
  const requestLabels: Record<string, Record<string, number>> = {};
  const requiredCerts: Record<string, string[]> = {};
  const requests = Array.from({ length: opts.requests }, (_, i) => {
    const ref = `UR-${String(i + 1).padStart(4, "0")}`;
    // Like the programme's requests, each one has firms that can answer it: a draw with fewer
    // than MIN_LEADS graded firms is drawn again (it would measure nothing).
    let procs: string[], mat: string, prod: string, certs: string[];
    let grades: Record<string, number>;
    do {
      const sec = pick(sectors);
      procs = some(sec.process, 1, rand() < 0.25 ? 2 : 1).map((c) => c.id);
      mat = pick(materials).id;
      prod = pick(sec.product).id;
      certs = rand() < 0.35 ? [pick(["iso9001", "iso14001", "iatf16949", "rohs"])] : [];
      grades = {};
      for (const [sref, t] of truths) {
        if (certs.some((c) => !(validCerts[sref] ?? []).includes(c))) continue;
        const covered = procs.filter((p) => inFamily(t.processes, p)).length;
        // A firm lacking one of the requested processes is not a lead for the part.
        if (covered < procs.length) continue;
        grades[sref] = 1 + (inFamily(t.products, prod) ? 2 : inFamily(t.materials, mat) ? 1 : 0);
      }
    } while (Object.keys(grades).length < MIN_LEADS);
    if (certs.length) requiredCerts[ref] = certs;
    requestLabels[ref] = grades;
    const lang: Lang = rand() < 0.6 ? "vi" : "en";
    return {
      ref,
      buyer: pick(buyers).ref,
      title: { [lang]: `${write(prod, [lang])} — ${write(procs[0], [lang])}` },
      description: {
        [lang]:
          lang === "vi"
            ? `Cần nhà cung cấp ${write(procs[0], ["vi"])}, vật liệu ${write(mat, ["vi"])}.`
            : `Looking for a supplier for ${write(procs[0], ["en"])} in ${write(mat, ["en"])}.`,
      },
      processes: procs.map((id) => write(id)),
      materials: [write(mat)],
      products: [write(prod)],
      requiredCertifications: certs.map((c) => STANDARDS[c]),
      annualVolume: pick([5000, 20000, 50000, 100000]),
      targetDate: "2027-09-30",
    };
  });

  // ── queries ──
  const queries: GeneratedSet["labels"]["queries"] = [];
  const processes = allConcepts("process").filter((c) => usable(c) && c.sector);
  const withUnseen = (cs: Concept[], lang: Lang) => {
    const u = cs.filter((c) => unseenOf(c.id, lang).length > 0);
    return u.length ? u : cs;
  };
  const phrase = (id: string, lang: Lang) => {
    const u = unseenOf(id, lang);
    if (u.length && rand() < opts.unseenShare) return pick(u);
    const s = ph.seen.get(id)!.filter((x) => langOf(x) === lang);
    return pick(s.length ? s : [getConcept(id)!.labels[lang]]);
  };
  const typo = (s: string) =>
    s.replace(/[a-z]{6,}/i, (w) => {
      const k = 1 + Math.floor(rand() * (w.length - 3));
      return w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
    });
  const relevant = (test: (t: Truth, ref: string) => boolean) =>
    [...truths].filter(([ref, t]) => test(t, ref)).map(([ref]) => ref);
  const kinds = [
    "proc_vi",
    "proc_en",
    "proc_ja",
    "nodiac",
    "typo",
    "proc_mat",
    "cert_proc",
    "product",
  ] as const;
  const products = allConcepts("product").filter((c) => usable(c) && c.sector);
  for (const kind of kinds) {
    let made = 0;
    for (let attempt = 0; made < 25 && attempt < 400; attempt++) {
      const lang: Lang =
        kind === "proc_en" || kind === "typo"
          ? "en"
          : kind === "proc_ja"
            ? "ja"
            : kind === "product"
              ? pick(["vi", "en"] as Lang[])
              : "vi";
      const c = pick(withUnseen(kind === "product" ? products : processes, lang));
      let q: string;
      let rel: string[];
      if (kind === "product") {
        q = phrase(c.id, lang);
        rel = relevant((t) => inFamily(t.products, c.id));
      } else if (kind === "proc_mat") {
        const m = pick(withUnseen(materials, "vi"));
        q = `${phrase(c.id, "vi")} ${phrase(m.id, "vi")}`;
        rel = relevant((t) => inFamily(t.processes, c.id) && inFamily(t.materials, m.id));
      } else if (kind === "cert_proc") {
        const cert = pick(["iso9001", "iso14001", "iatf16949", "rohs", "iso45001"]);
        q = `${pick(CERT_NAMES[cert])} ${phrase(c.id, pick(["vi", "en"] as Lang[]))}`;
        rel = relevant((t, ref) => inFamily(t.processes, c.id) && (validCerts[ref] ?? []).includes(cert));
      } else {
        q = phrase(c.id, lang);
        if (kind === "nodiac") q = fold(q);
        if (kind === "typo") {
          const t = typo(q);
          if (t === q) continue;
          q = t;
        }
        rel = relevant((t) => inFamily(t.processes, c.id));
      }
      if (rel.length < 3 || queries.some((x) => x.q === q)) continue;
      queries.push({ q, kind, relevant: rel });
      made++;
    }
  }

  return {
    directory: { format: "cnht-directory/1", suppliers, buyers, requests },
    labels: { asOf, requests: requestLabels, queries, requiredCerts, validCerts },
  };
}

function ancestorIds(id: string): string[] {
  const out: string[] = [];
  let frontier = getConcept(id)?.parents ?? [];
  while (frontier.length) {
    const next: string[] = [];
    for (const p of frontier)
      if (!out.includes(p)) {
        out.push(p);
        next.push(...(getConcept(p)?.parents ?? []));
      }
    frontier = next;
  }
  return out;
}
