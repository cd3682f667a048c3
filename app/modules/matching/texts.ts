import { ancestorsOf, label, termLabel } from "./concepts";
import type { CertCheck } from "./certificates";
import { termFit, type TermFit } from "./fit";
import type { CapabilityKind, PreparedRequest, PreparedSupplier, Wanted } from "./prepare";
import type { Met, Reason, ReasonKind } from "./types";

// Reason texts in Vietnamese and English, each ending in its mark (✓ met, ✗ not met, ? unknown),
// so a reason reads the same in the API, on the pages and in a printed report.

const MARK = { true: "✓", false: "✗", unknown: "?" } as const;
const mark = (met: Met) => MARK[String(met) as keyof typeof MARK];
const month = (date: string) => date.slice(0, 7);
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

export function capabilityReason(kind: CapabilityKind, w: Wanted, f: TermFit, s: PreparedSupplier, weight: number): Reason {
  const asked = { vi: termLabel(w.term, "vi"), en: termLabel(w.term, "en") };
  const src = f.described ? { vi: " (theo mô tả)", en: " (in description)" } : { vi: "", en: "" };
  if (f.level === "exact") return reason(kind, true, f.fit, weight, asked.vi + src.vi, asked.en + src.en);
  if (f.level === "none") return reason(kind, false, 0, weight, asked.vi, asked.en);
  const near = nearConcept(w, f, s);
  const nv = near ? label(near, "vi") : "";
  const ne = near ? label(near, "en") : "";
  return f.level === "generic"
    ? reason(kind, "unknown", f.fit, weight, `${nv} — chưa rõ ${asked.vi}${src.vi}`, `${ne} — not specifically ${asked.en}${src.en}`)
    : reason(kind, "unknown", f.fit, weight, `${nv} — gần với ${asked.vi}${src.vi}`, `${ne} — related to ${asked.en}${src.en}`);
}

/** Requests with several processes: does the firm cover every one of them? */
export function coverageReason(wanted: Wanted[], s: PreparedSupplier, weakest: number, weight: number): Reason {
  const n = wanted.length;
  const covered = wanted.filter((w) => termFit(w, s).fit > 0).length;
  if (weakest === 1) return reason("process", true, 1, weight, `làm được cả ${n} công đoạn`, `covers all ${n} processes`);
  if (covered === n) return reason("process", "unknown", weakest, weight, `có thể làm cả ${n} công đoạn`, `may cover all ${n} processes`);
  return reason("process", false, weakest, weight, `làm ${covered}/${n} công đoạn`, `covers ${covered} of ${n} processes`);
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
    return reason("certification", false, 0, 0, `${vi}${viaVi} không có ngày hết hạn`, `${en}${viaEn} has no expiry date`);
  if (!c.valid)
    return reason("certification", false, 0, 0, `${vi}${viaVi} đã hết hạn ${month(h.validUntil)}`, `${en}${viaEn} expired ${month(h.validUntil)}`);
  return reason(
    "certification",
    true,
    1,
    0,
    `${vi}${viaVi} còn hiệu lực đến ${month(h.validUntil)}`,
    `${en}${viaEn} valid until ${month(h.validUntil)}`,
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
        ? reason(kind, met, fit, weight, `${num(e, "vi")} lao động cho ${num(v, "vi")}/năm`, `${num(e, "en")} employees for ${num(v, "en")}/year`)
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
      return met
        ? reason(kind, met, fit, weight, `đã xuất khẩu sang ${cc}`, `exports to ${cc}`)
        : reason(kind, met, fit, weight, `chưa xuất khẩu sang ${cc}`, `no exports to ${cc} yet`);
    }
    case "verified":
      return met
        ? reason(kind, met, fit, weight, "đã được ban tổ chức xác minh", "verified by the organisers")
        : reason(kind, met, fit, weight, "chưa được xác minh", "not verified yet");
    case "freshness": {
      if (met === "unknown" || !raw.updatedAt)
        return reason(kind, "unknown", fit, weight, "chưa rõ ngày cập nhật hồ sơ", "profile date unknown");
      const m = month(raw.updatedAt);
      return met
        ? reason(kind, met, fit, weight, `hồ sơ cập nhật ${m}`, `profile updated ${m}`)
        : reason(kind, met, fit, weight, `hồ sơ cập nhật lần cuối ${m}`, `profile last updated ${m}`);
    }
  }
}
