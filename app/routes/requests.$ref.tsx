import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { getActor, rateLimitWrite, requireOwnOrg } from "~/services/auth.server";
import { expressInterest, interests, nextSteps } from "~/services/engagement.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { MeetingRequestButtons, MessageLink } from "~/components/engage/next-steps";
import { Button } from "~/components/ui/button";
import { TextInput } from "~/components/ui/field";
import { getDb } from "~/utils/services.server";
import { getLocale } from "~/utils/locale.server";
import { getRequest } from "~/services/directory.server";
import { conceptLabel } from "~/services/supplier-cards.server";
import { maySeeRestrictedRequest } from "~/utils/viewer.server";
import { pickLang, pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader, Panel } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { FactList } from "~/components/ui/table";
import { formatDate, formatNumber } from "~/components/format";

const KINDS = ["process", "material", "product", "certification"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const r = await getRequest(getDb(), params.ref ?? "");
  // A restricted request does not exist for anyone else: 404, not 403, so refs cannot be probed.
  if (!r || (r.visibility !== "public" && !(await maySeeRestrictedRequest(request, r.buyerOrgId))))
    throw new Response("Not found", { status: 404 });
  const needs = KINDS.map((kind) => ({
    kind,
    items: [
      ...new Set(
        r.terms
          .filter((x) => x.kind === kind)
          .map((x) => (x.conceptId ? conceptLabel(x.conceptId, locale) : x.text)),
      ),
    ],
  }));
  // A supplier reading an opportunity can say it is interested, ask the buyer for a meeting at
  // an open fair, or write to it (issue 14).
  const actor = await getActor(request);
  const supplierOrg = actor?.role === "supplier" && actor.orgId !== null ? actor.orgId : null;
  const engage =
    supplierOrg !== null
      ? {
          interested: await interests.has(r.id, supplierOrg),
          open: r.status === "open",
          steps: await nextSteps(actor, r.buyerOrgId),
        }
      : null;
  return {
    engage,
    ref: r.ref,
    title: pickText(r.title, locale),
    titleLang: pickLang(r.title, locale),
    description: pickText(r.description, locale),
    descriptionLang: pickLang(r.description, locale),
    buyerRef: r.buyer,
    buyerName: pickText(r.buyerName, locale),
    buyerNameLang: pickLang(r.buyerName, locale),
    status: r.status,
    annualVolume: r.annualVolume ?? null,
    targetDate: r.targetDate ?? null,
    needs,
  };
}

const interestSchema = z.object({
  intent: z.literal("interest"),
  note: z.string().trim().max(500).optional(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireOwnOrg(request, "supplier");
  await rateLimitWrite(request, actor);
  const { t } = getTranslator(request);
  const r = await getRequest(getDb(), params.ref ?? "");
  if (!r || r.visibility !== "public") throw new Response("Not found", { status: 404 });
  const here = `/requests/${r.ref}`;
  const parsed = interestSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success || r.status !== "open")
    return redirectWithToast(request, here, { kind: "error", message: t("engage.badForm") });
  await expressInterest(
    actor,
    {
      id: r.id,
      ref: r.ref,
      buyerOrgId: r.buyerOrgId,
      title: { vi: r.title.vi ?? null, en: r.title.en ?? null },
    },
    parsed.data.note || null,
  );
  return redirectWithToast(request, here, { kind: "success", message: t("engage.interest.done") });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, () => ({ title: data?.title, description: data?.description }));

const NEED_TITLE = {
  process: "request.processes",
  material: "request.materials",
  product: "request.products",
  certification: "request.certifications",
} as const;

export default function RequestSummary() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
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
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {d.description && (
            <Panel id="summary" title={t("request.summary")}>
              <p lang={d.descriptionLang} className="whitespace-pre-line leading-relaxed text-slate-700">
                {d.description}
              </p>
            </Panel>
          )}
          <Panel id="needs" title={t("request.needs")}>
            <dl className="space-y-4">
              {d.needs.map((n) => (
                <div key={n.kind}>
                  <dt className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-500">
                    {t(NEED_TITLE[n.kind])}
                  </dt>
                  <dd className="flex flex-wrap gap-1.5">
                    {n.items.length === 0 ? (
                      <span className="text-sm text-slate-500">
                        {n.kind === "certification"
                          ? t("request.noCertifications")
                          : t("common.notSpecified")}
                      </span>
                    ) : (
                      n.items.map((i) => (
                        <Badge key={i} tone={n.kind === "certification" ? "amber" : "neutral"}>
                          {i}
                        </Badge>
                      ))
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </Panel>
        </div>
        <div className="space-y-6">
          {d.engage && (
            <Panel id="next-steps" title={t("engage.nextSteps")}>
              <div className="space-y-3">
                {d.engage.interested ? (
                  <p className="text-sm font-medium text-green-800">{t("engage.interest.recorded")}</p>
                ) : d.engage.open ? (
                  <InterestForm />
                ) : null}
                <MeetingRequestButtons steps={d.engage.steps} toRef={d.buyerRef} toName={d.buyerName} />
                <MessageLink steps={d.engage.steps} toRef={d.buyerRef} requestRef={d.ref} />
              </div>
            </Panel>
          )}
          <Panel id="facts" title={t("supplier.facts")} className="self-start">
            <FactList
              items={[
                { label: t("request.status"), value: t(`request.status.${d.status}`) },
                {
                  label: t("request.volume"),
                  value:
                    d.annualVolume && t("request.volumeValue", { n: formatNumber(d.annualVolume, locale) }),
                },
                { label: t("request.targetDate"), value: formatDate(d.targetDate, locale) },
              ]}
            />
          </Panel>
        </div>
      </div>
    </article>
  );
}

function InterestForm() {
  const t = useT();
  const busy = useNavigation().state !== "idle";
  return (
    <Form method="post" className="space-y-2">
      <input type="hidden" name="intent" value="interest" />
      <TextInput
        name="note"
        maxLength={500}
        placeholder={t("engage.interest.note")}
        aria-label={t("engage.interest.note")}
      />
      <Button type="submit" disabled={busy}>
        {t("engage.interest.express")}
      </Button>
    </Form>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
