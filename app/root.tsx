import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
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
import { buttonClass } from "~/components/ui/button";
import { REQUEST_ID_ELEMENT, useErrorRequestId, useNonce } from "~/components/request-info";

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
  return [{ title: `${status} · ${t(status === 404 ? "error.notFound.title" : "error.server.title")}` }];
};

/** 404, 403 and 500 pages, in the reader's language; never a stack trace. */
export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const t = translator(data?.locale ?? "vi");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // The id in the access and error logs, for a user to quote (also in the X-Request-Id header).
  const requestId = useErrorRequestId();
  const [title, body] =
    status === 404
      ? [t("error.notFound.title"), t("error.notFound.body")]
      : status === 403
        ? [t("error.forbidden.title"), ""]
        : [t("error.server.title"), t("error.server.body")];
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-16 text-center">
      <p className="text-6xl font-bold text-slate-500">{status}</p>
      <h1 id="error-title" className="mt-4 text-2xl font-semibold text-slate-900">
        {title}
      </h1>
      {body && <p className="mt-2 text-slate-600">{body}</p>}
      {status >= 500 && requestId && (
        <p className="mt-4 text-sm text-slate-600">
          {t("error.server.reference")}{" "}
          <code
            id={REQUEST_ID_ELEMENT}
            className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900"
          >
            {requestId}
          </code>
        </p>
      )}
      <p className="mt-8 flex flex-wrap justify-center gap-3">
        <Link to="/" className={buttonClass("primary")}>
          {t("common.backHome")}
        </Link>
        <Link to="/suppliers" className={buttonClass("secondary")}>
          {t("nav.suppliers")}
        </Link>
      </p>
    </section>
  );
}
