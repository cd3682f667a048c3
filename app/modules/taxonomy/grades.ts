/**
 * Material grades and trade names the taxonomy does not list one by one: drawings and firms name
 * a material by its designation in a standard ("SCM420", "A5052-H32", "C3604", "FCD450",
 * "1.4404", "42CrMo4", "CT3") or by a maker's trade name ("Duracon", "Lexan"). The designation
 * systems are regular, so a grade the lexicon has never seen still says which material family it
 * belongs to. Each rule below is a designation scheme of a published standard (cited beside it),
 * not a list of phrasings met in data; a grade the lexicon lists by name (SUS304, SKD11, ADC12 …)
 * goes to that concept, every other grade of the scheme to the family.
 *
 * Deliberately not read: bare numbers ("304", "6061", "1045" are also quantities and part
 * numbers), one-letter-one-digit codes ("A2", "M2", "S7" are paper sizes, screw threads and
 * part codes too), and designations shared between unrelated schemes are resolved by the
 * scheme's exact form (JIS SS400 is carbon steel, SS304 stainless).
 */
import { fold } from "~/modules/text/analyser";

/** How sure a grade reading is: a published scheme, but not a phrase of the lexicon. */
export const GRADE_CONFIDENCE = 0.9;

export interface GradeMatch {
  id: string;
  confidence: number;
  /** The designation as read (folded), for the reasons ("Alloy steel ~ from 'scm420'"). */
  via: string;
}

type Rule = [RegExp, string | ((m: RegExpMatchArray) => string | null)];

/** Exact grades the taxonomy holds as concepts of their own. */
const NAMED: Record<string, string> = {
  sus304: "sus304",
  sus316: "sus316",
  sus201: "sus201",
  sus430: "sus430",
  s45c: "s45c",
  ss400: "ss400",
  skd11: "skd11",
  skd61: "skd61",
  adc12: "adc12",
  "6061": "al6061",
  "6063": "al6063",
  "7075": "al7075",
};

/** Aluminium wrought alloys by series (Aluminum Association / JIS H 4000 / EN 573): 1xxx is pure. */
function aluminiumSeries(digits: string): string {
  if (NAMED[digits]) return NAMED[digits];
  return digits[0] === "1" ? "aluminium" : "aluminium-alloy";
}

/** JIS H 3100 / H 3250 copper alloys by the first digit of Cxxxx (the CDA/UNS scheme). */
function copperSeries(first: string): string | null {
  switch (first) {
    case "1":
      return "copper"; // C1020 oxygen-free, C1100 tough pitch
    case "2":
    case "3":
    case "4":
      return "brass"; // C2600–C2801, C3604 free-cutting, C4621 naval brass
    case "5":
    case "6":
      return "bronze"; // C5191 phosphor bronze, C6191 aluminium bronze
    case "7":
      return "copper"; // C7060 cupronickel, C7521 nickel silver
    default:
      return null;
  }
}

/** EN 10027-2 steel numbers 1.xxxx by their group (the second and third digits). */
function enSteelNumber(group: string): string | null {
  const g = Number(group);
  if (g <= 19) return "carbon-steel"; // 1.00–1.19 unalloyed (1.0037 S235, 1.0503 C45)
  if (g >= 20 && g <= 29) return "tool-steel"; // 1.20–1.29 tool steels (1.2379, 1.2344)
  if (g >= 32 && g <= 33) return "tool-steel"; // 1.32–1.33 high-speed steels
  if (g >= 40 && g <= 45) return "stainless-steel"; // 1.40–1.45 stainless (1.4301, 1.4404)
  if (g >= 50 && g <= 89) return "alloy-steel"; // 1.50–1.89 alloyed engineering steels
  return null;
}

/**
 * Rules over one compact designation (folded, spaces and hyphens removed). First match wins, so
 * the exact schemes come before the looser ones.
 */
