import countries from "i18n-iso-countries";

// Field rules shared by the profile forms and every importer (issue 10, low findings): a website
// is an http(s) address, a country an ISO 3166-1 alpha-2 code.

/**
 * Why `v` is not a website address, or null. A bare domain ("cokhi.vn/san-pham") counts as
 * https; any other scheme (javascript:, data:, ftp:) is refused, and so are credentials in the
 * address ("http://user@host") that make a link read as one site and go to another.
 */
export function websiteProblem(v: string): string | null {
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(v);
  if (hasScheme && !/^https?:\/\//i.test(v)) return "must be an http:// or https:// address";
  let u: URL;
  try {
    u = new URL(hasScheme ? v : `https://${v}`);
  } catch {
    return "must be a web address such as https://example.vn";
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return "must be an http:// or https:// address";
  if (u.username || u.password) return "must not contain a user name or password";
  if (!u.hostname.includes(".") || /\s/.test(v)) return "must be a web address such as https://example.vn";
  return null;
}

const ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()));

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code (capitals). */
export function isCountryCode(code: string): boolean {
  return ALPHA2.has(code);
}
