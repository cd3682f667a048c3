/**
 * The part of a page from the first `start` up to the first `end` after it: one table row, one
 * picker's options. What a test reads when the whole page would also match elsewhere.
 */
export function htmlBetween(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  return html.slice(from, html.indexOf(end, from));
}