const RULES: Rule[] = [
  // JIS G 4303–4305 stainless bar, plate and sheet: SUS + AISI number (+ L, J1, F …).
  [/^sus(\d{3})[a-z]{0,2}\d?$/, (m) => NAMED[`sus${m[1]}`] ?? "stainless-steel"],
  // JIS G 3101 rolled steel for general structure (SS330–SS540); "SS" + 2xx/3xx/4xx is the
  // trade shorthand for AISI stainless.
  [/^ss(330|400|490|540)$/, (m) => (m[1] === "400" ? "ss400" : "carbon-steel")],
  [/^ss(2\d\d|3[0-4]\d|4[0-4]\d)[lh]?$/, (m) => NAMED[`sus${m[1]}`] ?? "stainless-steel"],
  // AISI/ASTM A240 stainless with its prefix: AISI 316L, 304H, 316Ti, ASTM A240 omitted.
  [
    /^(?:aisi|astm|sae)(2\d\d|3\d\d|4[0-4]\d)(?:l|h|ti|n|lm)?$/,
    (m) => NAMED[`sus${m[1]}`] ?? "stainless-steel",
  ],
  // JIS G 4051 carbon steels for machine structural use: S10C–S58C (and S09CK, S15CK).
  [/^s(\d{2})c(?:k)?$/, (m) => (m[1] === "45" ? "s45c" : "carbon-steel")],
  // EN 10083-2 / DIN 17200 non-alloy quenched and tempered steels: C22–C60, C45E, Ck45.
  [/^c(?:k)?(2[2-9]|[3-5]\d|60)(?:e|r)?$/, (m) => (m[1] === "45" ? "s45c" : "carbon-steel")],
  // AISI/SAE 10xx and 11xx/12xx plain carbon and free-cutting steels (prefix required).
  [/^(?:aisi|sae)1[0125]\d\d$/, (m) => (m[0].endsWith("1045") ? "s45c" : "carbon-steel")],
  // JIS G 3106 welded structure SM400/SM490/SM520; G 3444/3445 tubes STK, STKM; G 4804 free-cutting SUM.
  [/^(?:sm|stkm?|stkr)\d{2,3}[a-z]?$/, "carbon-steel"],
  [/^sum\d{2}[a-z]?$/, "carbon-steel"],
  // TCVN 1765 carbon structural steels: CT3, CT34, CT38, CT51.
  [/^ct(3|5|3[0-9]|4[0-9]|5[0-9])$/, "carbon-steel"],
  // GB/T 700 and 1591 structural steels Q195–Q460; EN 10025 S235–S460 (JR, J0, J2, N, M).
  [/^q(195|215|235|275|345|355|390|420|460)[a-e]?$/, "carbon-steel"],
  [/^s(235|275|355|420|460)(?:jr|j0|j2|k2|n|nl|m|ml)?(?:\+?[a-z]{1,2})?$/, "carbon-steel"],
  // ASTM A36, A572, A516 carbon plate.
  [/^(?:astm)?a(36|572|516|283|285)$/, "carbon-steel"],
  // JIS G 3141 cold-rolled SPCC/SPCD/SPCE/SPCEN; G 3131 hot-rolled SPHC/SPHD/SPHE/SPHT.
  [/^spc(?:c|d|e|en|g)[a-z]?$/, "cold-rolled-steel"],
  [/^sph(?:c|d|e|t\d?)$/, "hot-rolled-steel"],
  // JIS G 3302 / 3313 / 3321 coated sheet: SGCC, SGHC, SGCD, SECC, SECD, SGLCC, SZACC.
  [/^(?:sgc[cdh]|sghc|secc|secd|sgl?cc|szacc)\d?$/, "galvanized-steel"],
  // JIS G 3505 / 3507 wire rod: SWRM, SWRCH (cold heading), SWCH, SWRH.
  [/^(?:swrm|swrch|swch|swrh)\d{1,2}[a-z]?$/, "steel-wire"],
  // Spring steels: JIS G 4801 SUP; G 3522 piano wire SWP-A/B; G 3560 SWO; GB 65Mn, 60Si2Mn;
  // EN 10089 55SiCr6, 51CrV4, 50CrV4.
  [/^sup\d{1,2}[a-z]?$/, "spring-steel"],
  [/^sw(?:pa|pb|osc|ocv|osm|c)$/, "spring-steel"],
  [/^(?:65mn|60si2mn[a]?|55crsi|55sicr6|5[01]crv4)$/, "spring-steel"],
  // JIS G 4053 alloy steels for machine structural use: SCM, SCr, SNC, SNCM, SMn, SMnC, SACM.
  [/^(?:scm|scr|snc|sncm|smn|smnc|sacm)\d{3}[a-z]?$/, "alloy-steel"],
  // JIS G 4805 bearing steel SUJ2; EN 100Cr6; AISI/SAE 41xx, 43xx, 51xx, 52100, 86xx (prefix required).
  [/^suj\d$/, "alloy-steel"],
  [/^(?:aisi|sae)(?:41\d\d|43\d\d|51\d\d|52100|86\d\d|93\d\d)$/, "alloy-steel"],
  // EN 10027-1 alloy steel names: carbon ×100 then alloying symbols and factors (42CrMo4,
  // 34CrNiMo6, 16MnCr5, 20MnCr5, 100Cr6); GB 40Cr, 20CrMnTi, 35CrMo.
  [/^\d{2,3}(?:cr|mn|ni|mo|si)(?:cr|mn|ni|mo|si|v|b|ti|al)*\d{0,2}(?:-\d+)?$/, "alloy-steel"],
  // Tool steels: JIS G 4404 SKD, SKS, SKT; G 4403 SKH (high speed); G 4401 SK carbon tool
  // steel (SK85, SK3); AISI tool steels with their prefix (AISI D2, AISI P20).
  [/^(skd|skh|sks|skt)(\d{1,2})[a-z]?$/, (m) => NAMED[`${m[1]}${m[2]}`] ?? "tool-steel"],
  [/^sk(\d{1,3})$/, "tool-steel"],
  [
    /^aisi(?:d[2-7]|a[2-9]|o[1-7]|h1[0-9]|h2[0-6]|m[1-4]\d?|s[1-7]|p2[01])$/,
    (m) => (m[0] === "aisid2" ? "skd11" : m[0] === "aisih13" ? "skd61" : "tool-steel"),
  ],
  // EN 10027-2 steel numbers (with or without DIN/EN/W.Nr. before them).
  [
    /^(?:din|en|wnr|werkstoff)?1\.(\d{2})\d{2}$/,
    (m) => (m[0].endsWith("1.2379") ? "skd11" : m[0].endsWith("1.2344") ? "skd61" : enSteelNumber(m[1])),
  ],
  // EN 10088 stainless names: X5CrNi18-10, X2CrNiMo17-12-2, X6Cr17.
  [/^x\d{1,3}cr(?:ni|mo|ti|nb|mn|n|cu|s|al)*[\d-]*$/, "stainless-steel"],
  // Cast iron: JIS G 5501 FC (grey), G 5502 FCD (ductile), G 5705 FCMB/FCMW (malleable);
  // EN 1561 EN-GJL, EN 1563 EN-GJS; DIN GG/GGG; TCVN 1659 GX (gang xám); GB HT / QT.
  [/^fcd\d{3,4}(?:-\d+)?$/, "ductile-iron"],
  [/^fc\d{3}$/, "cast-iron"],
  [/^fcm[bwp]\d{2,3}$/, "cast-iron"],
  [/^(?:en)?gjs\d{3}(?:\d{1,2})?$/, "ductile-iron"],
  [/^(?:en)?gjl\d{3}$/, "cast-iron"],
  [/^ggg\d{2}$/, "ductile-iron"],
  [/^gg\d{2}$/, "cast-iron"],
  [/^gx\d{2}\d{2}$/, "cast-iron"],
  [/^qt\d{3}\d{1,2}$/, "ductile-iron"],
  [/^ht\d{3}$/, "cast-iron"],
  // Aluminium: JIS H 4000 A + four digits (A5052, A6061-T6); AA / EN 573 with their prefix
  // (AA6082, AL7075, EN AW-5083); a bare four-digit alloy only with a temper (6061-T6, 5052-H32,
  // 1100-O: EN 515 tempers), which no quantity carries.
  [/^(?:a|aa|al|enaw|aw)([1-8]\d{3})(?:[a-z]{0,2})?(?:[tho]\d{0,4})?$/, (m) => aluminiumSeries(m[1])],
  [/^([1-8]\d{3})(?:[tho]\d{1,4}|o)$/, (m) => aluminiumSeries(m[1])],
  // Aluminium castings: JIS H 5302 ADC (die casting), H 5202 AC (AC4C, AC2B); AA casting
  // alloys with their A prefix (A356, A380: ASTM B85 / B26).
  [/^adc(\d{1,2})[a-z]?$/, (m) => (m[1] === "12" ? "adc12" : "aluminium-alloy")],
  [/^ac\d[abcdh]{1,2}$/, "aluminium-alloy"],
  [/^a(356|357|360|380|383|384|390|413)(?:\.\d)?$/, (m) => (m[1] === "383" ? "adc12" : "aluminium-alloy")],
  // Copper alloys: JIS H 3100/3250 C + four digits; UNS C + five; EN 1412 CW/CC numbers.
  [/^c([1-7])\d{3}[a-z]{0,2}$/, (m) => copperSeries(m[1])],
  [/^c([1-7])\d{4}$/, (m) => copperSeries(m[1])],
  [
    /^c[wc]([0-7])\d{2}[a-z]$/,
    (m) => (m[1] === "0" || m[1] === "1" ? "copper" : m[1] === "3" || m[1] === "4" ? "bronze" : "brass"),
  ],
  // EN 1982 / ISO 1190 element names: CuZn37, CuZn39Pb3 (brass); CuSn8, CuAl10Ni (bronze).
  [/^cuzn\d{1,2}(?:[a-z]{1,2}\d?)*$/, "brass"],
  [/^cu(?:sn|al)\d{1,2}(?:[a-z]{1,2}\d?)*$/, "bronze"],
  [/^cu(?:etp|of|dhp|ofe)$/, "copper"],
  // Zinc: JIS H 5301 ZDC1/ZDC2; ASTM B86 Zamak 2/3/5/7 and ZA-8/12/27.
  [/^zdc\d$/, "zinc"],
  [/^zamak\d?$/, "zinc"],
  [/^za(8|12|27)$/, "zinc"],
  // Magnesium: ASTM B275 designations AZ91D, AZ31B, AM60B, AM50A, ZK60A, WE43.
  [/^(?:az|am|zk|we)\d{2}[a-e]?$/, "magnesium"],
  // Titanium: Ti-6Al-4V (ASTM B348 grade 5), Ti-3Al-2.5V.
  [/^ti\d{1,2}al\d(?:\.\d)?v$/, "titanium"],
];

