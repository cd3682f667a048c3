import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteLoaderData,
} from "@remix-run/react";
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import stylesheet from "~/tailwind.css?url";
import { getLocale } from "~/utils/locale.server";
import { unreadCount } from "~/services/engagement.server";
import { getActor } from "~/services/auth.server";
import { popToast } from "~/utils/session.server";
import { Toast } from "~/components/toast";
import { translator, type Locale } from "~/modules/i18n";
import { SiteHeader } from "~/components/site-header";
import { SiteFooter } from "~/components/site-footer";
import { useNonce } from "~/components/request-info";
import { errorTitle } from "~/components/general-error-boundary";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "data:," },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  // The flash toast left by the last mutation; reading it clears it (hence the header).
  const { toast, headers } = await popToast(request);
  return data(
    {
      locale: getLocale(request),
      user: actor
        ? {
            name: actor.name,
            role: actor.role,
            // The header's bell (issue 14).
            unread: actor.userId === null ? 0 : await unreadCount(actor.userId),
          }
        : null,
      toast,
    },
    { headers },
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? "vi";
  const t = translator(locale);
  // The CSP allows inline scripts only with this response's nonce (server only; see request-info).
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("nav.skip")}
        </a>
        <SiteHeader locale={locale} user={data?.user ?? null} />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
        >
          <Toast toast={data?.toast} />
          {children}
        </main>
        <SiteFooter locale={locale} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export const meta: MetaFunction = ({ error, matches }) => {
  if (!error) return [];
  const locale =
    (matches.find((m) => m.id === "root")?.data as { locale?: Locale } | undefined)?.locale ?? "vi";
  const t = translator(locale);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return [{ title: errorTitle(status, t) }];
};

/** The site's error page (404, 403, 500 …) in the reader's language, inside the layout. */
export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
