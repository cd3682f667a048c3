// What a typed form value may carry. Every form field is read through here (app/utils/
// form-body.server.ts), so the rule is one place instead of every schema. Why clean instead of
// refuse: docs/decisions/640-invisible-characters-in-typed-text.md.

/** Line and page breaks other than CR/LF that a paste brings (vertical tab, form feed, NEL, U+2028/9). */
const OTHER_BREAKS = /\u000b|\u000c|\u0085|\u2028|\u2029/g;

/**
 * Characters no one types and no page shows, dropped: C0 and C1 controls other than tab, LF and
 * CR (ESC, BEL, backspace …), DEL, the bidirectional embeddings, overrides, isolates and marks
 * (U+202A–U+202E, U+2066–U+2069, U+200E/F: they reorder how the text around them is drawn, so a
 * firm's name could read as another's), and the zero-width space, word joiner and byte-order
 * mark (U+200B, U+2060, U+FEFF: "Công\u200bty" looks like "Côngty" and matches neither it nor
 * "Công ty"). The zero-width joiner and non-joiner stay: emoji and scripts need them.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** The value with invisible characters dropped and other line breaks made LF; unchanged when clean. */
export function cleanTyped(s: string): string {
  return s.replace(OTHER_BREAKS, "\n").replace(INVISIBLE, "");
}

/**
 * The first character cleanTyped would drop or change, as "U+200B", with its 1-based position;
 * null when there is none. For values used as keys (a ref, a tax code, an email), which are refused
 * rather than cleaned: the message names what cannot be seen (decision 700).
 */
export function firstInvisible(s: string): { char: string; at: number } | null {
  const m = new RegExp(`${OTHER_BREAKS.source}|${INVISIBLE.source}`).exec(s);
  if (!m) return null;
  const char = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return { char, at: [...s.slice(0, m.index)].length + 1 };
}