/**
 * Trade names of materials (makers' registered names, as printed on data sheets), folded. Each
 * is the maker's own family name for one polymer or alloy; a name covering several families
 * (Noryl, Bakelite: no concept of their own here) is left out.
 */
const TRADE_NAMES: Record<string, string> = {
  // Polyacetal: Polyplastics Duracon, DuPont Delrin, Celanese Hostaform, Mitsubishi Iupital, Asahi Kasei Tenac.
  duracon: "pom",
  delrin: "pom",
  hostaform: "pom",
  iupital: "pom",
  tenac: "pom",
  // Polyamide: DuPont Zytel, BASF Ultramid, Toray Amilan, Lanxess Durethan.
  zytel: "pa",
  ultramid: "pa",
  amilan: "pa",
  durethan: "pa",
  // Polycarbonate: SABIC Lexan, Covestro Makrolon, Teijin Panlite, Mitsubishi Iupilon.
  lexan: "pc",
  makrolon: "pc",
  panlite: "pc",
  iupilon: "pc",
  // PMMA: Plexiglas, Perspex, Acrylite, Sumitomo Sumipex, Mitsubishi Acrypet.
  plexiglas: "pmma",
  plexiglass: "pmma",
  perspex: "pmma",
  acrylite: "pmma",
  sumipex: "pmma",
  acrypet: "pmma",
  // PBT: Polyplastics Duranex, DuPont Crastin, SABIC Valox.
  duranex: "pbt",
  crastin: "pbt",
  valox: "pbt",
  // High-performance: SABIC Ultem (PEI), Solvay Ryton and Celanese Fortron (PPS), Victrex (PEEK).
  ultem: "peek-pps",
  ryton: "peek-pps",
  fortron: "peek-pps",
  victrex: "peek-pps",
  // PTFE: Chemours Teflon, Daikin Polyflon.
  teflon: "ptfe",
  polyflon: "ptfe",
  // ABS: INEOS Terluran, Cycolac.
  cycolac: "abs",
  terluran: "abs",
  // Thermoplastic elastomers: DuPont Hytrel, Santoprene, Arkema Pebax.
  hytrel: "tpe",
  santoprene: "tpe",
  pebax: "tpe",
  // Elastomers: Viton (FKM), Buna-N and Perbunan (NBR), Nordel and Keltan (EPDM), Silastic.
  viton: "fkm",
  perbunan: "nbr",
  nordel: "epdm",
  keltan: "epdm",
  silastic: "silicone",
  // Fibres: Lycra and Dorlastan (elastane), Tencel and Lenzing Modal (regenerated cellulose),
  // Cordura (nylon 6.6 fabric), Toray/Teijin Tetoron (polyester), Kevlar and Nomex (aramid).
  lycra: "spandex",
  dorlastan: "spandex",
  tencel: "viscose",
  lyocell: "viscose",
  modal: "viscose",
  cordura: "nylon-fabric",
  tetoron: "polyester",
  // Films: DuPont Mylar, Melinex (PET).
  mylar: "pet",
  melinex: "pet",
  // Coated steel sheet: BIEC Galvalume and Zincalume (Al-Zn coated).
  galvalume: "galvanized-steel",
  zincalume: "galvanized-steel",
  // Nickel superalloys: Special Metals Inconel, Incoloy, Monel, Nimonic; Haynes Hastelloy.
  inconel: "nickel-alloy",
  incoloy: "nickel-alloy",
  monel: "nickel-alloy",
  nimonic: "nickel-alloy",
  hastelloy: "nickel-alloy",
  // Foam: Dow Styrofoam (extruded polystyrene).
  styrofoam: "foam",
};

