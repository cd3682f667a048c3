import { useRouteLoaderData } from "@remix-run/react";
import { translator, type Locale } from "~/modules/i18n";

/** The page's locale, decided once by the root loader (cookie, then Accept-Language). */
export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? "vi";
}

export function useT() {
  return translator(useLocale());
}
