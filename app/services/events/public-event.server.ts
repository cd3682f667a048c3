import type { Actor } from "~/modules/auth/permissions";
import { getDb } from "~/utils/services.server";
import {
  fairError,
  getEvent,
  listParticipants,
  listSlots,
  myParticipation,
  registerParticipant,
} from "~/services/events.server";
import { auditAction } from "~/services/audit.server";

// The public page of an event (/events/ID) and a firm's registration for it.

/**
 * What the public page shows, or null when the visitor may not see the event (unknown, or a
 * draft seen by anyone but an organiser or admin).
 */
export async function publicEventPage(id: number, actor: Actor | null) {
  const db = getDb();
  const ev = await getEvent(db, id);
  if (!ev || (ev.status === "draft" && actor?.role !== "organiser" && actor?.role !== "admin")) return null;
  const slots = await listSlots(db, ev.id);
  const mine = await myParticipation(ev.id, actor?.orgId ?? null);
  // Only approved firms are public: a pending or rejected registration is the firm's own business.
  const approved = await listParticipants(db, ev.id, { status: "approved" });
  const now = new Date().toISOString();
  const registrationOpen =
    ev.status === "open" &&
    (!ev.registrationOpensAt || ev.registrationOpensAt <= now) &&
    (!ev.registrationClosesAt || now < ev.registrationClosesAt);
  return {
    ev: {
      ...eventHeadline(ev),
      slots: slots.length,
      breaks: ev.breaks,
    },
    loggedIn: actor !== null,
    canRegister:
      actor !== null && actor.orgId !== null && (actor.role === "buyer" || actor.role === "supplier"),
    registrationOpen,
    programme: programmeOf(ev.days, slots),
    participants: approved.map((p) => ({ ref: p.ref, kind: p.kind, nameVi: p.nameVi, nameEn: p.nameEn })),
    mine: mine ? { status: mine.status, kind: mine.kind } : null,
  };
}

type EventRow = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

/** What every page about an event shows at its top (the public page and the organiser's overview). */
export function eventHeadline(ev: EventRow) {
  return {
    id: ev.id,
    nameVi: ev.nameVi,
    nameEn: ev.nameEn,
    venue: ev.venue,
    status: ev.status,
    days: ev.days,
    dayStart: ev.dayStart,
    dayEnd: ev.dayEnd,
    meetingMinutes: ev.meetingMinutes,
    // The instant; the page says it in the reader's words, in Hanoi time (formatDateTime).
    deadline: ev.requestDeadline,
  };
}

/**
 * The programme, day by day: the first and last meeting slot of each day (slots carry their
 * local +07:00 offset, so the first ten characters are the Hanoi date).
 */
function programmeOf(days: string[], slots: { startsAt: string; minutes: number }[]) {
  return days.map((date) => {
    const own = slots.filter((s) => s.startsAt.slice(0, 10) === date);
    return {
      date,
      count: own.length,
      first: own[0] ? { startsAt: own[0].startsAt, minutes: own[0].minutes } : null,
      last: own.length
        ? { startsAt: own[own.length - 1].startsAt, minutes: own[own.length - 1].minutes }
        : null,
    };
  });
}

/** A firm's registration, audited. Null when done, else the event rule's refusal in words. */
export async function registerForEvent(
  actor: Actor & { orgId: number },
  eventId: number,
  note: string | null,
): Promise<string | null> {
  const db = getDb();
  try {
    const pid = await registerParticipant(db, { eventId, orgId: actor.orgId, userId: actor.userId, note });
    await auditAction(db, actor, "event_register", "event_participant", pid);
    return null;
  } catch (e) {
    const msg = fairError(e);
    if (msg === null) throw e;
    return msg;
  }
}
