import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { displayName } from "~/modules/i18n";
import { redirectWithToast } from "~/utils/session.server";
import { auditActor } from "~/modules/auth/permissions";
import { utcToLocalInput } from "~/modules/events";
import {
  addOrganiserMeeting,
  fairError,
  getEvent,
  latestPublication,
  listParticipants,
  listSlots,
  listTables,
  requestCounts,
  setParticipantStatus,
} from "~/services/events.server";
import { recordAudit } from "~/services/audit.server";
import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import { StatusBadge } from "~/components/events/status-badge";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { EventExportLinks } from "~/components/export-links";
import { Field, Select } from "~/components/ui/field";
import { Table, Td } from "~/components/ui/table";

// The organiser's overview of one event: settings at a glance, registrations to approve,
// request figures, meetings the organiser adds (hosted buyers), links to the schedule.

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const db = getDb();
  const ev = await getEvent(db, Number(params.id));
  if (!ev) throw new Response("Not found", { status: 404 });
  const en = getLocale(request) === "en";
  const [people, slots, tables, counts, pub] = await Promise.all([
    listParticipants(db, ev.id),
    listSlots(db, ev.id),
    listTables(db, ev.id),
    requestCounts(db, ev.id),
    latestPublication(db, ev.id),
  ]);
  const organiserMeetings = await db
    .selectFrom("meetings as m")
    .innerJoin("eventParticipants as a", "a.id", "m.aId")
    .innerJoin("organisations as oa", "oa.id", "a.orgId")
    .innerJoin("eventParticipants as b", "b.id", "m.bId")
    .innerJoin("organisations as ob", "ob.id", "b.orgId")
    .select(["m.id", "oa.ref as aRef", "ob.ref as bRef", "m.note"])
    .where("m.eventId", "=", ev.id)
    .where("m.source", "=", "organiser")
    .where("m.status", "=", "active")
    .execute();
  return {
    ev: {
      id: ev.id,
      nameVi: ev.nameVi,
      nameEn: ev.nameEn,
      venue: ev.venue,
      status: ev.status,
      days: ev.days,
      dayStart: ev.dayStart,
      dayEnd: ev.dayEnd,
      meetingMinutes: ev.meetingMinutes,
      deadline: utcToLocalInput(ev.requestDeadline).replace("T", " "),
      publishedVersion: ev.publishedVersion,
    },
    people: people.map((p) => ({
      id: p.id,
      ref: p.ref,
      name: displayName(p, en ? "en" : "vi", p.ref),
      kind: p.kind,
      status: p.status,
      fixedTable: p.fixedTableCode,
      note: p.note,
    })),
    slots: slots.length,
    tables: tables.length,
    counts,
    published: pub ? { version: pub.version, at: pub.publishedAt, meetings: pub.meetings } : null,
    organiserMeetings,
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("status"),
    participantId: z.coerce.number().int().positive(),
    status: z.enum(["approved", "rejected", "pending"]),
  }),
  z.object({
    intent: z.literal("addMeeting"),
    aId: z.coerce.number().int().positive(),
    bId: z.coerce.number().int().positive(),
    note: z.string().trim().max(500).optional(),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const db = getDb();
  const ev = await getEvent(db, Number(params.id));
  if (!ev) throw new Response("Not found", { status: 404 });
  const { t } = getTranslator(request);
  const here = `/admin/events/${ev.id}`;
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return redirectWithToast(request, here, { kind: "error", message: t("fair.badForm") });
  const v = parsed.data;
  try {
    if (v.intent === "status") {
      const p = await db
        .selectFrom("eventParticipants")
        .select("id")
        .where("id", "=", v.participantId)
        .where("eventId", "=", ev.id)
        .executeTakeFirst();
      if (!p) throw new Response("Not found", { status: 404 });
      await setParticipantStatus(db, v.participantId, v.status, actor.userId);
      await recordAudit(db, {
        actor: auditActor(actor),
        action: `participant_${v.status}`,
        entity: "event_participant",
        entityRef: String(v.participantId),
      });
      return redirectWithToast(request, here, {
        kind: "success",
        message: t(`fair.admin.statusDone.${v.status}`),
      });
    }
    const id = await addOrganiserMeeting(db, {
      eventId: ev.id,
      aId: v.aId,
      bId: v.bId,
      note: v.note || null,
      userId: actor.userId,
    });
    await recordAudit(db, {
      actor: auditActor(actor),
      action: "meeting_add",
      entity: "meeting",
      entityRef: String(id),
    });
    return redirectWithToast(request, here, { kind: "success", message: t("fair.admin.meetingAdded") });
  } catch (e) {
    const msg = fairError(e);
    if (msg === null) throw e;
    return redirectWithToast(request, here, { kind: "error", message: msg });
  }
}

export default function AdminEvent() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const approved = d.people.filter((p) => p.status === "approved");
  const pending = d.people.filter((p) => p.status === "pending");
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 className="text-xl font-semibold">{displayName(d.ev, locale)}</h2>
          <p className="text-sm text-slate-600">
            {d.ev.days.map((x) => formatDate(x, locale)).join(", ")} · {d.ev.dayStart}–{d.ev.dayEnd} ·{" "}
            {d.ev.venue}
          </p>
          <p className="mt-1 flex flex-wrap gap-2 text-sm">
            <Badge>{t(`fair.status.${d.ev.status}`)}</Badge>
            <Badge tone="brand">
              {t("fair.admin.slotsTables", {
                slots: d.slots,
                tables: d.tables,
                minutes: d.ev.meetingMinutes,
              })}
            </Badge>
            {d.ev.deadline && <Badge tone="amber">{t("fair.deadline", { when: d.ev.deadline })}</Badge>}
            {d.published && (
              <Badge tone="green">
                {t("fair.admin.publishedInfo", {
                  version: d.published.version,
                  meetings: d.published.meetings,
                })}
              </Badge>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink to={`/admin/events/${d.ev.id}/edit`} variant="secondary">
            {t("fair.admin.edit")}
          </ButtonLink>
          <ButtonLink to={`/admin/events/${d.ev.id}/schedule`}>{t("fair.admin.schedule")}</ButtonLink>
          <ButtonLink to={`/admin/events/${d.ev.id}/live`} variant="secondary">
            {t("fairDay.live.title")}
          </ButtonLink>
          <ButtonLink to={`/admin/events/${d.ev.id}/agendas`} variant="secondary">
            {t("fairDay.live.printAll")}
          </ButtonLink>
          <ButtonLink to={`/admin/events/${d.ev.id}/report`} variant="secondary">
            {t("fairDay.report.title")}
          </ButtonLink>
          <ButtonLink to={`/events/${d.ev.id}`} variant="ghost">
            {t("fair.admin.publicPage")}
          </ButtonLink>
        </div>
      </div>
      <EventExportLinks eventId={d.ev.id} />

      <div className="grid gap-3 sm:grid-cols-5">
        {(["pending", "accepted", "declined", "cancelled", "expired"] as const).map((s) => (
          <div key={s} className="rounded-lg border bg-white p-3 text-center">
            <div className="text-2xl font-semibold">{d.counts[s]}</div>
            <div className="text-xs text-slate-600">{t(`fair.requests.${s}`)}</div>
          </div>
        ))}
      </div>

      <Table
        caption={t("fair.admin.registrations", { pending: pending.length, approved: approved.length })}
        head={[t("fair.org"), t("fair.kind"), t("fair.form.status"), t("fair.fixedTable"), ""]}
      >
        {[...pending, ...d.people.filter((p) => p.status !== "pending")].map((p) => (
          <tr key={p.id}>
            <Td>
              <span className="font-mono text-xs text-slate-500">{p.ref}</span> {p.name}
              {p.note && <div className="text-xs text-slate-500">{p.note}</div>}
            </Td>
            <Td>{t(`fair.kind.${p.kind}`)}</Td>
            <Td>
              <StatusBadge status={p.status} />
            </Td>
            <Td>{p.fixedTable}</Td>
            <Td className="whitespace-nowrap">
              {p.status !== "approved" && (
                <Form method="post" className="inline">
                  <input type="hidden" name="intent" value="status" />
                  <input type="hidden" name="participantId" value={p.id} />
                  <input type="hidden" name="status" value="approved" />
                  <Button
                    type="submit"
                    variant="secondary"
                    aria-label={`${t("fair.admin.approve")}: ${p.name}`}
                  >
                    {t("fair.admin.approve")}
                  </Button>
                </Form>
              )}
              {p.status === "pending" && (
                <Form method="post" className="ml-1 inline">
                  <input type="hidden" name="intent" value="status" />
                  <input type="hidden" name="participantId" value={p.id} />
                  <input type="hidden" name="status" value="rejected" />
                  <Button type="submit" variant="ghost" aria-label={`${t("fair.admin.reject")}: ${p.name}`}>
                    {t("fair.admin.reject")}
                  </Button>
                </Form>
              )}
              <Link className="ml-2 text-sm" to={`/admin/events/${d.ev.id}/participants/${p.id}`}>
                {t("fair.admin.availability")}
              </Link>
            </Td>
          </tr>
        ))}
      </Table>

      <section className="rounded-lg border bg-white p-4">
        <h3 className="mb-2 font-semibold">{t("fair.admin.addMeeting")}</h3>
        <p className="mb-3 text-sm text-slate-600">{t("fair.admin.addMeetingLead")}</p>
        <Form method="post" className="grid gap-3 sm:grid-cols-4">
          <input type="hidden" name="intent" value="addMeeting" />
          {(["aId", "bId"] as const).map((k, i) => (
            <Field key={k} id={`am-${k}`} label={t(i === 0 ? "fair.admin.first" : "fair.admin.second")}>
              <Select id={`am-${k}`} name={k} required>
                {approved
                  .filter((p) => (i === 0 ? p.kind === "buyer" : true))
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.ref} — {p.name}
                    </option>
                  ))}
              </Select>
            </Field>
          ))}
          <Field id="am-note" label={t("fair.admin.note")}>
            <input
              id="am-note"
              name="note"
              maxLength={500}
              className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </Field>
          <div className="self-end">
            <Button type="submit">{t("fair.admin.addMeetingSubmit")}</Button>
          </div>
        </Form>
        {d.organiserMeetings.length > 0 && (
          <ul className="mt-3 list-disc pl-5 text-sm">
            {d.organiserMeetings.map((m) => (
              <li key={m.id}>
                {m.aRef} ↔ {m.bRef} {m.note && <span className="text-slate-500">— {m.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

export const meta: MetaFunction = () => [{ title: "Event — CNHT Hà Nội" }];

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
