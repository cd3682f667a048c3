import { OFFER_LEVELS, PARTIAL } from "./weights";
import type { PreparedRequest, PreparedSupplier, Wanted } from "./prepare";

export type FitLevel = "exact" | "generic" | "sibling" | "none";

export interface TermFit {
  fit: number;
  level: FitLevel;
  /** True when the match comes only from the supplier's description. */
  described: boolean;
}

const NONE: TermFit = { fit: 0, level: "none", described: false };

function levelIn(w: Wanted, direct: Set<string>, expanded: Set<string>): FitLevel {
  // The supplier has the concept or a more specific one (expanded holds every ancestor of what it lists).
  if (expanded.has(w.key)) return "exact";
  // The supplier states only something more general: likely, not certain.
  for (const a of w.ancestors) if (direct.has(a)) return "generic";
  // A sibling under the nearest parent (PP asked, ABS worked): related know-how.
  if (w.nearParent !== undefined && expanded.has(w.nearParent)) return "sibling";
  return "none";
}

/**
 * How well the supplier covers one requested term, parent/child aware. The structured lists win;
 * the description is consulted only when they say nothing about the term, at a discount.
 */
export function termFit(w: Wanted, s: PreparedSupplier): TermFit {
  const f = rawFit(w, s);
  // A near concept (words the taxonomy does not know, on either side) counts at its confidence.
  if (f.fit === 0) return f;
  const held = f.level === "exact" && !f.described ? (s.uncertain.get(w.key)?.confidence ?? 1) : 1;
  const scale = w.confidence * held;
  return scale < 1 ? { ...f, fit: f.fit * scale } : f;
}

function rawFit(w: Wanted, s: PreparedSupplier): TermFit {
  const level = levelIn(w, s.direct, s.expanded);
  if (level === "exact") return { fit: PARTIAL.exact, level, described: false };
  const fromText = levelIn(w, s.describedDirect, s.describedExpanded);
  const listed = level === "none" ? 0 : PARTIAL[level];
  const described = fromText === "none" ? 0 : PARTIAL[fromText] * PARTIAL.describedOnly;
  if (listed === 0 && described === 0) return NONE;
  return described > listed
    ? { fit: described, level: fromText, described: true }
    : { fit: listed, level, described: false };
}

/** Does the supplier really do something the request asks for (see OFFER_LEVELS), not just something near it? */
export function coversAsked(r: PreparedRequest, s: PreparedSupplier): boolean {
  const asked =
    r.wanted.process.length || r.wanted.product.length
      ? [...r.wanted.process, ...r.wanted.product]
      : r.wanted.material;
  return asked.some((w) => OFFER_LEVELS.includes(termFit(w, s).level));
}
