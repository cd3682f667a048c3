import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { openApiDocument } from "~/modules/api/openapi";

// /api/docs: a short page for people over the generated OpenAPI document: each endpoint, who may
// call it, and the conventions. The list comes from the document itself, so it cannot drift;
// the sentences are the page's own, in the reader's language.
const OPS: Record<string, string> = {
  "/api/v1/suppliers": "apiDocs.op.suppliers",
  "/api/v1/suppliers/{ref}": "apiDocs.op.supplier",
  "/api/v1/requests/{ref}/matches": "apiDocs.op.requestMatches",
  "/api/v1/suppliers/{ref}/matches": "apiDocs.op.supplierMatches",
  "/api/v1/events/{id}/schedule": "apiDocs.op.schedule",
  "/api/v1/me/agenda": "apiDocs.op.agenda",
};

export function loader(_: LoaderFunctionArgs) {
  const doc = openApiDocument({ version: "1" });
  const endpoints = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (["get"] as const).flatMap((method) => {
      const op = item?.[method];
      if (!op) return [];
      // Public when calling without credentials is one of the accepted ways (an empty requirement).
      const open = (op.security ?? []).some((s) => Object.keys(s).length === 0);
      return [{ method: method.toUpperCase(), path, summary: op.summary ?? "", open }];
    }),
  );
  return { endpoints };
}

export const meta = titleMeta("apiDocs.title");

export default function ApiDocs() {
  const { endpoints } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader
        title={t("apiDocs.title")}
        lead={
          <>
            {t("apiDocs.lead")} <a href="/api/openapi.json">{t("apiDocs.spec")}</a>
          </>
        }
      />
      <h2 className="mb-2 text-lg font-semibold">{t("apiDocs.endpoints")}</h2>
      <ul className="mb-6 space-y-3">
        {endpoints.map((e) => (
          <li key={e.path} className="rounded-lg border bg-white p-4">
            <p className="break-all font-mono text-sm">
              <strong>{e.method}</strong> {e.path}
            </p>
            <p className="text-slate-700">{OPS[e.path] ? t(OPS[e.path]) : e.summary}</p>
            <p className="text-sm text-slate-600">
              {t("apiDocs.access")}: {e.open ? t("apiDocs.public") : t("apiDocs.token")}
            </p>
          </li>
        ))}
      </ul>
      <h2 className="mb-2 text-lg font-semibold">{t("apiDocs.rules")}</h2>
      <ul className="list-disc space-y-1 pl-5 text-slate-700">
        <li>{t("apiDocs.rule.auth")}</li>
        <li>{t("apiDocs.rule.errors")}</li>
        <li>{t("apiDocs.rule.paging")}</li>
        <li>{t("apiDocs.rule.cache")}</li>
      </ul>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
