import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, methodNotAllowed } from "~/utils/api.server";
import { apiRead } from "~/utils/api-read.server";
import type { Agenda } from "~/modules/api/schemas";
import { getActor } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { meetingKey } from "~/modules/events";
import { latestPublication, meetingsOfPublication } from "~/services/events.server";

// GET /api/v1/me/agenda (CONTRACT.md §2): the caller's organisation's meetings in the published
// schedule of every event it takes part in (approved), soonest first. Callers acting for no
// organisation (organisers) get an empty list.
export const loader = apiRead(
  async ({ request }: LoaderFunctionArgs) => {
    const actor = await getActor(request);
    if (!actor) throw apiError(401, "unauthorized", "Log in or send Authorization: Bearer TOKEN.");
    if (actor.orgId === null) return apiJson({ organisation: null, events: [] });
    const db = getDb();
    const mine = await db
      .selectFrom("eventParticipants as p")
      .innerJoin("events as e", "e.id", "p.eventId")
      .select(["p.id", "p.eventId", "e.nameVi", "e.nameEn"])
      .where("p.orgId", "=", actor.orgId)
      .where("p.status", "=", "approved")
      .where("e.publishedVersion", ">", 0)
      .orderBy("e.id")
      .execute();
    const events = [];
    for (const p of mine) {
      const pub = await latestPublication(db, p.eventId);
      if (!pub) continue;
      const rows = await meetingsOfPublication(db, pub.id, p.id);
      events.push({
        id: p.eventId,
        name: { vi: p.nameVi, en: p.nameEn },
        version: pub.version,
        meetings: rows.map((r) => {
          const other =
            r.aId === p.id
              ? { ref: r.bRef, kind: r.bKind, vi: r.bNameVi, en: r.bNameEn }
              : { ref: r.aRef, kind: r.aKind, vi: r.aNameVi, en: r.aNameEn };
          return {
            meeting: meetingKey(r.meetingId),
            slot: r.slot,
            start: r.startsAt,
            minutes: r.minutes,
            table: r.table,
            tableName: r.tableName,
            with: { ref: other.ref, kind: other.kind, name: { vi: other.vi, en: other.en } },
          };
        }),
      });
    }
    const body: Agenda = { organisation: actor.orgRef, events };
    return apiJson(body);
  },
  { cache: "private" },
);

export const action = methodNotAllowed;
