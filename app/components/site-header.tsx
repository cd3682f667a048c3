import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { Locale } from "~/modules/i18n";
import { translator } from "~/modules/i18n";
import { UserMenu, type MenuUser } from "~/components/user-menu";

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium no-underline hover:no-underline ${
    isActive ? "bg-white/15 text-white" : "text-white/85 hover:bg-white/10 hover:text-white"
  }`;

/** Site banner: brand, main navigation, the language switch (a plain POST form) and the account. */
export function SiteHeader({ locale, user }: { locale: Locale; user: MenuUser | null }) {
  const t = translator(locale);
  const location = useLocation();
  const other: Locale = locale === "vi" ? "en" : "vi";
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
          <Form method="post" action="/lang" reloadDocument>
            <input type="hidden" name="lang" value={other} />
            <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
            <button
              type="submit"
              lang={other}
              aria-label={`${t("nav.language")}: ${t("lang.switchTo")}`}
              className="rounded-md border border-white/40 px-3 py-1.5 text-sm hover:bg-white/10"
            >
              {t("lang.switchTo")}
            </button>
          </Form>
          <UserMenu user={user} />
        </div>
      </div>
    </header>
  );
}
