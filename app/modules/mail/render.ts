// A mail's two bodies from one description: plain text, and HTML in which every piece of text
// is escaped (names of firms, messages between participants and subjects are user input).
import { formatDate, formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locale";
import { escapeHtml } from "../html/escape";

export interface MailContent {
  /** First line, also the HTML heading. */
  heading: string;
  paragraphs: string[];
  /** A list (meetings, requests …), each item one line. */
  items?: string[];
  /** The call to action: a label and an absolute link (from absoluteUrl()). */
  action?: { label: string; url: string };
  /** Small print at the end (why the reader gets this mail). */
  footer: string;
}

// Re-exported: mail callers and tests take it from the mail module as before.
export { escapeHtml };

/** Only http(s) links are written into an href; anything else is refused loudly. */
function safeUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol !== "https:" && u.protocol !== "http:")
    throw new Error(`refusing a ${u.protocol} link in a mail`);
  return u.toString();
}

export function renderText(c: MailContent): string {
  const out = [c.heading, "", ...c.paragraphs.flatMap((p) => [p, ""])];
  if (c.items?.length) out.push(...c.items.map((i) => `- ${i}`), "");
  if (c.action) out.push(`${c.action.label}: ${safeUrl(c.action.url)}`, "");
  out.push("--", c.footer);
  return out.join("\n");
}

export function renderHtml(c: MailContent, lang: "vi" | "en" | "ja"): string {
  const p = (s: string) => `<p style="margin:0 0 12px">${escapeHtml(s)}</p>`;
  const items = c.items?.length
    ? `<ul style="margin:0 0 12px;padding-left:20px">${c.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`
    : "";
  const action = c.action
    ? `<p style="margin:16px 0"><a href="${escapeHtml(safeUrl(c.action.url))}" style="background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(c.action.label)}</a></p>`
    : "";
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(c.heading)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#0f172a;max-width:600px;margin:0 auto;padding:16px">`,
    `<h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(c.heading)}</h1>`,
    ...c.paragraphs.map(p),
    items,
    action,
    `<hr style="border:0;border-top:1px solid #e2e8f0;margin:24px 0 8px"><p style="font-size:12px;color:#64748b;margin:0">${escapeHtml(c.footer)}</p>`,
    `</body></html>`,
  ].join("\n");
}

// Dates in mails go through the one format module (decision 210), so a mail, the page it links
// to and the .ics attached to it say the same date in the same words.

/** A meeting's start as people read it, in Hanoi time ("10 Mar 2027, 09:00", "2027年3月10日 09:00"). */
export function formatVenueTime(d: Date, locale: Locale): string {
  return formatDateTime(d, locale);
}

/** A calendar date (yyyy-mm-dd) as people read it ("10/03/2027", "10 Mar 2027", "2027年3月10日"). */
export function formatDay(date: string, locale: Locale): string {
  return formatDate(date, locale);
}
