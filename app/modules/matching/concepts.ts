import { ancestors, getConcept } from "../taxonomy";
import { fold } from "../text/analyser";
import type { Term } from "./types";

// Taxonomy look-ups on the hot path of all-pairs matching, memoised: the taxonomy is static data,
// so a concept's ancestors never change while the process runs.
const ancestorMemo = new Map<string, readonly string[]>();

export function ancestorsOf(id: string): readonly string[] {
  let a = ancestorMemo.get(id);
  if (!a) {
    a = getConcept(id) ? ancestors(id) : [];
    ancestorMemo.set(id, a);
  }
  return a;
}

const broadMemo = new Map<string, boolean>();

/**
 * An umbrella concept ("surface treatment", "casting"): its children are distinct capabilities,
 * so two siblings under it are not near each other.
 */
export function isBroad(id: string): boolean {
  let b = broadMemo.get(id);
  if (b === undefined) {
    b = getConcept(id)?.broad === true;
    broadMemo.set(id, b);
  }
  return b;
}

export function label(id: string, lang: "vi" | "en" | "ja"): string {
  const c = getConcept(id);
  return c ? c.labels[lang] || c.labels.en || c.labels.vi : id;
}

/**
 * The key a term is matched by: its concept, or for words the taxonomy does not know, the
 * folded text (so "ống đồng" still meets "ong dong" without a concept).
 */
export function termKey(t: Term, kind: string): string {
  return t.conceptId ?? `text:${kind}:${fold(t.text)}`;
}

export function isTextKey(key: string): boolean {
  return key.startsWith("text:");
}

/** A term's display text per language: the concept's label when mapped, the firm's words otherwise. */
export function termLabel(t: { conceptId: string | null; text: string }, lang: "vi" | "en" | "ja"): string {
  return t.conceptId && getConcept(t.conceptId) ? label(t.conceptId, lang) : t.text;
}
