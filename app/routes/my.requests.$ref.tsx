import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { rateLimitWrite } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { changeDismissal, ownRequest, requestMatchesPage } from "~/services/request-matches.server";
import { useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { ExportLinks } from "~/components/export-links";
import {
  DismissedSuppliers,
  InterestedSuppliers,
  MatchFilters,
  MatchList,
} from "~/components/matching/request-matches";
import { readForm } from "~/utils/form-body.server";

// The buyer's ranked suppliers for one sourcing request: score bar, reasons as ✓/✗/? chips,
// filters, and "not relevant" with a reason code (kept in match_dismissals for the organisers).

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, req } = await ownRequest(request, params.ref ?? "");
  return requestMatchesPage(actor, req, new URL(request.url), getLocale(request));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, req } = await ownRequest(request, params.ref ?? "");
  await rateLimitWrite(request, actor);
  const { t, locale } = getTranslator(request);
  const done = await changeDismissal(actor, req, await readForm(request), locale);
  // Back to the same filters the buyer was looking at.
  return redirectWithToast(request, `/my/requests/${req.ref}${new URL(request.url).search}`, {
    kind: "success",
    message: t(done.message, { name: done.name }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t) => ({ title: data ? `${t("matching.request.kicker")}: ${data.title}` : undefined }));

export default function RequestMatches() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader
        kicker={t("matching.request.kicker")}
        title={d.title}
        titleLang={d.titleLang}
        lead={t("matching.request.lead")}
      />
      <div className="mb-4">
        <ExportLinks
          base={`/my/requests/${encodeURIComponent(d.ref)}/suppliers`}
          search={`verified=${d.filters.verifiedOnly ? "1" : ""}&zone=${encodeURIComponent(d.filters.zone)}`}
        />
      </div>
      <MatchFilters filters={d.filters} zones={d.zones} />
      <InterestedSuppliers list={d.interested} requestRef={d.ref} />
      <MatchList matches={d.matches} requestRef={d.ref} />
      <DismissedSuppliers list={d.dismissed} />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
