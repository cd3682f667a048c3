import type { Locale } from "./locale";
import { messages } from "./messages/index";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * A missing key falls back to the other language and then to the key itself, so a gap in a
 * dictionary shows up visibly (and in tests) instead of as an empty string.
 */
export function translator(locale: Locale): Translate {
  const primary = messages[locale];
  const other = messages[locale === "vi" ? "en" : "vi"];
  return (key, vars) => {
    let s = primary[key] ?? other[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}
