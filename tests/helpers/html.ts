import { expect } from "vitest";

/**
 * The part of a page from the first `start` up to the first `end` after it: one table row, one
 * picker's options. What a test reads when the whole page would also match elsewhere.
 */
export function htmlBetween(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  return html.slice(from, html.indexOf(end, from));
}

/**
 * Expects `res` to be refused with `status` (a form sent back with its errors) and its page to
 * say each of `messages`; gives the page, for what the test checks next.
 */
export async function refusedPage(res: Response, status: number, messages: string[]): Promise<string> {
  expect(res.status).toBe(status);
  const html = await res.text();
  for (const message of messages) expect(html).toContain(message);
  return html;
}
