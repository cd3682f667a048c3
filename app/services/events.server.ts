import type { Db } from "../../db/connection";
import { getDb } from "~/utils/services.server";
import {
  findRequest,
  findSupplierById,
  matchesForRequest,
  matchesForSupplier,
} from "~/services/matching.server";
import { mayMeet, RequestRuleError } from "~/modules/events";
import {
  displayName,
  pickText,
  slotLabel,
  tableLabel,
  translator,
  type LocalText,
  type Locale,
} from "~/modules/i18n";
import { EventEditError, getEvent, registeredEventsOf } from "../../db/queries/events";
import { listParticipants, participantOfOrg, RegistrationError } from "../../db/queries/events-participants";
import { ScheduleConflictError } from "../../db/queries/events-schedule";

// The door from the fair's routes to the database and to matching. Routes import the query
// functions through here and turn the domain's errors into messages with `fairError`.

export * from "../../db/queries/events";
export * from "../../db/queries/events-participants";
export * from "../../db/queries/events-requests";
export * from "./events/requests.server";
export * from "../../db/queries/events-schedule";

/** The message of a rule the user broke (shown as a toast), or null for a real failure. */
export function fairError(e: unknown): string | null {
  if (
    e instanceof RequestRuleError ||
    e instanceof ScheduleConflictError ||
    e instanceof RegistrationError ||
    e instanceof EventEditError
  )
    return e.message;
  return null;
}

/**
 * A refused move in the reader's words: which participant clashes, on which day and time, at
 * which table, by name (never "BUY-003" or "d1-1125"). Falls back to the domain's own message
 * for codes it has no words for.
 */
export async function scheduleConflictMessage(
  e: ScheduleConflictError,
  locale: Locale,
  db: Db = getDb(),
): Promise<string> {
  const t = translator(locale);
  const key = `fair.schedule.conflict.${e.code}`;
  if (t(key) === key) return e.message;
  const { participantId, slotId, tableId, limit } = e.details;
  const [who, slot, table] = await Promise.all([
    participantId === undefined
      ? undefined
      : db
          .selectFrom("eventParticipants as p")
          .innerJoin("organisations as o", "o.id", "p.orgId")
          .select(["o.ref", "o.nameVi", "o.nameEn"])
          .where("p.id", "=", participantId)
          .executeTakeFirst(),
    slotId === undefined
      ? undefined
      : db
          .selectFrom("eventSlots")
          .select(["startsAt", "minutes"])
          .where("id", "=", slotId)
          .executeTakeFirst(),
    tableId === undefined
      ? undefined
      : db.selectFrom("eventTables").select("name").where("id", "=", tableId).executeTakeFirst(),
  ]);
  return t(key, {
    name: who ? displayName(who, locale, who.ref) : t("fair.schedule.conflict.someone"),
    slot: slot ? slotLabel(slot.startsAt, slot.minutes, locale) : "",
    table: table ? tableLabel(table.name, locale) : "",
    limit: limit ?? "",
  });
}

export interface Suggestion {
  participantId: number;
  ref: string;
  name: { vi: string | null; en: string | null };
  kind: "buyer" | "supplier";
  score: number;
  /** What the match rests on: the sourcing request it came through and its reasons. */
  via: { ref: string; title: string | null };
  reasons: { kind: string; met: boolean | "unknown"; text: string }[];
}

/**
 * "You may want to meet": approved participants of the other side that matching ranks high
 * for the participant — suppliers that fit a buyer's open sourcing requests, or buyers whose
 * requests fit a supplier — best first, one entry per organisation.
 */
export async function suggestionsFor(
  eventId: number,
  me: { id: number; orgId: number; kind: "buyer" | "supplier" },
  locale: Locale,
  opts: { limit: number; exclude?: Set<number> } = { limit: 8 },
  db: Db = getDb(),
): Promise<Suggestion[]> {
  const ev = await getEvent(db, eventId);
  if (!ev) return [];
  const others = (await listParticipants(db, eventId, { status: "approved" })).filter(
    (p) =>
      p.id !== me.id &&
      mayMeet(
        { allowBuyerBuyer: ev.allowBuyerBuyer === 1, allowSupplierSupplier: ev.allowSupplierSupplier === 1 },
        me.kind,
        p.kind,
      ),
  );
  const byOrg = new Map(others.map((p) => [p.orgId, p]));
  const best = new Map<number, Suggestion>();
  const offer = (orgId: number, s: Omit<Suggestion, "participantId" | "ref" | "name" | "kind">) => {
    const p = byOrg.get(orgId);
    if (!p || opts.exclude?.has(p.id)) return;
    const prev = best.get(p.id);
    if (!prev || prev.score < s.score)
      best.set(p.id, {
        ...s,
        participantId: p.id,
        ref: p.ref,
        name: { vi: p.nameVi, en: p.nameEn },
        kind: p.kind,
      });
  };
  const reasons = (rs: { kind: string; met: boolean | "unknown"; text: LocalText }[]) =>
    rs.map((r) => ({ kind: r.kind, met: r.met, text: pickText(r.text, locale) }));
  if (me.kind === "buyer") {
    const refs = await db
      .selectFrom("sourcingRequests")
      .select("ref")
      .where("buyerOrgId", "=", me.orgId)
      .where("status", "=", "open")
      .execute();
    for (const { ref } of refs) {
      const req = await findRequest(ref, db);
      if (!req) continue;
      for (const m of await matchesForRequest(req, { limit: 200, withoutDismissed: true }, db))
        offer(m.supplier.orgId, {
          score: m.score,
          via: { ref, title: pickText(req.title, locale) || null },
          reasons: reasons(m.result.reasons),
        });
    }
  } else {
    const supplier = await findSupplierById(me.orgId, db);
    if (supplier)
      for (const m of await matchesForSupplier(supplier, { limit: 200, includeRestricted: false }, db))
        offer(m.request.buyerOrgId, {
          score: m.score,
          via: {
            ref: m.request.ref,
            title: m.request.title[locale] ?? m.request.title.vi ?? m.request.title.en ?? null,
          },
          reasons: reasons(m.result.reasons),
        });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref))
    .slice(0, opts.limit);
}

/**
 * Pairs matching suggests across the event, for a generation with "include suggestions": each
 * approved buyer's best `perBuyer` suppliers among the approved ones.
 */
export async function suggestedPairs(
  eventId: number,
  perBuyer = 3,
  db: Db = getDb(),
): Promise<{ aId: number; bId: number }[]> {
  const buyers = await listParticipants(db, eventId, { status: "approved", kind: "buyer" });
  const out: { aId: number; bId: number }[] = [];
  for (const b of buyers)
    for (const s of await suggestionsFor(
      eventId,
      { id: b.id, orgId: b.orgId, kind: "buyer" },
      "en",
      { limit: perBuyer },
      db,
    ))
      out.push({ aId: b.id, bId: s.participantId });
  return out;
}

/** The caller's organisation's participation in the event, when the caller acts for one. */
export async function myParticipation(eventId: number, orgId: number | null, db: Db = getDb()) {
  if (orgId === null) return undefined;
  return participantOfOrg(db, eventId, orgId);
}

/**
 * The fairs the organisation registered for (any status but withdrawn), newest first, with the
 * first and last day: the account area's "Fairs" page (/my/events) lists these.
 */
export async function eventsOfOrg(orgId: number, db: Db = getDb()) {
  return registeredEventsOf(db, orgId);
}
