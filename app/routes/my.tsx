import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireUser, isOrganiser } from "~/services/auth.server";
import { useT } from "~/components/i18n";
import { MenuToggle } from "~/components/menu-toggle";

// The /my area's frame: its own navigation, shown to every logged-in user. Pages of a firm
// (profile, requests …) slot in as my.NAME.tsx; each child loader still calls its own guard,
// since Remix runs the loaders of a page in parallel.
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return { name: actor.name, role: actor.role, hasOrg: actor.orgId !== null, staff: isOrganiser(actor) };
}

const tab = ({ isActive }: { isActive: boolean }) =>
  `block rounded-md px-3 py-2 text-sm no-underline hover:no-underline ${isActive ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`;

export default function MyLayout() {
  const t = useT();
  const me = useLoaderData<typeof loader>();
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 md:gap-8 md:grid-cols-[14rem_minmax(0,1fr)]">
      <aside>
        <p className="mb-1 font-medium">{me.name}</p>
        <p className="mb-4 text-sm text-slate-500">{t(`my.role.${me.role}`)}</p>
        <MenuToggle />
        <nav aria-label={t("my.title")} className="hidden space-y-1 peer-open:block md:block">
          <NavLink to="/my" end className={tab}>
            {t("my.nav.dashboard")}
          </NavLink>
          {me.role === "supplier" && me.hasOrg && (
            <NavLink to="/my/profile" className={tab}>
              {t("my.nav.profile")}
            </NavLink>
          )}
          {me.role === "supplier" && me.hasOrg && (
            <NavLink to="/my/opportunities" className={tab}>
              {t("matching.opportunities.title")}
            </NavLink>
          )}
          {me.role === "supplier" && me.hasOrg && (
            <NavLink to="/my/schemes" className={tab}>
              {t("my.nav.schemes")}
            </NavLink>
          )}
          {me.role === "buyer" && me.hasOrg && (
            <NavLink to="/my/requests" className={tab}>
              {t("my.nav.requests")}
            </NavLink>
          )}
          {me.role === "buyer" && me.hasOrg && (
            <NavLink to="/my/buyer-profile" className={tab}>
              {t("buyerProfile.title")}
            </NavLink>
          )}
          {!me.staff && me.hasOrg && (
            <NavLink to="/my/events" className={tab}>
              {t("fair.events.title")}
            </NavLink>
          )}
          {!me.staff && me.hasOrg && (
            <NavLink to="/my/agenda" className={tab}>
              {t("fairDay.agenda.title")}
            </NavLink>
          )}
          {!me.staff && (
            <NavLink to="/my/organisation" className={tab}>
              {t("my.nav.organisation")}
            </NavLink>
          )}
          <NavLink to="/my/notifications" className={tab}>
            {t("engage.notify.title")}
          </NavLink>
          {me.hasOrg && !me.staff && (
            <NavLink to="/my/messages" className={tab}>
              {t("engage.messages.title")}
            </NavLink>
          )}
          {me.role === "buyer" && me.hasOrg && (
            <NavLink to="/my/shortlists" className={tab}>
              {t("engage.shortlist.title")}
            </NavLink>
          )}
          <NavLink to="/my/account" className={tab}>
            {t("my.nav.account")}
          </NavLink>
          {me.staff && (
            <NavLink to="/admin" className={tab}>
              {t("my.nav.admin")}
            </NavLink>
          )}
        </nav>
        <Form method="post" action="/logout" className="mt-6 hidden peer-open:block md:block">
          <button type="submit" className="text-sm text-slate-600 underline hover:text-slate-900">
            {t("nav.logout")}
          </button>
        </Form>
      </aside>
      <div>
        <Outlet />
      </div>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
