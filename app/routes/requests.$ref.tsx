import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOwnOrgWriter } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { interestFromForm, publicRequestPage } from "~/services/request-page.server";
import { useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { DescriptionPanel, PageHeader, ProfileColumns } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { RequestFacts, RequestNeeds, RequestNextSteps } from "~/components/requests/request-summary";

// The public page of a sourcing request; a supplier firm's member can say it is interested.

export async function loader({ request, params }: LoaderFunctionArgs) {
  return publicRequestPage(request, params.ref ?? "", getLocale(request));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request, "supplier");
  const { t } = getTranslator(request);
  const { here, ok } = await interestFromForm(request, actor, params.ref ?? "");
  return redirectWithToast(request, here, {
    kind: ok ? "success" : "error",
    message: t(ok ? "engage.interest.done" : "engage.badForm"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, () => ({ title: data?.title, description: data?.description }));

export default function RequestSummary() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article>
      <PageHeader
        title={d.title}
        titleLang={d.titleLang}
        kicker={t("request.kind")}
        lead={
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={d.status === "open" ? "green" : "neutral"}>{t(`request.status.${d.status}`)}</Badge>
            <span>
              {t("request.buyer")}:{" "}
              <Link to={`/buyers/${d.buyerRef}`} lang={d.buyerNameLang}>
                {d.buyerName}
              </Link>
            </span>
          </p>
        }
      />
      <ProfileColumns
        aside={
          <div className="space-y-6">
            <RequestNextSteps
              engage={d.engage}
              buyerRef={d.buyerRef}
              buyerName={d.buyerName}
              requestRef={d.ref}
            />
            <RequestFacts status={d.status} annualVolume={d.annualVolume} targetDate={d.targetDate} />
          </div>
        }
      >
        <DescriptionPanel id="summary" title={t("request.summary")} of={d} />
        <RequestNeeds needs={d.needs} />
      </ProfileColumns>
    </article>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
