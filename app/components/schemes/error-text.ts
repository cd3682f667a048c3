import type { Translate } from "~/modules/i18n";

/** An error key with at most one variable ("schemes.err.tooMany|max=5") in the reader's language. */
export function errorText(t: Translate, e: string): string {
  const [key, arg] = e.split("|");
  if (!arg) return t(key!);
  const [k, v] = arg.split("=");
  return t(key!, { [k!]: v ?? "" });
}
