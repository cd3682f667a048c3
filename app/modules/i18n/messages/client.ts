import type { Dictionaries } from "../client-dictionaries";

/**
 * The messages as the browser holds them. The client build (vite.config.ts, readerLanguageOnly)
 * puts this module in place of ./index, so the three whole dictionaries never ship as script;
 * entry.client fills it with the reader's share (dictionariesFor) before hydrating.
 */
export const messages: Dictionaries = { vi: {}, en: {}, ja: {} };

export function provideMessages(d: Dictionaries): void {
  for (const l of ["vi", "en", "ja"] as const) Object.assign(messages[l], d[l]);
}
