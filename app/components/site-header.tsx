import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { LOCALES, translator, type Locale } from "~/modules/i18n";
import { UserMenu, type MenuUser } from "~/components/user-menu";

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium no-underline hover:no-underline ${
    isActive ? "bg-white/15 text-white" : "text-white/85 hover:bg-white/10 hover:text-white"
  }`;

/** Site banner: brand, main navigation, the language switch (a plain POST form) and the account. */
export function SiteHeader({ locale, user }: { locale: Locale; user: MenuUser | null }) {
  const t = translator(locale);
  const location = useLocation();
  return (
    <header className="bg-brand-900 text-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link to="/" className="flex items-center gap-2 text-white no-underline hover:no-underline">
          <span
            aria-hidden="true"
            className="grid h-8 w-8 place-items-center rounded-md bg-white/15 text-sm font-bold"
          >
            HN
          </span>
          <span className="font-semibold tracking-tight">{t("app.short")}</span>
        </Link>
        <nav aria-label={t("nav.main")} className="flex items-center gap-1">
          <NavLink to="/" end className={navClass}>
            {t("nav.home")}
          </NavLink>
          <NavLink to="/suppliers" className={navClass}>
            {t("nav.suppliers")}
          </NavLink>
          <NavLink to="/events" className={navClass}>
            {t("nav.events")}
          </NavLink>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          {/* Three languages, each named in itself (a reader who cannot read the current one
              still finds theirs); the current one is marked, not a link to itself. */}
          <Form method="post" action="/lang" reloadDocument aria-label={t("nav.language")}>
            <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
            <span className="flex overflow-hidden rounded-md border border-white/40 text-sm">
              {LOCALES.map((l) => (
                <button
                  key={l}
                  type="submit"
                  name="lang"
                  value={l}
                  lang={l}
                  title={LANGUAGE_NAMES[l]}
                  aria-label={LANGUAGE_NAMES[l]}
                  aria-pressed={l === locale}
                  className={`px-2 py-1.5 ${l === locale ? "bg-white/20 font-semibold" : "hover:bg-white/10"}`}
                >
                  {LANGUAGE_SHORT[l]}
                </button>
              ))}
            </span>
          </Form>
          <UserMenu user={user} />
        </div>
      </div>
    </header>
  );
}

/** Each language named in itself, whatever the page's language. */
const LANGUAGE_NAMES: Record<Locale, string> = { vi: "Tiếng Việt", en: "English", ja: "日本語" };
const LANGUAGE_SHORT: Record<Locale, string> = { vi: "VI", en: "EN", ja: "日本語" };
