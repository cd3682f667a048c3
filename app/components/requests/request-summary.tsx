import { Form } from "@remix-run/react";
import type { NextSteps } from "~/services/engagement.server";
import { useLocale, useT } from "~/components/i18n";
import { MeetingRequestButtons, MessageLink } from "~/components/engage/next-steps";
import { Panel } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { SubmitButton } from "~/components/ui/button";
import { TextInput } from "~/components/ui/field";
import { FactList } from "~/components/ui/table";
import { formatDate, formatNumber } from "~/components/format";

// The parts of the public page of a sourcing request (/requests/REF).

const NEED_TITLE = {
  process: "request.processes",
  material: "request.materials",
  product: "request.products",
  certification: "request.certifications",
} as const;

export function RequestNeeds({ needs }: { needs: { kind: keyof typeof NEED_TITLE; items: string[] }[] }) {
  const t = useT();
  return (
    <Panel id="needs" title={t("request.needs")}>
      <dl className="space-y-4">
        {needs.map((n) => (
          <div key={n.kind}>
            <dt className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-500">
              {t(NEED_TITLE[n.kind])}
            </dt>
            <dd className="flex flex-wrap gap-1.5">
              {n.items.length === 0 ? (
                <span className="text-sm text-slate-500">
                  {n.kind === "certification" ? t("request.noCertifications") : t("common.notSpecified")}
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
  );
}

/** A signed-in supplier's next steps: say it is interested, ask for a meeting, write. */
export function RequestNextSteps({
  engage,
  buyerRef,
  buyerName,
  requestRef,
}: {
  engage: { interested: boolean; open: boolean; steps: NextSteps } | null;
  buyerRef: string;
  buyerName: string;
  requestRef: string;
}) {
  const t = useT();
  if (!engage) return null;
  return (
    <Panel id="next-steps" title={t("engage.nextSteps")}>
      <div className="space-y-3">
        {engage.interested ? (
          <p className="text-sm font-medium text-green-800">{t("engage.interest.recorded")}</p>
        ) : engage.open ? (
          <InterestForm />
        ) : null}
        <MeetingRequestButtons steps={engage.steps} toRef={buyerRef} toName={buyerName} />
        <MessageLink steps={engage.steps} toRef={buyerRef} requestRef={requestRef} />
      </div>
    </Panel>
  );
}

export function RequestFacts({
  status,
  annualVolume,
  targetDate,
}: {
  status: string;
  annualVolume: number | null;
  targetDate: string | null;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Panel id="facts" title={t("supplier.facts")} className="self-start">
      <FactList
        items={[
          { label: t("request.status"), value: t(`request.status.${status}`) },
          {
            label: t("request.volume"),
            value: annualVolume && t("request.volumeValue", { n: formatNumber(annualVolume, locale) }),
          },
          { label: t("request.targetDate"), value: formatDate(targetDate, locale) },
        ]}
      />
    </Panel>
  );
}

function InterestForm() {
  const t = useT();
  return (
    <Form method="post" className="space-y-2">
      <input type="hidden" name="intent" value="interest" />
      <TextInput
        name="note"
        maxLength={500}
        placeholder={t("engage.interest.note")}
        aria-label={t("engage.interest.note")}
      />
      <SubmitButton>{t("engage.interest.express")}</SubmitButton>
    </Form>
  );
}
