import { negotiateLocale, translator, type Locale } from "~/modules/i18n";

export function getLocale(request: Request): Locale {
  return negotiateLocale(request.headers.get("Cookie"), request.headers.get("Accept-Language"));
}

export function getTranslator(request: Request) {
  const locale = getLocale(request);
  return { locale, t: translator(locale) };
}
