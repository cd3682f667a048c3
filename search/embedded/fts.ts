// The only place where strings are turned into FTS5 syntax. Every token is the output of the shared
// analyser, encoded so that FTS5's "ascii" tokenizer keeps it whole, and then written as a quoted
// string: user text can never be read as an operator (AND, NEAR(, *, ", ^, column filters…).

// ASCII characters other than letters and digits split tokens in the "ascii" tokenizer; inside
// our tokens ("6061-t6", "m8x1.25", "1/2") they become "_", the one declared token character.
const ASCII_PUNCT = /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f]/g;

export function encodeToken(tok: string): string {
  return tok.replace(ASCII_PUNCT, "_");
}

/** The analysed text of one column as FTS5 stores it. */
export function encodeColumn(tokens: string[]): string {
  return tokens.map(encodeToken).join(" ");
}

/**
 * Whether FTS5 reads `tok` as exactly this one token, as it stores the analysed text: not empty,
 * and no ASCII but lower-case letters, digits and "_" (the "ascii" tokenizer splits on the rest
 * and folds A-Z), no unpaired surrogate and no U+FFFD (which SQLite's UTF-8 makes of one).
 * For such tokens the in-memory postings find the same documents as a MATCH (engine.ts).
 */
export function isStoredToken(tok: string): boolean {
  return STORED_TOKEN.test(tok);
}
const STORED_TOKEN = /^(?:[0-9a-z_]|[^\u0000-\u007f\ud800-\udfff\ufffd])+$/u;

function quoted(tok: string): string {
  // encodeToken already removed '"'; doubling keeps this safe on its own.
  return `"${encodeToken(tok).replace(/"/g, '""')}"`;
}

export interface SlotAlternatives {
  /** Whole tokens that satisfy the word (the word itself and its typo variants). */
  words: Iterable<string>;
  /** Set for the last word of the query: any token starting with it. */
  prefix?: string;
}

/** One word: any of its alternatives. */
export function slotExpression(slot: SlotAlternatives): string | null {
  const parts = [...new Set(slot.words)].filter(Boolean).map(quoted);
  if (slot.prefix) parts.push(`${quoted(slot.prefix)}*`);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`;
}

/** All words of a group (each through its alternatives). */
export function allOf(exprs: string[]): string {
  return exprs.length === 1 ? exprs[0] : exprs.join(" AND ");
}
