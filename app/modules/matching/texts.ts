import { ancestorsOf, label, termLabel } from "./concepts";
import type { CertCheck } from "./certificates";
import { termFit, type TermFit } from "./fit";
import type { CapabilityKind, PreparedRequest, PreparedSupplier, Wanted } from "./prepare";
import type { Met, Reason, ReasonKind } from "./types";

// Reason texts in Vietnamese and English, each ending in its mark (✓ met, ✗ not met, ? unknown),
// so a reason reads the same in the API, on the pages and in a printed report.

const MARK = { true: "✓", false: "✗", unknown: "?" } as const;
const mark = (met: Met) => MARK[String(met) as keyof typeof MARK];
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "2026-11-05" → "tháng 11/2026" / "Nov 2026": a reader's month, not a storage code. */
function month(date: string, lang: "vi" | "en"): string {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  if (!(m >= 1 && m <= 12)) return date.slice(0, 7);
  return lang === "vi" ? `tháng ${m}/${y}` : `${EN_MONTHS[m - 1]} ${y}`;
}
const REGION = {
  vi: new Intl.DisplayNames(["vi"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};
/** "JP" → "Nhật Bản" / "Japan"; a code ICU does not know is shown as written. */
function country(code: string, lang: "vi" | "en"): string {
  try {
    return REGION[lang].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
const num = (n: number, lang: "vi" | "en") => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB");

function reason(kind: ReasonKind, met: Met, fit: number, weight: number, vi: string, en: string): Reason {
  return { kind, met, fit, weight, text: { vi: `${vi} ${mark(met)}`, en: `${en} ${mark(met)}` } };
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

export function capabilityReason(
  kind: CapabilityKind,
  w: Wanted,
  f: TermFit,
  s: PreparedSupplier,
  weight: number,
): Reason {
  const asked = { vi: termLabel(w.term, "vi"), en: termLabel(w.term, "en") };
  // A near concept says so, with the words it was read from: "Anodising ~ from 'xử lý anode'".
  if (w.confidence < 1 && w.term.conceptId) {
    asked.vi += ` ~ từ '${w.term.text}'`;
    asked.en += ` ~ from '${w.term.text}'`;
  }
  const src = f.described ? { vi: " (theo mô tả)", en: " (in description)" } : { vi: "", en: "" };
  if (f.level === "exact") {
    const held = f.described ? undefined : s.uncertain.get(w.key);
    if (held) {
      src.vi += ` ~ từ '${held.text}'`;
      src.en += ` ~ from '${held.text}'`;
    }
    return reason(kind, true, f.fit, weight, asked.vi + src.vi, asked.en + src.en);
  }
  if (f.level === "none") return reason(kind, false, 0, weight, asked.vi, asked.en);
  const near = nearConcept(w, f, s);
  const nv = near ? label(near, "vi") : "";
  const ne = near ? label(near, "en") : "";
  return f.level === "generic"
    ? reason(
        kind,
        "unknown",
        f.fit,
        weight,
        `${nv} — chưa rõ ${asked.vi}${src.vi}`,
        `${ne} — not specifically ${asked.en}${src.en}`,
      )
    : reason(
        kind,
        "unknown",
        f.fit,
        weight,
        `${nv} — gần với ${asked.vi}${src.vi}`,
        `${ne} — related to ${asked.en}${src.en}`,
      );
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
    return reason("process", true, 1, weight, `làm được cả ${n} công đoạn`, `covers all ${n} processes`);
  if (covered === n)
    return reason(
      "process",
      "unknown",
      weakest,
      weight,
      `có thể làm cả ${n} công đoạn`,
      `may cover all ${n} processes`,
    );
  return reason(
    "process",
    false,
    weakest,
    weight,
    `làm ${covered}/${n} công đoạn`,
    `covers ${covered} of ${n} processes`,
  );
}

export function certificateReason(c: CertCheck): Reason {
  // The standard as the buyer wrote it ("IATF 16949"): shorter than the taxonomy's descriptive label.
  const vi = c.wanted.term.text;
  const en = c.wanted.term.text;
  const h = c.held;
  if (!h) return reason("certification", false, 0, 0, `thiếu ${vi}`, `${en} missing`);
  const via = h.conceptId && h.conceptId !== c.wanted.key;
  const viaVi = via ? ` qua ${h.standard}` : "";
  const viaEn = via ? ` via ${h.standard}` : "";
  if (h.validUntil === null)
    return reason(
      "certification",
      false,
      0,
      0,
      `${vi}${viaVi} không có ngày hết hạn`,
      `${en}${viaEn} has no expiry date`,
    );
  if (!c.valid)
    return reason(
      "certification",
      false,
      0,
      0,
      `${vi}${viaVi} đã hết hạn ${month(h.validUntil, "vi")}`,
      `${en}${viaEn} expired ${month(h.validUntil, "en")}`,
    );
  return reason(
    "certification",
    true,
    1,
    0,
    `${vi}${viaVi} còn hiệu lực đến ${month(h.validUntil, "vi")}`,
    `${en}${viaEn} valid until ${month(h.validUntil, "en")}`,
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
  switch (kind) {
    case "capacity": {
      if (met === "unknown") return reason(kind, met, fit, weight, "năng lực chưa rõ", "capacity unknown");
      const e = raw.employees!;
      const v = r.raw.annualVolume!;
      return met
        ? reason(
            kind,
            met,
            fit,
            weight,
            `${num(e, "vi")} lao động cho ${num(v, "vi")}/năm`,
            `${num(e, "en")} employees for ${num(v, "en")}/year`,
          )
        : reason(
            kind,
            met,
            fit,
            weight,
            `${num(e, "vi")} lao động, nhỏ so với ${num(v, "vi")}/năm`,
            `${num(e, "en")} employees, small for ${num(v, "en")}/year`,
          );
    }
    case "export": {
      const cc = r.raw.buyerCountry!;
      const [cv, ce] = [country(cc, "vi"), country(cc, "en")];
      return met
        ? reason(kind, met, fit, weight, `đã xuất khẩu sang ${cv}`, `exports to ${ce}`)
        : reason(kind, met, fit, weight, `chưa xuất khẩu sang ${cv}`, `no exports to ${ce} yet`);
    }
    case "verified":
      return met
        ? reason(kind, met, fit, weight, "đã được ban tổ chức xác minh", "verified by the organisers")
        : reason(kind, met, fit, weight, "chưa được xác minh", "not verified yet");
    case "freshness": {
      if (met === "unknown" || !raw.updatedAt)
        return reason(kind, "unknown", fit, weight, "chưa rõ ngày cập nhật hồ sơ", "profile date unknown");
      const [mv, me] = [month(raw.updatedAt, "vi"), month(raw.updatedAt, "en")];
      return met
        ? reason(kind, met, fit, weight, `hồ sơ cập nhật ${mv}`, `profile updated ${me}`)
        : reason(kind, met, fit, weight, `hồ sơ cập nhật lần cuối ${mv}`, `profile last updated ${me}`);
    }
  }
}
