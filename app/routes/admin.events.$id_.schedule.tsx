import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { compareNames, displayName, formatDateTime, slotLabel, tableLabel } from "~/modules/i18n";
import { redirectWithToast } from "~/utils/session.server";
import { auditActor } from "~/modules/auth/permissions";
import {
  draftMeetings,
  fairError,
  generateDraft,
  getEvent,
  latestPublication,
  listRuns,
  listSlots,
  listTables,
  moveMeeting,
  ScheduleConflictError,
  scheduleConflictMessage,
  publishDraft,
  suggestedPairs,
} from "~/services/events.server";
import { recordAudit } from "~/services/audit.server";
import { notifySchedule, recordMeetingReasons } from "~/services/agenda.server";
import { useLocale, useT } from "~/components/i18n";
import { scrollRegion } from "~/components/ui/table";
import { formatNumber, formatPercent } from "~/components/format";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EventExportLinks } from "~/components/export-links";
import { Field, Select } from "~/components/ui/field";

// The draft schedule: generate, review (grid of slots × tables, filter by participant,
// unscheduled list with reasons), move by hand, re-run for the unscheduled, publish.

const UNSCHEDULED_SHOWN = 200;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const locale = getLocale(request);
  const db = getDb();
  const ev = await getEvent(db, Number(params.id));
  if (!ev) throw new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const who = url.searchParams.get("p") ?? "";
  const moveId = Number(url.searchParams.get("move") ?? 0);
  const [slots, tables, meetings, runs, pub] = await Promise.all([
    listSlots(db, ev.id),
    listTables(db, ev.id),
    draftMeetings(db, ev.id),
    listRuns(db, ev.id, 5),
    latestPublication(db, ev.id),
  ]);
  const involves = (m: (typeof meetings)[number]) => !who || m.aRef === who || m.bRef === who;
  const placed = meetings.filter((m) => m.slotId !== null);
  const unplaced = meetings.filter((m) => m.slotId === null);
  const requestingSuppliers = new Set<number>();
  const servedSuppliers = new Set<number>();
  for (const m of meetings)
    for (const [id, kind] of [
      [m.aId, m.aKind],
      [m.bId, m.bKind],
    ] as const)
      if (kind === "supplier") {
        requestingSuppliers.add(id);
        if (m.slotId !== null) servedSuppliers.add(id);
      }
  const people = new Map<string, string>();
  for (const m of meetings) {
    people.set(m.aRef, displayName({ nameVi: m.aNameVi, nameEn: m.aNameEn }, locale, m.aRef));
    people.set(m.bRef, displayName({ nameVi: m.bNameVi, nameEn: m.bNameEn }, locale, m.bRef));
  }
  // Names as people read them, never refs (issue 13); the ref stays only in the filter's value.
  const label = (m: (typeof meetings)[number]) => `${people.get(m.aRef)} ↔ ${people.get(m.bRef)}`;
  const shownUnplaced = unplaced.filter(involves);
  return {
    ev: {
      id: ev.id,
      name: displayName(ev, locale),
      publishedVersion: ev.publishedVersion,
      draftRevision: ev.draftRevision,
    },
    who,
    people: [...people].sort((a, b) => compareNames(locale)(a[1], b[1])),
    slots: slots.map((s) => ({ id: s.id, label: slotLabel(s.startsAt, s.minutes, locale) })),
    tables: tables.map((t) => ({ id: t.id, name: tableLabel(t.name, locale) })),
    cells: placed.map((m) => ({
      id: m.id,
      slotId: m.slotId!,
      tableId: m.tableId!,
      label: label(m),
      mine: involves(m),
      hand: m.movedByHand === 1,
    })),
    unplaced: shownUnplaced.slice(0, UNSCHEDULED_SHOWN).map((m) => ({
      id: m.id,
      label: label(m),
      weight: m.weight,
      source: m.source,
      reason: m.unscheduledReason,
    })),
    unplacedTotal: shownUnplaced.length,
    moving: moveId
      ? (meetings
          .filter((m) => m.id === moveId)
          .map((m) => ({ id: m.id, label: label(m), slotId: m.slotId, tableId: m.tableId }))[0] ?? null)
      : null,
    figures: {
      meetings: meetings.length,
      placed: placed.length,
      unplaced: unplaced.length,
      suppliers: requestingSuppliers.size,
      served: servedSuppliers.size,
    },
    runs: runs.map((r) => ({
      id: r.id,
      mode: r.mode,
      placed: r.placed,
      unscheduled: r.unscheduled,
      ms: r.durationMs,
      at: formatDateTime(r.createdAt, locale),
      weight: r.weight,
      weightBound: r.weightBound,
      optimal: r.optimal === null ? null : r.optimal === 1,
    })),
    published: pub
      ? { version: pub.version, upToDate: pub.draftRevision === ev.draftRevision, meetings: pub.meetings }
      : null,
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("generate"),
    includeSuggestions: z.literal("on").optional(),
    seed: z.coerce.number().int().min(1).max(1_000_000).default(1),
  }),
  z.object({ intent: z.literal("rerun") }),
  // Publishing mails every participant: only through the page's confirmation step (issue 13).
  z.object({
    intent: z.literal("publish"),
    expectedVersion: z.coerce.number().int().min(0),
    confirm: z.literal("yes"),
  }),
  z.object({
    intent: z.literal("move"),
    meetingId: z.coerce.number().int().positive(),
    slotId: z.coerce.number().int().min(0),
    tableId: z.coerce.number().int().min(0),
    p: z.string().optional(),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const db = getDb();
  const ev = await getEvent(db, Number(params.id));
  if (!ev) throw new Response("Not found", { status: 404 });
  const { t, locale } = getTranslator(request);
  const here = `/admin/events/${ev.id}/schedule`;
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return redirectWithToast(request, here, { kind: "error", message: t("fair.badForm") });
  const v = parsed.data;
  const audit = (action: string, details?: unknown) =>
    recordAudit(db, { actor: auditActor(actor), action, entity: "event", entityRef: String(ev.id), details });
  try {
    if (v.intent === "generate" || v.intent === "rerun") {
      const suggestions =
        v.intent === "generate" && v.includeSuggestions ? await suggestedPairs(ev.id) : undefined;
      const r = await generateDraft(db, {
        eventId: ev.id,
        mode: v.intent === "generate" ? "full" : "unscheduled",
        seed: v.intent === "generate" ? v.seed : 1,
        suggestions,
        userId: actor.userId,
      });
      await recordMeetingReasons(ev.id, { all: v.intent === "generate" });
      await audit(v.intent === "generate" ? "schedule_generate" : "schedule_rerun", r);
      return redirectWithToast(request, here, {
        kind: "success",
        message: `${t("fair.schedule.generated", { placed: r.placed, unscheduled: r.unscheduled })} ${
          v.intent === "rerun"
            ? ""
            : r.quality.optimal
              ? t("fair.schedule.bestPossible")
              : t("fair.schedule.withinBound", { gap: formatPercent(r.quality.gap, locale) })
        }`.trim(),
      });
    }
    if (v.intent === "publish") {
      // Meetings placed by hand since the last run get their reasons before they are published.
      await recordMeetingReasons(ev.id, { all: false });
      const r = await publishDraft(db, {
        eventId: ev.id,
        expectedVersion: v.expectedVersion,
        userId: actor.userId,
      });
      await audit("schedule_publish", r);
      // Participants learn of the plan (and later of each change) through the mail outbox.
      await notifySchedule(ev.id, "schedule_published");
      return redirectWithToast(request, here, {
        kind: "success",
        message: t("fair.schedule.publishedDone", { version: r.version, meetings: r.meetings }),
      });
    }
    const m = await db
      .selectFrom("meetings")
      .select("eventId")
      .where("id", "=", v.meetingId)
      .executeTakeFirst();
    if (!m || m.eventId !== ev.id) throw new Response("Not found", { status: 404 });
    await moveMeeting(db, {
      meetingId: v.meetingId,
      slotId: v.slotId || null,
      tableId: v.tableId || null,
      userId: actor.userId,
    });
    await recordAudit(db, {
      actor: auditActor(actor),
      action: "meeting_move",
      entity: "meeting",
      entityRef: String(v.meetingId),
      details: { slotId: v.slotId, tableId: v.tableId },
    });
    return redirectWithToast(request, v.p ? `${here}?p=${encodeURIComponent(v.p)}` : here, {
      kind: "success",
      message: t("fair.schedule.moved"),
    });
  } catch (e) {
    const msg = e instanceof ScheduleConflictError ? await scheduleConflictMessage(e, locale) : fairError(e);
    if (msg === null) throw e;
    return redirectWithToast(request, here, { kind: "error", message: msg });
  }
}

function MoveForm({
  id,
  label,
  slots,
  tables,
  slotId,
  tableId,
  who,
}: {
  id: number;
  label: string;
  slots: { id: number; label: string }[];
  tables: { id: number; name: string }[];
  slotId: number | null;
  tableId: number | null;
  who: string;
}) {
  const t = useT();
  return (
    <Form method="post" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="meetingId" value={id} />
      {who && <input type="hidden" name="p" value={who} />}
      <Field id={`mv-slot-${id}`} label={t("fair.schedule.slot")}>
        <Select id={`mv-slot-${id}`} name="slotId" defaultValue={slotId ?? slots[0]?.id}>
          <option value="0">{t("fair.schedule.takeOut")}</option>
          {slots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`mv-table-${id}`} label={t("fair.schedule.table")}>
        <Select id={`mv-table-${id}`} name="tableId" defaultValue={tableId ?? tables[0]?.id}>
          {tables.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" aria-label={`${t("fair.schedule.move")}: ${label}`}>
        {t("fair.schedule.move")}
      </Button>
    </Form>
  );
}

export default function ScheduleReview() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  // The newest full generation run that measured itself against the bound.
  const lastFull = d.runs.find((r) => r.mode === "full" && r.weightBound !== null && r.weight !== null);
  const quality = (r: (typeof d.runs)[number]) =>
    r.weightBound === null || r.weight === null
      ? ""
      : r.optimal
        ? t("fair.schedule.bestPossible")
        : t("fair.schedule.withinBound", {
            gap: formatPercent(r.weightBound > 0 ? (r.weightBound - r.weight) / r.weightBound : 0, locale),
          });
  const busy = useNavigation().state === "submitting";
  const cell = new Map(d.cells.map((c) => [`${c.slotId}:${c.tableId}`, c]));
  const q = (extra: string) => `?${d.who ? `p=${encodeURIComponent(d.who)}&` : ""}${extra}`;
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-semibold">
          <Link to={`/admin/events/${d.ev.id}`}>{d.ev.name}</Link> — {t("fair.admin.schedule")}
        </h2>
        {d.published ? (
          <Badge tone={d.published.upToDate ? "green" : "amber"}>
            {t(d.published.upToDate ? "fair.schedule.upToDate" : "fair.schedule.changedSince", {
              version: d.published.version,
            })}
          </Badge>
        ) : (
          <Badge tone="amber">{t("fair.schedule.notPublished")}</Badge>
        )}
      </div>
      <EventExportLinks eventId={d.ev.id} files={["schedule-by-participant", "schedule-by-table"]} />

      <div className="flex flex-wrap gap-4 rounded-lg border bg-white p-4">
        <Form method="post" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="generate" />
          <label className="text-sm">
            <input type="checkbox" name="includeSuggestions" /> {t("fair.schedule.includeSuggestions")}
          </label>
          <input type="hidden" name="seed" value="1" />
          <Button type="submit" disabled={busy}>
            {t("fair.schedule.generate")}
          </Button>
        </Form>
        <Form method="post">
          <input type="hidden" name="intent" value="rerun" />
          <Button type="submit" variant="secondary" disabled={busy || d.figures.unplaced === 0}>
            {t("fair.schedule.rerun")}
          </Button>
        </Form>
        {busy || d.figures.placed === 0 ? (
          <Button type="button" disabled>
            {t("fair.schedule.publish")}
          </Button>
        ) : (
          // A second, explicit step: publishing mails every participant their agenda.
          <details className="w-full sm:w-auto">
            <summary className="inline-flex cursor-pointer items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              {t("fair.schedule.publish")}
            </summary>
            <Form
              method="post"
              className="mt-2 max-w-md space-y-2 rounded border border-amber-300 bg-amber-50 p-3"
            >
              <input type="hidden" name="intent" value="publish" />
              <input type="hidden" name="expectedVersion" value={d.ev.publishedVersion} />
              <input type="hidden" name="confirm" value="yes" />
              <p className="text-sm">
                {t("fair.schedule.publishConfirm", {
                  version: d.ev.publishedVersion + 1,
                  meetings: d.figures.placed,
                })}
              </p>
              <Button type="submit">
                {t("fair.schedule.publishYes", { version: d.ev.publishedVersion + 1 })}
              </Button>
            </Form>
          </details>
        )}
      </div>

      <p className="text-sm text-slate-700" role="status">
        {t("fair.schedule.figures", {
          meetings: d.figures.meetings,
          placed: d.figures.placed,
          unplaced: d.figures.unplaced,
          served: d.figures.served,
          suppliers: d.figures.suppliers,
        })}
        {lastFull && (
          <>
            {" "}
            {t("fair.schedule.quality", {
              weight: formatNumber(lastFull.weight!, locale),
              bound: formatNumber(Math.floor(lastFull.weightBound! + 1e-9), locale),
              verdict: quality(lastFull),
            })}
          </>
        )}
      </p>

      <Form method="get" className="flex items-end gap-2">
        <Field id="flt-p" label={t("fair.schedule.filter")}>
          <Select id="flt-p" name="p" defaultValue={d.who}>
            <option value="">{t("fair.schedule.everyone")}</option>
            {d.people.map(([ref, name]) => (
              <option key={ref} value={ref}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("fair.schedule.apply")}
        </Button>
      </Form>

      {d.moving && (
        <div className="rounded-lg border border-brand-200 bg-brand-50 p-4">
          <h3 className="mb-2 font-semibold">{t("fair.schedule.moving", { label: d.moving.label })}</h3>
          <MoveForm {...d.moving} slots={d.slots} tables={d.tables} who={d.who} />
        </div>
      )}

      <section
        className="overflow-x-auto rounded-lg border bg-white"
        {...scrollRegion(t("fair.schedule.grid"))}
      >
        <table className="text-xs">
          <caption className="sr-only">{t("fair.schedule.grid")}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left">
                {t("fair.schedule.slot")}
              </th>
              {d.tables.map((x) => (
                <th key={x.id} scope="col" className="px-2 py-1 text-left font-medium">
                  {x.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.slots.map((s) => (
              <tr key={s.id} className="border-t">
                <th
                  scope="row"
                  className="sticky left-0 whitespace-nowrap bg-white px-2 py-1 text-left font-normal"
                >
                  {s.label}
                </th>
                {d.tables.map((x) => {
                  const c = cell.get(`${s.id}:${x.id}`);
                  if (!c) return <td key={x.id} className="px-2 py-1" />;
                  return (
                    <td
                      key={x.id}
                      className={`whitespace-nowrap px-2 py-1 ${c.mine ? (d.who ? "bg-amber-100" : "") : "text-slate-300"}`}
                    >
                      <Link to={q(`move=${c.id}`)} title={t("fair.schedule.move")}>
                        {c.label}
                      </Link>
                      {c.hand && " ✋"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h3 className="mb-2 font-semibold">{t("fair.schedule.unscheduled", { count: d.unplacedTotal })}</h3>
        {d.unplacedTotal > d.unplaced.length && (
          <p className="text-sm text-slate-600">
            {t("fair.schedule.firstShown", { count: d.unplaced.length })}
          </p>
        )}
        <ul className="space-y-3">
          {d.unplaced.map((m) => (
            <li key={m.id} className="rounded border bg-white p-3 text-sm">
              <div>
                <strong>{m.label}</strong> · {t(`fair.source.${m.source}`)} ·{" "}
                {t("fair.schedule.weight", { weight: m.weight })}
              </div>
              <div className="text-slate-600">{m.reason ?? t("fair.schedule.notYet")}</div>
              <MoveForm
                id={m.id}
                label={m.label}
                slots={d.slots}
                tables={d.tables}
                slotId={null}
                tableId={null}
                who={d.who}
              />
            </li>
          ))}
        </ul>
      </section>

      {d.runs.length > 0 && (
        <section className="text-sm text-slate-600">
          <h3 className="font-semibold text-slate-800">{t("fair.schedule.runs")}</h3>
          <ul>
            {d.runs.map((r) => (
              <li key={r.id}>
                {r.at} · {t(`fair.schedule.mode.${r.mode}`)} · {r.placed} / {r.placed + r.unscheduled} ·{" "}
                {r.ms} ms
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

export const meta: MetaFunction = () => [{ title: "Schedule — CNHT Hà Nội" }];

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
