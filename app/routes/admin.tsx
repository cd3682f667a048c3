import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requireRole } from "~/services/auth.server";
import { useT } from "~/components/i18n";
import { MenuToggle } from "~/components/menu-toggle";
import { ErrorHeadingLevel } from "~/components/general-error-boundary";

// The organiser console's frame. Every child loader/action calls requireRole itself too:
// Remix runs a page's loaders in parallel, so this guard alone would not stop a child's.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return null;
}

const tab = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm no-underline hover:no-underline ${isActive ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`;

export default function AdminLayout() {
  const t = useT();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
        <MenuToggle />
        <nav
          aria-label={t("admin.title")}
          className="hidden w-full flex-wrap gap-1 peer-open:flex md:flex md:w-auto"
        >
          <NavLink to="/admin" end className={tab}>
            {t("admin.nav.firms")}
          </NavLink>
          <NavLink to="/admin/events" className={tab}>
            {t("fair.admin.events")}
          </NavLink>
          <NavLink to="/admin/import" className={tab}>
            {t("admin.nav.import")}
          </NavLink>
          <NavLink to="/admin/users" className={tab}>
            {t("admin.nav.users")}
          </NavLink>
          <NavLink to="/admin/audit" className={tab}>
            {t("admin.nav.audit")}
          </NavLink>
          <NavLink to="/admin/tokens" className={tab}>
            {t("admin.nav.tokens")}
          </NavLink>
          <NavLink to="/admin/mail" className={tab}>
            {t("admin.nav.mail")}
          </NavLink>
          <NavLink to="/admin/matching" className={tab}>
            {t("admin.nav.matching")}
          </NavLink>
          <NavLink to="/admin/programme" className={tab}>
            {t("admin.nav.programme")}
          </NavLink>
          <NavLink to="/admin/schemes" className={tab}>
            {t("admin.nav.schemes")}
          </NavLink>
          <NavLink to="/admin/news" className={tab}>
            {t("admin.nav.news")}
          </NavLink>
          <NavLink to="/admin/messages" className={tab}>
            {t("admin.nav.messages")}
          </NavLink>
        </nav>
      </div>
      {/* The console's h1 is above: a child's error page titles itself with an h2. */}
      <ErrorHeadingLevel.Provider value={2}>
        <Outlet />
      </ErrorHeadingLevel.Provider>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
