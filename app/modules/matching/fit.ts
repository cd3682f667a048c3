import { isBroad } from "./concepts";
import { OFFER_LEVELS, PARTIAL, type FitLevel } from "./weights";
import type { PreparedRequest, PreparedSupplier, Wanted } from "./prepare";

export interface TermFit {
  fit: number;
  level: FitLevel;
  /** True when the match comes only from the supplier's description. */
  described: boolean;
  /**
   * "generic" through an umbrella only ("casting" stated, "steel casting" asked): the umbrella's
   * children are distinct capabilities, so it does not say the firm does the asked one.
   */
  umbrella?: boolean;
}

const NONE: TermFit = { fit: 0, level: "none", described: false };

/** The nearest ancestor of the asked concept that the supplier states (for "generic"), if any. */
function statedAncestor(w: Wanted, direct: Set<string>): string | undefined {
  return w.ancestors.find((a) => direct.has(a));
}

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
  // The key the firm holds the match by: the asked concept (exact) or the ancestor it states
  // (generic); either may be only the near concept of its own words.
  const heldKey =
    f.described || (f.level !== "exact" && f.level !== "generic")
      ? undefined
      : f.level === "exact"
        ? w.key
        : statedAncestor(w, s.direct);
  const held = heldKey === undefined ? 1 : (s.uncertain.get(heldKey)?.confidence ?? 1);
  const scale = w.confidence * held;
  return scale < 1 ? { ...f, fit: f.fit * scale } : f;
}

/** The partial fit of a level; a generic match through an umbrella only counts as a sibling's. */
function partial(level: FitLevel, umbrella: boolean): number {
  return level === "none" ? 0 : umbrella ? PARTIAL.sibling : PARTIAL[level];
}

function rawFit(w: Wanted, s: PreparedSupplier): TermFit {
  const level = levelIn(w, s.direct, s.expanded);
  if (level === "exact") return { fit: PARTIAL.exact, level, described: false };
  const umbrella = level === "generic" && isBroad(statedAncestor(w, s.direct)!);
  const fromText = levelIn(w, s.describedDirect, s.describedExpanded);
  const textUmbrella = fromText === "generic" && isBroad(statedAncestor(w, s.describedDirect)!);
  const listed = partial(level, umbrella);
  const described = partial(fromText, textUmbrella) * PARTIAL.describedOnly;
  if (listed === 0 && described === 0) return NONE;
  return described > listed
    ? { fit: described, level: fromText, described: true, ...(textUmbrella ? { umbrella: true } : {}) }
    : { fit: listed, level, described: false, ...(umbrella ? { umbrella: true } : {}) };
}

/**
 * Does the supplier do the asked process as far as its profile says: the concept or one under
 * it, the general process it belongs to, or a sibling under the same (non-umbrella) parent —
 * the same family of know-how, as buyers grade leads. An umbrella alone ("casting" for "steel
 * casting") does not say it: the umbrella's children are distinct capabilities. Nor does a
 * sibling its description alone names (decision 680): two steps from what was asked — another
 * process, in passing — is not the firm's word that it works in the family. Near concepts and
 * descriptions otherwise count here; their confidence lowers the score, not this.
 */
export function doesAsked(f: TermFit): boolean {
  return f.level !== "none" && !f.umbrella && !(f.described && f.level === "sibling");
}

/** Does the supplier really do something the request asks for (see OFFER_LEVELS), not just something near it? */
export function coversAsked(r: PreparedRequest, s: PreparedSupplier): boolean {
  const asked =
    r.wanted.process.length || r.wanted.product.length
      ? [...r.wanted.process, ...r.wanted.product]
      : r.wanted.material;
  return asked.some((w) => OFFER_LEVELS.includes(termFit(w, s).level));
}
