import type { Translate } from "./translate";

// Form schemas (zod, shared by conform in the browser and the server) carry message *keys*, not
// text, so one schema serves every language; a key may carry one variable: "auth.error.tooLong|max=320".
// These two functions are the only place that format is written and read.

/** A schema message: `fieldMessage("auth.error.tooLong", { max: 320 })` → "auth.error.tooLong|max=320". */
export function fieldMessage(key: string, vars?: Record<string, string | number>): string {
  const [entry] = Object.entries(vars ?? {});
  return entry ? `${key}|${entry[0]}=${entry[1]}` : key;
}

/** A schema message in the reader's language (FieldErrors, FormMessage and friends). */
export function translateFieldMessage(t: Translate, message: string): string {
  const bar = message.indexOf("|");
  if (bar < 0) return t(message);
  const arg = message.slice(bar + 1);
  const eq = arg.indexOf("=");
  return t(message.slice(0, bar), {
    [arg.slice(0, eq < 0 ? arg.length : eq)]: eq < 0 ? "" : arg.slice(eq + 1),
  });
}

/**
 * Every message of a failed submission (conform's `submission.error`: field → message keys), in
 * the reader's language, each once: for a form whose page cannot show them by the fields.
 */
export function submissionText(
  t: Translate,
  error: Record<string, string[] | null> | null | undefined,
): string {
  const keys = Object.values(error ?? {}).flatMap((m) => m ?? []);
  return [...new Set(keys)].map((m) => translateFieldMessage(t, m)).join(" ");
}

/**
 * For a form posted as a button or a one-field box, whose page answers with a toast: the message
 * of the first failed field among `fields` (their schema messages are keys), else the `fallback`
 * key's text. So a script's overlong message hears "too long (at most 4000 characters)", not
 * "write a message first", and a forged blank name hears which field is missing.
 */
export function firstFieldText(
  t: Translate,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fields: readonly string[],
  fallback: string,
): string {
  const issue = issues.find((i) => fields.includes(String(i.path[0])));
  return issue ? translateFieldMessage(t, issue.message) : t(fallback);
}
