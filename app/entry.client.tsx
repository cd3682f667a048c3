import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { isLocale } from "~/modules/i18n/locale";
import { provideMessages } from "~/modules/i18n/messages/client";

// Only the reader's language ships (decision 440): its share of the dictionaries is loaded, by
// the language the server rendered the page in, before React hydrates what the server wrote.
const chunks = {
  vi: () => import("virtual:cnht-messages/vi"),
  en: () => import("virtual:cnht-messages/en"),
  ja: () => import("virtual:cnht-messages/ja"),
};
const lang = document.documentElement.lang;
provideMessages((await chunks[isLocale(lang) ? lang : "vi"]()).default);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