function compact(s: string): string {
  return s.replace(/[\s_\-/]+/g, "");
}

function readOne(code: string): string | null {
  if (code.length < 2) return null;
  const named = TRADE_NAMES[code];
  if (named) return named;
  for (const [re, to] of RULES) {
    const m = code.match(re);
    if (!m) continue;
    return typeof to === "string" ? to : to(m);
  }
  return null;
}

/**
 * The material a term names by a standard designation or a trade name, or null. The designation
 * may be the whole term ("SCM 420", "EN AW-6082 T6") or one word of it ("thép SCM420",
 * "nhựa Duracon M90"). Two words naming different materials say nothing (null).
 */
export function gradeConcept(text: string): GradeMatch | null {
  const folded = fold(text).replace(/[(),;:]/g, " ");
  const words = folded.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return null;
  const found: { id: string; via: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const g = gradeAt(words, i);
    if (g) {
      found.push({ id: g.id, via: words.slice(i, g.end).join(" ") });
      i = g.end - 1;
    }
  }
  if (found.length === 0) return null;
  if (found.some((f) => f.id !== found[0].id)) return null;
  return { id: found[0].id, confidence: GRADE_CONFIDENCE, via: found[0].via };
}

/**
 * The designation starting at words[i] (folded words), with the index after its last word. It may
 * be written in up to three words ("AISI 4140", "EN AW-6082 T6", "SUS 303"): the longest run that
 * reads as one wins.
 */
export function gradeAt(words: readonly string[], i: number): { id: string; end: number } | null {
  let best: { id: string; end: number } | null = null;
  let code = "";
  for (let j = i; j < Math.min(words.length, i + 3); j++) {
    code += compact(words[j]);
    const id = readOne(code);
    if (id) best = { id, end: j + 1 };
  }
  return best;
}
