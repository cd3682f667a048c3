import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import { MessageError, openThread, reply, report, threadView } from "~/services/engagement.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { displayName } from "~/modules/i18n";
import { messageBody } from "~/modules/engagement";
import { fieldMessage, firstFieldText } from "~/modules/i18n/field-message";
import { redirectWithToast } from "~/utils/session.server";
import { useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { Button, SubmitButton } from "~/components/ui/button";
import { TextInput } from "~/components/ui/field";
import { MessageBodyField, ThreadMessages } from "~/components/engage/thread";
import { readForm } from "~/utils/form-body.server";

// One thread, for its two organisations only (anyone else gets a 404, as if it did not exist):
// read (which marks it read), reply, report it to the organisers.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request);
  const locale = getLocale(request);
  const found = await openThread(actor.orgId, Number(params.id));
  if (!found) throw new Response("Not found", { status: 404 });
  return threadView(found.thread, found.messages, actor.orgId, (o, ref) => displayName(o, locale, ref));
}

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reply"), body: messageBody }),
  z.object({
    intent: z.literal("report"),
    reason: z
      .string()
      .trim()
      .min(1, "engage.report.empty")
      .max(500, fieldMessage("engage.report.tooLong", { max: 500 })),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request);
  const { t } = getTranslator(request);
  const id = Number(params.id);
  const here = `/my/messages/${id}`;
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success)
    return redirectWithToast(request, here, {
      kind: "error",
      message: firstFieldText(t, parsed.error.issues, ["body", "reason"], "engage.badForm"),
    });
  const v = parsed.data;
  try {
    const ok = v.intent === "reply" ? await reply(actor, id, v.body) : await report(actor, id, v.reason);
    if (!ok) throw new Response("Not found", { status: 404 });
  } catch (e) {
    if (!(e instanceof MessageError)) throw e;
    return redirectWithToast(request, here, { kind: "error", message: t(`engage.message.denied.${e.code}`) });
  }
  return redirectWithToast(request, here, {
    kind: "success",
    message: t(v.intent === "reply" ? "engage.message.sent" : "engage.report.done"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, () => ({ title: data?.subject }));

export default function Thread() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader
        kicker={t("engage.messages.title")}
        title={d.subject}
        lead={
          <span>
            <Link to={`/buyers/${d.buyer.ref}`}>{d.buyer.name}</Link> ↔{" "}
            <Link to={`/suppliers/${d.supplier.ref}`}>{d.supplier.name}</Link>
            {d.requestRef && (
              <>
                {" "}
                · <Link to={`/requests/${d.requestRef}`}>{d.requestRef}</Link>
              </>
            )}
          </span>
        }
      />
      <ThreadMessages messages={d.messages} />
      <Form method="post" className="mt-6 max-w-2xl space-y-2">
        <input type="hidden" name="intent" value="reply" />
        <MessageBodyField label={t("engage.message.reply")} rows={4} />
        <SubmitButton>{t("engage.message.submit")}</SubmitButton>
      </Form>
      <details className="mt-8 text-sm">
        <summary className="cursor-pointer text-slate-600">{t("engage.report.title")}</summary>
        {d.reported ? (
          <p className="mt-2">{t("engage.report.already")}</p>
        ) : (
          <Form method="post" className="mt-2 flex flex-wrap gap-2">
            <input type="hidden" name="intent" value="report" />
            <TextInput
              name="reason"
              required
              maxLength={500}
              aria-label={t("engage.report.reason")}
              placeholder={t("engage.report.reason")}
            />
            <Button type="submit" variant="secondary">
              {t("engage.report.submit")}
            </Button>
          </Form>
        )}
      </details>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
