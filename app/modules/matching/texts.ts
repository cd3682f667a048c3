import { mapTermScored } from "../taxonomy";
import { ancestorsOf, label, termLabel } from "./concepts";
import type { CertCheck } from "./certificates";
import { termFit, type TermFit } from "./fit";
import type { CapabilityKind, PreparedRequest, PreparedSupplier, Wanted } from "./prepare";
import type { Met, Reason, ReasonKind } from "./types";

// Reason texts in Vietnamese, English and Japanese, each ending in its mark (✓ met, ✗ not met,
// ? unknown), so a reason reads the same in the API, on the pages and in a printed report.
// Each text is one function of the language, called once per language, so the three cannot
// drift apart in what they say (a figure or a standard's name is computed once per language).

type Lang = "vi" | "en" | "ja";
const LANGS: readonly Lang[] = ["vi", "en", "ja"];
/** One phrase per language; `Record` so a missing Japanese text is a type error, not a gap. */
type Phrase = Record<Lang, string>;

const MARK = { true: "✓", false: "✗", unknown: "?" } as const;
const mark = (met: Met) => MARK[String(met) as keyof typeof MARK];
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "2026-11-05" → "tháng 11/2026" / "Nov 2026" / "2026年11月": a reader's month, not a storage code. */
function month(date: string, lang: Lang): string {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  if (!(m >= 1 && m <= 12)) return date.slice(0, 7);
  return { vi: `tháng ${m}/${y}`, en: `${EN_MONTHS[m - 1]} ${y}`, ja: `${y}年${m}月` }[lang];
}
const REGION = {
  vi: new Intl.DisplayNames(["vi"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
  ja: new Intl.DisplayNames(["ja"], { type: "region" }),
};
/** "JP" → "Nhật Bản" / "Japan" / "日本"; a code ICU does not know is shown as written. */
function country(code: string, lang: Lang): string {
  try {
    return REGION[lang].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
const NUM_LOCALE = { vi: "vi-VN", en: "en-GB", ja: "ja-JP" } as const;
const num = (n: number, lang: Lang) => n.toLocaleString(NUM_LOCALE[lang]);

function reason(kind: ReasonKind, met: Met, fit: number, weight: number, say: (l: Lang) => string): Reason {
  const text = {} as Phrase;
  for (const l of LANGS) text[l] = `${say(l)} ${mark(met)}`;
  return { kind, met, fit, weight, text };
}

/** The supplier's own concept that made a partial match, for the text ("CNC machining — not specifically CNC turning"). */
function nearConcept(w: Wanted, f: TermFit, s: PreparedSupplier): string | undefined {
  const direct = f.described ? s.describedDirect : s.direct;
  if (f.level === "generic") return w.ancestors.find((a) => direct.has(a));
  const parent = w.nearParent;
  if (parent === undefined) return undefined;
  for (const c of direct) if (c !== w.key && ancestorsOf(c).includes(parent)) return c;
  return parent;
}

const FROM: Phrase = { vi: "~ từ", en: "~ from", ja: "~ 原文" };
const DICTIONARY: Phrase = { vi: "theo từ điển", en: "from dictionary", ja: "辞書より" };

/**
 * "~ from 'text'", and for a Japanese word read through the dictionary (taxonomy/dictionary.ts)
 * the gloss it was read from: "~ from '旋削', from dictionary: 'turning (on a lathe)'".
 */
function fromWords(text: string, kind: CapabilityKind, l: Lang): string {
  const gloss = mapTermScored(text, kind)?.gloss;
  return ` ${FROM[l]} '${text}'` + (gloss ? `, ${DICTIONARY[l]}: '${gloss}'` : "");
}
const IN_DESCRIPTION: Phrase = { vi: " (theo mô tả)", en: " (in description)", ja: "（説明文より）" };

export function capabilityReason(
  kind: CapabilityKind,
  w: Wanted,
  f: TermFit,
  s: PreparedSupplier,
  weight: number,
): Reason {
  // A near concept says so, with the words it was read from: "Anodising ~ from 'xử lý anode'".
  const nearWords = w.confidence < 1 && w.term.conceptId;
  const asked = (l: Lang) => termLabel(w.term, l) + (nearWords ? fromWords(w.term.text, kind, l) : "");
  const held = f.level === "exact" && !f.described ? s.uncertain.get(w.key) : undefined;
  const src = (l: Lang) =>
    (f.described ? IN_DESCRIPTION[l] : "") + (held ? fromWords(held.text, kind, l) : "");
  if (f.level === "exact") return reason(kind, true, f.fit, weight, (l) => asked(l) + src(l));
  if (f.level === "none") return reason(kind, false, 0, weight, asked);
  const near = nearConcept(w, f, s);
  const nl = (l: Lang) => (near ? label(near, l) : "");
  return f.level === "generic"
    ? reason(kind, "unknown", f.fit, weight, (l) => {
        const [n, a] = [nl(l), asked(l) + src(l)];
        return { vi: `${n} — chưa rõ ${a}`, en: `${n} — not specifically ${a}`, ja: `${n} — ${a}かは不明` }[
          l
        ];
      })
    : reason(kind, "unknown", f.fit, weight, (l) => {
        const [n, a] = [nl(l), asked(l) + src(l)];
        return { vi: `${n} — gần với ${a}`, en: `${n} — related to ${a}`, ja: `${n} — ${a}に近い` }[l];
      });
}

/** Requests with several processes: does the firm cover every one of them? */
export function coverageReason(
  wanted: Wanted[],
  s: PreparedSupplier,
  weakest: number,
  weight: number,
): Reason {
  const n = wanted.length;
  const covered = wanted.filter((w) => termFit(w, s).fit > 0).length;
  if (weakest === 1)
    return reason(
      "process",
      true,
      1,
      weight,
      (l) =>
        ({ vi: `làm được cả ${n} công đoạn`, en: `covers all ${n} processes`, ja: `全${n}工程に対応` })[l],
    );
  if (covered === n)
    return reason(
      "process",
      "unknown",
      weakest,
      weight,
      (l) =>
        ({
          vi: `có thể làm cả ${n} công đoạn`,
          en: `may cover all ${n} processes`,
          ja: `全${n}工程に対応の可能性`,
        })[l],
    );
  return reason(
    "process",
    false,
    weakest,
    weight,
    (l) =>
      ({
        vi: `làm ${covered}/${n} công đoạn`,
        en: `covers ${covered} of ${n} processes`,
        ja: `${n}工程中${covered}工程に対応`,
      })[l],
  );
}

export function certificateReason(c: CertCheck): Reason {
  // The standard as the buyer wrote it ("IATF 16949"): shorter than the taxonomy's descriptive label.
  const std = c.wanted.term.text;
  const h = c.held;
  if (!h)
    return reason(
      "certification",
      false,
      0,
      0,
      (l) => ({ vi: `thiếu ${std}`, en: `${std} missing`, ja: `${std}なし` })[l],
    );
  const via = h.conceptId && h.conceptId !== c.wanted.key;
  const name = (l: Lang) =>
    std +
    (via ? { vi: ` qua ${h.standard}`, en: ` via ${h.standard}`, ja: `（${h.standard}による）` }[l] : "");
  const until = h.validUntil;
  if (until === null)
    return reason(
      "certification",
      false,
      0,
      0,
      (l) =>
        ({
          vi: `${name(l)} không có ngày hết hạn`,
          en: `${name(l)} has no expiry date`,
          ja: `${name(l)} 有効期限の記載なし`,
        })[l],
    );
  if (!c.valid)
    return reason(
      "certification",
      false,
      0,
      0,
      (l) =>
        ({
          vi: `${name(l)} đã hết hạn ${month(until, l)}`,
          en: `${name(l)} expired ${month(until, l)}`,
          ja: `${name(l)} ${month(until, l)}に期限切れ`,
        })[l],
    );
  return reason(
    "certification",
    true,
    1,
    0,
    (l) =>
      ({
        vi: `${name(l)} còn hiệu lực đến ${month(until, l)}`,
        en: `${name(l)} valid until ${month(until, l)}`,
        ja: `${name(l)} ${month(until, l)}まで有効`,
      })[l],
  );
}

export function softReason(
  kind: "capacity" | "export" | "verified" | "freshness",
  met: Met,
  fit: number,
  weight: number,
  r: PreparedRequest,
  s: PreparedSupplier,
): Reason {
  const raw = s.raw;
  const say = (p: (l: Lang) => Phrase) => reason(kind, met, fit, weight, (l) => p(l)[l]);
  switch (kind) {
    case "capacity": {
      if (met === "unknown")
        return say(() => ({ vi: "năng lực chưa rõ", en: "capacity unknown", ja: "生産能力は不明" }));
      const e = raw.employees!;
      const v = r.raw.annualVolume!;
      return met
        ? say((l) => ({
            vi: `${num(e, l)} lao động cho ${num(v, l)}/năm`,
            en: `${num(e, l)} employees for ${num(v, l)}/year`,
            ja: `従業員${num(e, l)}人で年${num(v, l)}個`,
          }))
        : say((l) => ({
            vi: `${num(e, l)} lao động, nhỏ so với ${num(v, l)}/năm`,
            en: `${num(e, l)} employees, small for ${num(v, l)}/year`,
            ja: `従業員${num(e, l)}人、年${num(v, l)}個には小規模`,
          }));
    }
    case "export": {
      const cc = r.raw.buyerCountry!;
      return met
        ? say((l) => ({
            vi: `đã xuất khẩu sang ${country(cc, l)}`,
            en: `exports to ${country(cc, l)}`,
            ja: `${country(cc, l)}への輸出実績あり`,
          }))
        : say((l) => ({
            vi: `chưa xuất khẩu sang ${country(cc, l)}`,
            en: `no exports to ${country(cc, l)} yet`,
            ja: `${country(cc, l)}への輸出実績なし`,
          }));
    }
    case "verified":
      return met
        ? say(() => ({
            vi: "đã được ban tổ chức xác minh",
            en: "verified by the organisers",
            ja: "主催者による確認済み",
          }))
        : say(() => ({ vi: "chưa được xác minh", en: "not verified yet", ja: "未確認" }));
    case "freshness": {
      const at = raw.updatedAt;
      if (met === "unknown" || !at)
        return reason(
          kind,
          "unknown",
          fit,
          weight,
          (l) =>
            ({
              vi: "chưa rõ ngày cập nhật hồ sơ",
              en: "profile date unknown",
              ja: "プロフィール更新日は不明",
            })[l],
        );
      return met
        ? say((l) => ({
            vi: `hồ sơ cập nhật ${month(at, l)}`,
            en: `profile updated ${month(at, l)}`,
            ja: `プロフィール更新 ${month(at, l)}`,
          }))
        : say((l) => ({
            vi: `hồ sơ cập nhật lần cuối ${month(at, l)}`,
            en: `profile last updated ${month(at, l)}`,
            ja: `プロフィール最終更新 ${month(at, l)}`,
          }));
    }
  }
}
