import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { rateLimitWrite, requireOwnOrg } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { displayName, pickText } from "~/modules/i18n";
import { redirectWithToast } from "~/utils/session.server";
import { DECLINE_REASONS, mayMeet } from "~/modules/events";
import { RequestRuleError } from "~/modules/events/requests";
import {
  fairError,
  getEvent,
  listParticipants,
  myParticipation,
  requestsOf,
  suggestionsFor,
} from "~/services/events.server";
import { actOnMeetingRequest } from "~/services/engagement.server";
import { MessageRowLink } from "~/components/engage/next-steps";
import { useLocale, useT } from "~/components/i18n";
import { PageHeader } from "~/components/page-header";
import { StatusBadge } from "~/components/events/status-badge";
import { Button } from "~/components/ui/button";
import { Field, Select, TextInput } from "~/components/ui/field";
import { formatDate } from "~/components/format";

// A participant's meeting requests at one event: sent and received with counters, answers,
// "you may want to meet" from matching, and a searchable list of who else takes part.

const LISTED = 50;

async function me(request: Request, eventId: number) {
  const actor = await requireOwnOrg(request);
  const p = await myParticipation(eventId, actor.orgId);
  return { actor, p };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const eventId = Number(params.id);
  const { p } = await me(request, eventId);
  if (!p || p.status !== "approved") throw redirect(`/events/${eventId}`);
  const db = getDb();
  const ev = (await getEvent(db, eventId))!;
  const locale = getLocale(request);
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().toLowerCase();
  const reqs = await requestsOf(db, eventId, p.id);
  const live = new Set(
    [...reqs.sent, ...reqs.received]
      .filter((r) => r.status === "pending" || r.status === "accepted")
      .map((r) => (r.fromId === p.id ? r.toId : r.fromId)),
  );
  const rule = {
    allowBuyerBuyer: ev.allowBuyerBuyer === 1,
    allowSupplierSupplier: ev.allowSupplierSupplier === 1,
  };
  const others = (await listParticipants(db, eventId, { status: "approved" })).filter(
    (o) => o.id !== p.id && mayMeet(rule, p.kind, o.kind) && !live.has(o.id),
  );
  const matching = q
    ? others.filter((o) => `${o.ref} ${o.nameVi ?? ""} ${o.nameEn ?? ""}`.toLowerCase().includes(q))
    : others;
  const suggestions = await suggestionsFor(eventId, { id: p.id, orgId: p.orgId, kind: p.kind }, locale, {
    limit: 6,
    exclude: live,
  });
  const deadlinePassed = ev.requestDeadline !== null && ev.requestDeadline <= new Date().toISOString();
  const name = (vi: string | null, en: string | null) => displayName({ nameVi: vi, nameEn: en }, locale);
  const row = (r: (typeof reqs.sent)[number]) => ({
    id: r.id,
    status: r.status,
    message: r.message,
    declineReason: r.declineReason,
    cancelReason: r.cancelReason,
    at: formatDate(r.createdAt, locale),
    otherRef: r.fromId === p.id ? r.toRef : r.fromRef,
    otherKind: r.fromId === p.id ? r.toKind : r.fromKind,
    otherName: r.fromId === p.id ? name(r.toNameVi, r.toNameEn) : name(r.fromNameVi, r.fromNameEn),
    canMessage: (r.fromId === p.id ? r.toKind : r.fromKind) !== p.kind,
  });
  return {
    ev: { id: ev.id, name: name(ev.nameVi, ev.nameEn) },
    me: { ref: p.ref, kind: p.kind },
    deadlinePassed,
    sent: reqs.sent.map(row),
    received: reqs.received.map(row),
    counts: reqs.counts,
    suggestions,
    q,
    others: matching
      .slice(0, LISTED)
      .map((o) => ({ id: o.id, ref: o.ref, kind: o.kind, name: name(o.nameVi, o.nameEn) })),
    othersTotal: matching.length,
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("send"),
    toId: z.coerce.number().int().positive(),
    message: z.string().trim().max(500).optional(),
  }),
  z.object({ intent: z.literal("accept"), requestId: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("decline"),
    requestId: z.coerce.number().int().positive(),
    reason: z.enum(DECLINE_REASONS),
  }),
  z.object({
    intent: z.literal("cancel"),
    requestId: z.coerce.number().int().positive(),
    // Required for an accepted meeting (checked where the request's state is known).
    reason: z.string().trim().max(500).optional(),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const eventId = Number(params.id);
  const { actor, p } = await me(request, eventId);
  await rateLimitWrite(request, actor);
  const { t } = getTranslator(request);
  const here = `/my/events/${eventId}`;
  if (!p || p.status !== "approved")
    return redirectWithToast(request, `/events/${eventId}`, {
      kind: "error",
      message: t("fair.my.notApproved"),
    });
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return redirectWithToast(request, here, { kind: "error", message: t("fair.badForm") });
  const v = parsed.data;
  try {
    // The fair's rules, the audit entry and the other side's notification: one service call.
    const status = await actOnMeetingRequest(
      actor,
      { id: p.id, eventId, orgId: actor.orgId },
      v.intent === "send" ? { intent: "send", toId: v.toId, message: v.message || null } : v,
    );
    if (v.intent === "send")
      return redirectWithToast(request, here, {
        kind: "success",
        message: t(status === "accepted" ? "fair.my.sentMutual" : "fair.my.sent"),
      });
    return redirectWithToast(request, here, { kind: "success", message: t(`fair.my.done.${status}`) });
  } catch (e) {
    // Said in the reader's language: cancelling an accepted meeting without a reason.
    if (e instanceof RequestRuleError && e.code === "bad_reason" && v.intent === "cancel")
      return redirectWithToast(request, here, { kind: "error", message: t("fair.my.cancelReasonNeeded") });
    const msg = fairError(e);
    if (msg === null) throw e;
    return redirectWithToast(request, here, { kind: "error", message: msg });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.ev.name ?? ""} — CNHT Hà Nội` },
];

type Row = ReturnType<typeof useLoaderData<typeof loader>>["sent"][number];

function Counters({ counts }: { counts: Record<string, number> }) {
  const t = useT();
  return (
    <span className="ml-2 text-sm font-normal text-slate-600">
      {(["pending", "accepted", "declined", "cancelled", "expired"] as const)
        .filter((s) => counts[s] > 0)
        .map((s) => `${t(`fair.state.${s}`)} ${counts[s]}`)
        .join(" · ")}
    </span>
  );
}

/** A participant's name links to its public page (suppliers' profiles, buyers' pages). */
function OrgLink({ kind, refCode, name }: { kind: "buyer" | "supplier"; refCode: string; name: string }) {
  return <Link to={kind === "supplier" ? `/suppliers/${refCode}` : `/buyers/${refCode}`}>{name}</Link>;
}

function RequestRow({ r, side }: { r: Row; side: "sent" | "received" }) {
  const t = useT();
  return (
    <li className="rounded border bg-white p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <strong>
          <OrgLink kind={r.otherKind} refCode={r.otherRef} name={r.otherName} />
        </strong>{" "}
        <span className="font-mono text-xs text-slate-500">{r.otherRef}</span>{" "}
        <StatusBadge status={r.status} />
        {r.declineReason && <span className="text-slate-600">({t(`fair.decline.${r.declineReason}`)})</span>}
        <span className="text-xs text-slate-500">{r.at}</span>
      </div>
      {r.message && <p className="mt-1 text-slate-700">“{r.message}”</p>}
      {r.cancelReason && (
        <p className="mt-1 text-slate-700">
          {t("fair.my.cancelledBecause")} “{r.cancelReason}”
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {r.canMessage && <MessageRowLink toRef={r.otherRef} name={r.otherName} meeting={r.id} />}
        {side === "received" && r.status === "pending" && (
          <>
            <Form method="post">
              <input type="hidden" name="intent" value="accept" />
              <input type="hidden" name="requestId" value={r.id} />
              <Button type="submit" aria-label={`${t("fair.my.accept")}: ${r.otherName}`}>
                {t("fair.my.accept")}
              </Button>
            </Form>
            <Form method="post" className="flex gap-2">
              <input type="hidden" name="intent" value="decline" />
              <input type="hidden" name="requestId" value={r.id} />
              <Select name="reason" aria-label={t("fair.my.declineReason")} defaultValue="not_relevant">
                {DECLINE_REASONS.map((x) => (
                  <option key={x} value={x}>
                    {t(`fair.decline.${x}`)}
                  </option>
                ))}
              </Select>
              <Button
                type="submit"
                variant="secondary"
                aria-label={`${t("fair.my.decline")}: ${r.otherName}`}
              >
                {t("fair.my.decline")}
              </Button>
            </Form>
          </>
        )}
        {r.status === "accepted" && <CancelAccepted r={r} />}
        {side === "sent" && r.status === "pending" && (
          <Form method="post">
            <input type="hidden" name="intent" value="cancel" />
            <input type="hidden" name="requestId" value={r.id} />
            <Button type="submit" variant="ghost" aria-label={`${t("fair.my.cancel")}: ${r.otherName}`}>
              {t("fair.my.cancel")}
            </Button>
          </Form>
        )}
      </div>
    </li>
  );
}

/**
 * Cancelling an accepted meeting is a second step with a reason (issue 13): the other firm has
 * planned for it, reads why, and a slip of the finger cannot cancel it. A <details> keeps it
 * working without JavaScript; the server refuses a cancellation without a reason anyway.
 */
function CancelAccepted({ r }: { r: Row }) {
  const t = useT();
  const id = `cancel-reason-${r.id}`;
  return (
    <details className="w-full">
      <summary className="cursor-pointer text-sm font-medium text-red-800">
        {t("fair.my.cancelMeeting")}
        <span className="sr-only">: {r.otherName}</span>
      </summary>
      <Form method="post" className="mt-2 space-y-2 rounded border border-red-200 bg-red-50 p-3">
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="requestId" value={r.id} />
        <label htmlFor={id} className="block text-sm font-medium">
          {t("fair.my.cancelReason", { name: r.otherName })}
        </label>
        <textarea
          id={id}
          name="reason"
          required
          maxLength={500}
          rows={2}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <Button type="submit" variant="secondary">
          {t("fair.my.cancelConfirm")}
        </Button>
      </Form>
    </details>
  );
}

function AskForm({ id, name, disabled }: { id: number; name: string; disabled: boolean }) {
  const t = useT();
  return (
    <Form method="post" className="mt-2 flex flex-wrap gap-2">
      <input type="hidden" name="intent" value="send" />
      <input type="hidden" name="toId" value={id} />
      <TextInput
        name="message"
        maxLength={500}
        placeholder={t("fair.my.why")}
        aria-label={`${t("fair.my.why")} (${name})`}
        className="max-w-md"
      />
      <Button type="submit" disabled={disabled} aria-label={`${t("fair.my.ask")}: ${name}`}>
        {t("fair.my.ask")}
      </Button>
    </Form>
  );
}

export default function MyEvent() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <PageHeader kicker={t("fair.my.kicker")} title={d.ev.name} lead={t("fair.my.lead")} />
      {d.deadlinePassed && (
        <p className="mb-4 rounded bg-amber-50 p-3 text-sm text-amber-900">{t("fair.my.deadlinePassed")}</p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="received-h">
          <h2 id="received-h" className="mb-2 text-lg font-semibold">
            {t("fair.my.received")}
            <Counters counts={d.counts.received} />
          </h2>
          {d.received.length === 0 ? (
            <p className="text-sm text-slate-600">{t("fair.my.noneReceived")}</p>
          ) : null}
          <ul className="space-y-2">
            {d.received.map((r) => (
              <RequestRow key={r.id} r={r} side="received" />
            ))}
          </ul>
        </section>
        <section aria-labelledby="sent-h">
          <h2 id="sent-h" className="mb-2 text-lg font-semibold">
            {t("fair.my.sentTitle")}
            <Counters counts={d.counts.sent} />
          </h2>
          {d.sent.length === 0 ? <p className="text-sm text-slate-600">{t("fair.my.noneSent")}</p> : null}
          <ul className="space-y-2">
            {d.sent.map((r) => (
              <RequestRow key={r.id} r={r} side="sent" />
            ))}
          </ul>
        </section>
      </div>

      {d.suggestions.length > 0 && (
        <section aria-labelledby="sugg-h" className="mt-8">
          <h2 id="sugg-h" className="mb-2 text-lg font-semibold">
            {t("fair.my.suggestions")}
          </h2>
          <ul className="space-y-2">
            {d.suggestions.map((s) => (
              <li key={s.participantId} className="rounded border bg-white p-3 text-sm">
                <strong>
                  <OrgLink kind={s.kind} refCode={s.ref} name={pickText(s.name, locale) || s.ref} />
                </strong>{" "}
                <span className="font-mono text-xs text-slate-500">{s.ref}</span>{" "}
                <span className="text-slate-600">
                  {t("fair.my.fit", { score: Math.round(s.score * 100), request: s.via.title ?? s.via.ref })}
                </span>
                <ul className="mt-1 flex flex-wrap gap-1">
                  {s.reasons.map((r, i) => (
                    <li key={i} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">
                      {r.met === true ? "✓ " : r.met === false ? "✗ " : "? "}
                      {r.text}
                    </li>
                  ))}
                </ul>
                <AskForm
                  id={s.participantId}
                  name={pickText(s.name, locale) || s.ref}
                  disabled={d.deadlinePassed}
                />
                {s.kind !== d.me.kind && (
                  <MessageRowLink toRef={s.ref} name={pickText(s.name, locale) || s.ref} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="others-h" className="mt-8">
        <h2 id="others-h" className="mb-2 text-lg font-semibold">
          {t("fair.my.others", { count: d.othersTotal })}
        </h2>
        <Form method="get" className="mb-3 flex items-end gap-2">
          <Field id="others-q" label={t("fair.my.search")}>
            <TextInput id="others-q" name="q" defaultValue={d.q} />
          </Field>
          <Button type="submit" variant="secondary">
            {t("common.search")}
          </Button>
        </Form>
        <ul className="space-y-2">
          {d.others.map((o) => (
            <li key={o.id} className="rounded border bg-white p-3 text-sm">
              <OrgLink kind={o.kind} refCode={o.ref} name={o.name} />{" "}
              <span className="font-mono text-xs text-slate-500">{o.ref}</span> · {t(`fair.kind.${o.kind}`)}
              <AskForm id={o.id} name={o.name} disabled={d.deadlinePassed} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
