import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import {
  MessageError,
  meetingThread,
  nextSteps,
  orgForMessage,
  startThread,
} from "~/services/engagement.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { displayName } from "~/modules/i18n";
import { messageBody } from "~/modules/engagement";
import { firstFieldText } from "~/modules/i18n/field-message";
import { redirectWithToast } from "~/utils/session.server";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { MessageBodyField } from "~/components/engage/thread";
import { SubmitButton } from "~/components/ui/button";
import { readForm } from "~/utils/form-body.server";

// Writing to a firm (a buyer to a supplier or back), optionally about a sourcing request: the
// message opens the pair's thread about it, or continues the one already there. From a meeting
// request's row (?meeting=ID) the thread is tied to that meeting request.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request);
  const url = new URL(request.url);
  const to = await orgForMessage(url.searchParams.get("to") ?? "");
  if (!to) throw new Response("Not found", { status: 404 });
  // From a meeting request's row (/my/events/ID): its thread if there is one, else a new one.
  const meetingId = Number(url.searchParams.get("meeting") ?? "") || null;
  const meeting = meetingId ? await meetingThread(actor.orgId, to.ref, meetingId) : null;
  if (meeting === undefined) throw new Response("Not found", { status: 404 });
  if (meeting?.threadId) throw redirect(`/my/messages/${meeting.threadId}`);
  const steps = await nextSteps(actor, to.id);
  return {
    to: { ref: to.ref, name: displayName(to, getLocale(request), to.ref) },
    request: url.searchParams.get("request")?.slice(0, 64) ?? "",
    meeting: meeting ? { id: meetingId, event: meeting.subject } : null,
    denied: steps.message,
  };
}

const schema = z.object({
  to: z.string().min(1).max(64),
  request: z.string().max(64).optional(),
  meeting: z.coerce.number().int().positive().optional(),
  body: messageBody,
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request);
  const { t } = getTranslator(request);
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success)
    return redirectWithToast(request, "/my/messages", {
      kind: "error",
      message: firstFieldText(t, parsed.error.issues, ["body"], "engage.badForm"),
    });
  const v = parsed.data;
  try {
    const id = await startThread(actor, {
      otherRef: v.to,
      requestRef: v.request || null,
      meetingRequestId: v.meeting ?? null,
      body: v.body,
    });
    return redirectWithToast(request, `/my/messages/${id}`, {
      kind: "success",
      message: t("engage.message.sent"),
    });
  } catch (e) {
    if (!(e instanceof MessageError)) throw e;
    const back = `/my/messages/new?${new URLSearchParams({
      to: v.to,
      ...(v.request ? { request: v.request } : {}),
      ...(v.meeting ? { meeting: String(v.meeting) } : {}),
    })}`;
    return redirectWithToast(
      request,
      back,
      { kind: "error", message: t(`engage.message.denied.${e.code}`) },
      { status: 303 },
    );
  }
}

export const meta = titleMeta("engage.message.send");

export default function NewMessage() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader
        title={t("engage.message.to", { name: d.to.name })}
        lead={
          d.request
            ? t("engage.message.about", { ref: d.request })
            : d.meeting
              ? t("engage.message.aboutMeeting", { event: d.meeting.event })
              : undefined
        }
      />
      {d.denied ? (
        <p className="rounded bg-amber-50 p-3 text-sm text-amber-900">
          {t(`engage.message.denied.${d.denied}`)}
        </p>
      ) : (
        <Form method="post" className="max-w-2xl space-y-3">
          <input type="hidden" name="to" value={d.to.ref} />
          <input type="hidden" name="request" value={d.request} />
          {d.meeting && <input type="hidden" name="meeting" value={d.meeting.id ?? ""} />}
          <MessageBodyField label={t("engage.message.body")} rows={6} />
          <p className="text-xs text-slate-500">{t("engage.message.moderated")}</p>
          <SubmitButton>{t("engage.message.submit")}</SubmitButton>
        </Form>
      )}
      <p className="mt-4 text-sm">
        <Link to="/my/messages">{t("engage.messages.title")}</Link>
      </p>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
