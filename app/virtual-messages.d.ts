// The reader's share of the dictionaries, made at build time (vite.config.ts, readerLanguageOnly).
declare module "virtual:cnht-messages/*" {
  const dictionaries: import("~/modules/i18n/client-dictionaries").Dictionaries;
  export default dictionaries;
}
