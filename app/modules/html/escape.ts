// HTML escaping, written once: mails, the embedded engine's highlights and the cards' own-language
// highlights all escape the same five characters the same way, so that a card can read back (and
// re-mark) what the engine wrote.

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const UNESCAPES = Object.fromEntries(Object.entries(ESCAPES).map(([c, e]) => [e, c]));

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The inverse of escapeHtml, for text it escaped (other entities are left as they are). */
export function unescapeHtml(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e]);
}
