/** Text helpers for the demo data (kept local so the generator does not depend on the search analyser). */

/** Drops Vietnamese diacritics but keeps letter case, the way firms type without a Vietnamese keyboard. */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** "Cơ khí Hưng Thịnh" -> "cokhi-hungthinh": for e-mail addresses and web sites. */
export function slug(parts: string[]): string {
  return parts
    .map((p) =>
      stripDiacritics(p)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ""),
    )
    .filter(Boolean)
    .join("-");
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "a", "a and b", "a, b and c" in the given language. */
export function joinList(items: string[], lang: "vi" | "en" | "ja"): string {
  if (lang === "ja") return items.join("、");
  const and = lang === "vi" ? " và " : " and ";
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + and + items[items.length - 1];
}
