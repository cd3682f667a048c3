import { createContext, useContext, type ReactNode } from "react";
import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import type { Translate } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { buttonClass } from "~/components/ui/button";
import { REQUEST_ID_ELEMENT, useErrorRequestId } from "~/components/request-info";

// The one error page of the portal, exported by every route module as its ErrorBoundary
// (`export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary"`).
// A route's boundary renders in place of that route only, so the site header, footer and any
// parent layout (the /my side menu, the /admin tabs) stay around it and the reader can go on.
// Texts come from the i18n per status in the reader's language; the thrown Response's text is
// added for a 4xx when it says more than the status does; an exception's message or stack is
// never shown (in production Remix has replaced it anyway; in development it is in the log).

type ErrorKeys = { title: string; body?: string };

/** Title and sentence (i18n keys) per status; any other 4xx reads as a bad request, 5xx as ours. */
const STATUS_TEXT: Record<number, ErrorKeys> = {
  400: { title: "error.badRequest.title", body: "error.badRequest.body" },
  403: { title: "error.forbidden.title", body: "error.forbidden.body" },
  404: { title: "error.notFound.title", body: "error.notFound.body" },
  405: { title: "error.methodNotAllowed.title", body: "error.methodNotAllowed.body" },
  409: { title: "error.conflict.title", body: "error.conflict.body" },
  429: { title: "error.tooMany.title", body: "error.tooMany.body" },
  500: { title: "error.server.title", body: "error.server.body" },
};

export function errorKeys(status: number): ErrorKeys {
  return STATUS_TEXT[status] ?? (status >= 400 && status < 500 ? STATUS_TEXT[400]! : STATUS_TEXT[500]!);
}

/** The page title for an error, for the root's meta: "404 · Không tìm thấy trang". */
export function errorTitle(status: number, t: Translate): string {
  return `${status} · ${t(errorKeys(status).title)}`;
}

// Bare HTTP phrases that routes throw (`new Response("Not found", …)`): the translated title
// already says them, so they are not repeated in English under it.
const GENERIC = new Set([
  "bad request",
  "forbidden",
  "not found",
  "method not allowed",
  "conflict",
  "too many requests",
  "invalid form",
  "unauthorized",
  "unexpected server error",
]);

/**
 * What the route said when it threw, if worth showing: a short text of a 4xx Response that is not
 * a bare HTTP phrase (routes throw translated texts such as t("org.ownerOnly")). Nothing for a
 * 5xx or an exception: those could carry internals.
 */
export function errorDetail(error: unknown): string | undefined {
  if (!isRouteErrorResponse(error) || error.status >= 500) return undefined;
  const text = typeof error.data === "string" ? error.data.trim() : "";
  if (!text || text.length > 300 || GENERIC.has(text.toLowerCase())) return undefined;
  return text;
}

/**
 * The heading level of the error page: 1 on its own, 2 inside a layout that already has the
 * page's h1 (the /admin console), which wraps its Outlet in this provider.
 */
export const ErrorHeadingLevel = createContext<1 | 2>(1);

type StatusHandler = (info: { status: number; error: unknown }) => ReactNode;

export function GeneralErrorBoundary({
  statusHandlers,
}: {
  /** A route that has something more useful to say for one status (rarely needed). */
  statusHandlers?: Partial<Record<number, StatusHandler>>;
} = {}) {
  const error = useRouteError();
  const t = useT();
  const level = useContext(ErrorHeadingLevel);
  const requestId = useErrorRequestId();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const custom = statusHandlers?.[status]?.({ status, error });
  if (custom) return <>{custom}</>;
  const keys = errorKeys(status);
  const detail = errorDetail(error);
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-16 text-center">
      <p className="text-6xl font-bold text-slate-500">{status}</p>
      <Heading id="error-title" className="mt-4 text-2xl font-semibold text-slate-900">
        {t(keys.title)}
      </Heading>
      {keys.body && <p className="mt-2 text-slate-600">{t(keys.body)}</p>}
      {detail && (
        <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          {detail}
        </p>
      )}
      {status >= 500 && requestId && (
        // The id in the access and error logs, for a user to quote (also in X-Request-Id).
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
