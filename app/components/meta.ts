import type { MetaDescriptor, MetaFunction } from "@remix-run/node";
import { translator, type Locale, type Translate } from "~/modules/i18n";

type Matches = readonly { id: string; data: unknown }[];

/** The reader's locale inside a meta function (decided by the root loader). */
export function metaLocale(matches: Matches): Locale {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: Locale } | undefined;
  return root?.locale ?? "vi";
}

/**
 * Title "Page · Portal" plus description and Open Graph tags. `build` receives the translator
 * so that titles come from the dictionaries like all other interface text.
 */
export function pageMeta(
  matches: Matches,
  build: (t: Translate, locale: Locale) => { title?: string; description?: string },
): MetaDescriptor[] {
  const locale = metaLocale(matches);
  const t = translator(locale);
  const { title, description } = build(t, locale);
  const full = title ? `${title} · ${t("app.short")}` : t("app.name");
  const desc = description || t("meta.description");
  return [
    { title: full },
    { name: "description", content: desc.length > 200 ? `${desc.slice(0, 197)}…` : desc },
    { property: "og:title", content: full },
    { property: "og:description", content: desc.slice(0, 200) },
    { property: "og:locale", content: { vi: "vi_VN", en: "en_GB", ja: "ja_JP" }[locale] },
  ];
}

/** The meta function of a page whose title is one dictionary entry, as most pages are. */
export function titleMeta(key: string): MetaFunction {
  return ({ matches }) => pageMeta(matches, (t) => ({ title: t(key) }));
}
