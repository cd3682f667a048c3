import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, methodNotAllowed } from "~/utils/api.server";
import { apiRead } from "~/utils/api-read.server";
import type { Schedule } from "~/modules/api/schemas";
import { getActor, isOrganiser } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { meetingKey } from "~/modules/events";
import {
  draftMeetings,
  getEvent,
  latestPublication,
  listParticipants,
  listSlots,
  listTables,
  meetingsOfPublication,
} from "~/services/events.server";

// GET /api/v1/events/ID/schedule (CONTRACT.md §2): the latest published schedule of an event in
// cnht-schedule-result/1 form, with the slots' times, the tables' names and who each meeting
// joins. Organisers only; a participant reads its own meetings through /api/v1/me/agenda.
// `unscheduled` lists the draft's active meetings that are not in the publication.
export const loader = apiRead(
  async ({ request, params }: LoaderFunctionArgs) => {
    const actor = await getActor(request);
    if (!actor) throw apiError(401, "unauthorized", "Log in or send Authorization: Bearer TOKEN.");
    if (!isOrganiser(actor))
      throw apiError(
        403,
        "forbidden",
        "Only organisers read an event's whole schedule; see /api/v1/me/agenda for your own.",
      );
    const id = Number(params.id);
    const db = getDb();
    const ev = Number.isInteger(id) && id > 0 ? await getEvent(db, id) : null;
    if (!ev) throw apiError(404, "not_found", `No event with id ${params.id}.`);
    const pub = await latestPublication(db, id);
    if (!pub) throw apiError(404, "not_published", "This event's schedule has not been published yet.");
    const [rows, slots, tables, people, draft] = await Promise.all([
      meetingsOfPublication(db, pub.id),
      listSlots(db, id),
      listTables(db, id),
      listParticipants(db, id, { status: "approved" }),
      draftMeetings(db, id),
    ]);
    const inPublication = new Set(rows.map((r) => r.meetingId));
    const unplaced = draft.filter((m) => !inPublication.has(m.id));
    const body: Schedule = {
      format: "cnht-schedule-result/1",
      event: {
        id,
        name: { vi: ev.nameVi, en: ev.nameEn },
        version: pub.version,
        publishedAt: pub.publishedAt,
      },
      assignments: rows.map((r) => ({ meeting: meetingKey(r.meetingId), slot: r.slot, table: r.table })),
      unscheduled: unplaced.map((m) => ({
        meeting: meetingKey(m.id),
        reason: m.unscheduledReason ?? "not placed when the schedule was published",
      })),
      slots: slots.map((s) => ({ id: s.code, start: s.startsAt, minutes: s.minutes })),
      tables: tables.map((t) => ({ id: t.code, name: t.name })),
      participants: people.map((p) => ({ id: p.ref, kind: p.kind, name: { vi: p.nameVi, en: p.nameEn } })),
      meetings: [
        ...rows.map((r) => ({
          id: meetingKey(r.meetingId),
          a: r.aRef,
          b: r.bRef,
          weight: r.weight,
          source: r.source,
        })),
        ...unplaced.map((m) => ({
          id: meetingKey(m.id),
          a: m.aRef,
          b: m.bRef,
          weight: m.weight,
          source: m.source,
        })),
      ],
    };
    return apiJson(body);
  },
  { cache: "private" },
);

export const action = methodNotAllowed;
