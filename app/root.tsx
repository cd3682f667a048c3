import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import stylesheet from "~/tailwind.css?url";
import { getLocale } from "~/locale.server";
import { translator, type Locale } from "~/modules/i18n";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export async function loader({ request }: LoaderFunctionArgs) {
  return { locale: getLocale(request) };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? "vi";
  const t = translator(locale);
  const location = useLocation();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-screen flex flex-col">
        <a href="#main" className="sr-only focus:not-sr-only">
          {locale === "vi" ? "Bỏ qua đến nội dung" : "Skip to content"}
        </a>
        <header className="bg-brand-900 text-white no-print">
          <nav
            aria-label={locale === "vi" ? "Điều hướng chính" : "Main"}
            className="mx-auto max-w-6xl flex flex-wrap items-center gap-4 px-4 py-3"
          >
            <Link to="/" className="font-semibold text-white">
              {t("app.short")}
            </Link>
            <Link to="/suppliers" className="text-white/90">
              {t("nav.suppliers")}
            </Link>
            <div className="ml-auto flex items-center gap-3">
              <Form method="post" action="/lang" reloadDocument>
                <input type="hidden" name="lang" value={locale === "vi" ? "en" : "vi"} />
                <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
                <button
                  type="submit"
                  lang={locale === "vi" ? "en" : "vi"}
                  className="rounded border border-white/40 px-2 py-1 text-sm hover:bg-white/10"
                >
                  {t("lang.switchTo")}
                </button>
              </Form>
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t bg-white text-sm text-slate-500 no-print">
          <div className="mx-auto max-w-6xl px-4 py-4">{t("app.name")}</div>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const t = translator(data?.locale ?? "vi");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, body] =
    status === 404
      ? [t("error.notFound.title"), t("error.notFound.body")]
      : status === 403
        ? [t("error.forbidden.title"), ""]
        : [t("error.server.title"), t("error.server.body")];
  return (
    <section className="py-16 text-center">
      <p className="text-5xl font-bold text-slate-300">{status}</p>
      <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
      {body && <p className="mt-2 text-slate-600">{body}</p>}
      <p className="mt-6">
        <Link to="/">{t("common.backHome")}</Link>
      </p>
    </section>
  );
}
