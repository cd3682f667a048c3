import { meetsCertificates, checkCertificates } from "./certificates";
import { capacityMet, dayNumber, exportMet, freshnessMet } from "./context";
import { termFit } from "./fit";
import {
  prepareRequest,
  prepareSupplier,
  type CapabilityKind,
  type PreparedRequest,
  type PreparedSupplier,
} from "./prepare";
import * as text from "./texts";
import type { MatchOptions, MatchRequest, MatchResult, MatchSupplier, Met, Reason } from "./types";
import { UNKNOWN_FIT, WEIGHTS } from "./weights";

function metFit(met: Met): number {
  return met === "unknown" ? UNKNOWN_FIT : met ? 1 : 0;
}

/**
 * The one scoring routine. With `reasons` it also writes the explanation; without, it only
 * computes the number (the all-pairs path), so the two can never disagree.
 * Returns the score, or -1 when the supplier does nothing that is asked (not relevant).
 */
export function evaluate(
  r: PreparedRequest,
  s: PreparedSupplier,
  asOf: string,
  reasons: Reason[] | null,
): number {
  let total = 0;
  let weights = 0;
  // The anchor kind first: most index candidates that fail, fail there, before any other work.
  for (const kind of KIND_ORDER[r.anchor]) {
    const wanted = r.wanted[kind];
    if (!wanted.length) continue;
    const each = WEIGHTS[kind] / wanted.length;
    let weakest = 1;
    let best = 0;
    for (const w of wanted) {
      const f = termFit(w, s);
      total += each * f.fit;
      weights += each;
      if (f.fit < weakest) weakest = f.fit;
      if (f.fit > best) best = f.fit;
      if (reasons) reasons.push(text.capabilityReason(kind, w, f, s, each));
    }
    if (kind === r.anchor && best === 0) return -1;
    if (kind === "process" && wanted.length > 1) {
      total += WEIGHTS.allProcesses * weakest;
      weights += WEIGHTS.allProcesses;
      if (reasons) reasons.push(text.coverageReason(wanted, s, weakest, WEIGHTS.allProcesses));
    }
  }

  const raw = s.raw;
  const soft = (kind: "capacity" | "export" | "verified" | "freshness", met: Met) => {
    const fit = metFit(met);
    total += WEIGHTS[kind] * fit;
    weights += WEIGHTS[kind];
    if (reasons) reasons.push(text.softReason(kind, met, fit, WEIGHTS[kind], r, s));
  };
  soft("capacity", capacityMet(raw.employees, r.raw.annualVolume));
  if (r.raw.buyerCountry) soft("export", exportMet(s.markets, r.raw.buyerCountry));
  soft("verified", raw.verified);
  soft("freshness", freshnessMet(s.updatedDay, asOfDay(asOf)));
  return weights ? total / weights : 0;
}

const KIND_ORDER: Record<CapabilityKind, CapabilityKind[]> = {
  process: ["process", "material", "product"],
  product: ["product", "process", "material"],
  material: ["material", "process", "product"],
};

let lastAsOf = "";
let lastAsOfDay = 0;
/** The matching day as a day number, remembered: all-pairs passes use one day throughout. */
function asOfDay(asOf: string): number {
  if (asOf !== lastAsOf) {
    lastAsOfDay = dayNumber(asOf) ?? 0;
    lastAsOf = asOf;
  }
  return lastAsOfDay;
}

/** Scores a prepared pair; used by the index, which prepares each side once. */
export function scorePrepared(r: PreparedRequest, s: PreparedSupplier, asOf: string): MatchResult {
  const reasons: Reason[] = checkCertificates(r, s, asOf).map(text.certificateReason);
  const eligible = reasons.every((x) => x.met === true);
  const score = evaluate(r, s, asOf, reasons);
  return { eligible, relevant: score >= 0, score: Math.max(0, round(score)), reasons };
}

/** Fast path: the score of a listable pair, or -1 when it must not be listed (hard constraint or irrelevant). */
export function quickScore(r: PreparedRequest, s: PreparedSupplier, asOf: string): number {
  if (!meetsCertificates(r, s, asOf)) return -1;
  const v = evaluate(r, s, asOf, null);
  return v < 0 ? -1 : round(v);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Scores a supplier against a sourcing request. Hard constraints first (every required
 * certificate held and valid on `asOf`); then the graded fit, with one reason per fact used.
 */
export function scoreMatch(request: MatchRequest, supplier: MatchSupplier, opts: MatchOptions): MatchResult {
  return scorePrepared(prepareRequest(request), prepareSupplier(supplier), opts.asOf);
}
