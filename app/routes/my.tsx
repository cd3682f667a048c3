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

type Me = { role: string; hasOrg: boolean; staff: boolean };

// The tabs in the order they are shown, each with who sees it; the pages themselves still check.
const MY_TABS: { to: string; label: string; shown: (me: Me) => boolean }[] = [
  { to: "/my", label: "my.nav.dashboard", shown: () => true },
  { to: "/my/profile", label: "my.nav.profile", shown: (me) => me.role === "supplier" && me.hasOrg },
  {
    to: "/my/opportunities",
    label: "matching.opportunities.title",
    shown: (me) => me.role === "supplier" && me.hasOrg,
  },
  { to: "/my/schemes", label: "my.nav.schemes", shown: (me) => me.role === "supplier" && me.hasOrg },
  { to: "/my/requests", label: "my.nav.requests", shown: (me) => me.role === "buyer" && me.hasOrg },
  { to: "/my/buyer-profile", label: "buyerProfile.title", shown: (me) => me.role === "buyer" && me.hasOrg },
  { to: "/my/events", label: "fair.events.title", shown: (me) => !me.staff && me.hasOrg },
  { to: "/my/agenda", label: "fairDay.agenda.title", shown: (me) => !me.staff && me.hasOrg },
  { to: "/my/organisation", label: "my.nav.organisation", shown: (me) => !me.staff },
  { to: "/my/notifications", label: "engage.notify.title", shown: () => true },
  { to: "/my/messages", label: "engage.messages.title", shown: (me) => me.hasOrg && !me.staff },
  { to: "/my/shortlists", label: "engage.shortlist.title", shown: (me) => me.role === "buyer" && me.hasOrg },
  { to: "/my/account", label: "my.nav.account", shown: () => true },
  { to: "/admin", label: "my.nav.admin", shown: (me) => me.staff },
];

const myTabs = (me: Me) => MY_TABS.filter((tabLink) => tabLink.shown(me));

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
          {myTabs(me).map((tabLink) => (
            <NavLink key={tabLink.to} to={tabLink.to} end={tabLink.to === "/my"} className={tab}>
              {t(tabLink.label)}
            </NavLink>
          ))}
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
