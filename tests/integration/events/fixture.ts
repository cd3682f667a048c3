import { afterEach } from "vitest";
import { freshDb } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import type { Db } from "../../../db/connection";
import { createEvent, type EventInput } from "../../../db/queries/events";
import { UNRESTRICTED_RULES } from "../../../app/modules/events/event-form";
import { registerParticipant, setParticipantStatus } from "../../../db/queries/events-participants";
import { respondToRequest, sendRequest } from "../../../app/services/events/requests.server";
import { publishDraft } from "../../../db/queries/events-schedule";
import { generateDraft } from "../../../app/services/events/schedule.server";
import { seedOrg, seedUser } from "../auth/client";

// A small event on a fresh database: buyers B1…, suppliers S1…, registered and (unless told
// otherwise) approved. Times are far in the future so that deadlines are set per test.

export const BASE: EventInput = {
  nameVi: "Phiên kết nối thử",
  nameEn: "Test session",
  venue: null,
  status: "open",
  days: ["2027-03-10"],
  dayStart: "09:00",
  dayEnd: "11:00",
  breaks: [],
  meetingMinutes: 20,
  changeoverMinutes: 5,
  tableNames: ["A", "B", "C"],
  ...UNRESTRICTED_RULES,
};

/**
 * A verified supplier S-1 named `supplierName` in both languages and a verified buyer B-1, each
 * with an owner whose email is confirmed (sup@example.com, buyer@example.com), both approved at a
 * new event of BASE's settings changed by `event`: where the browser tests of meetings start.
 */
export async function verifiedPairAtEvent(db: Db, supplierName: string, event: Partial<EventInput>) {
  const now = new Date().toISOString();
  const supplier = await seedOrg(db, { ref: "S-1", kind: "supplier", taxCode: "0100000001" });
  const buyer = await seedOrg(db, { ref: "B-1", kind: "buyer" });
  await db
    .updateTable("organisations")
    .set({ nameEn: supplierName, nameVi: supplierName })
    .where("id", "=", supplier)
    .execute();
  await db
    .updateTable("organisations")
    .set({ verifiedAt: now })
    .where("id", "in", [supplier, buyer])
    .execute();
  await seedUser(db, { email: "sup@example.com", role: "supplier", orgId: supplier });
  await seedUser(db, { email: "buyer@example.com", role: "buyer", orgId: buyer });
  await db.updateTable("users").set({ emailVerifiedAt: now }).execute();
  const eventId = await createEvent(db, { ...BASE, ...event }, null);
  for (const orgId of [supplier, buyer]) {
    const p = await registerParticipant(db, { eventId, orgId, userId: null, note: null });
    await setParticipantStatus(db, p, "approved", null);
  }
  return { supplier, buyer, eventId };
}

/**
 * Registers each organisation for the event and approves it (as `by`, an organiser's user id,
 * or nobody); the participant ids under the same keys.
 */
export async function approvedParticipants<K extends string>(
  db: Db,
  eventId: number,
  orgs: Record<K, number>,
  by: number | null = null,
): Promise<Record<K, number>> {
  const part = {} as Record<K, number>;
  for (const key of Object.keys(orgs) as K[]) {
    part[key] = await registerParticipant(db, { eventId, orgId: orgs[key], userId: null, note: null });
    await setParticipantStatus(db, part[key], "approved", by);
  }
  return part;
}

/** A firm with one owner account per ref, who logs in as `ref@example.com` (lower case). */
export async function firmsWithOwners<K extends string>(
  db: Db,
  firms: readonly (readonly [K, "buyer" | "supplier"])[],
): Promise<Record<K, number>> {
  const orgs = {} as Record<K, number>;
  for (const [ref, kind] of firms) {
    orgs[ref] = await seedOrg(db, { ref, kind });
    await seedUser(db, { email: `${ref.toLowerCase()}@example.com`, role: kind, orgId: orgs[ref] });
  }
  return orgs;
}

/**
 * A meeting request between two participants, answered by its recipient: accepted (a meeting
 * to schedule) unless told to decline, which gives the reason "no capacity".
 */
export async function answeredRequest(
  db: Db,
  eventId: number,
  fromId: number,
  toId: number,
  opts: { message?: string | null; answer?: "accept" | "decline" } = {},
) {
  const r = await sendRequest(db, { eventId, fromId, toId, message: opts.message ?? null, userId: null });
  const answer = opts.answer ?? "accept";
  await respondToRequest(db, {
    requestId: r.id,
    participantId: toId,
    action: answer,
    reason: answer === "decline" ? "no_capacity" : null,
    userId: null,
  });
  return r;
}

/** A firm with a name in one language only, the other null (or in both, or in neither). */
export type NamedFirm = { ref: string; nameVi: string | null; nameEn: string | null };

/**
 * A published fair of BASE's settings changed by `event`, set up by the organiser
 * org@example.com (the only account): each buyer asked the supplier for a meeting and was
 * accepted. The firms keep the names given, where the name-fallback tests (issue 13) start.
 * Gives the event's id.
 */
export async function publishedFairOfNamedFirms(
  db: Db,
  firms: { buyers: NamedFirm[]; supplier: NamedFirm },
  event: Partial<EventInput>,
): Promise<number> {
  const orgs: Record<string, number> = {};
  for (const buyer of firms.buyers) orgs[buyer.ref] = await seedOrg(db, { ...buyer, kind: "buyer" });
  orgs[firms.supplier.ref] = await seedOrg(db, { ...firms.supplier, kind: "supplier" });
  const organiser = await seedUser(db, { email: "org@example.com", role: "organiser" });
  const eventId = await createEvent(db, { ...BASE, ...event }, organiser);
  const part = await approvedParticipants(db, eventId, orgs, organiser);
  for (const buyer of firms.buyers)
    await answeredRequest(db, eventId, part[buyer.ref], part[firms.supplier.ref]);
  await publishFirstSchedule(db, eventId, organiser);
  return eventId;
}

/** The organiser's two clicks: generate the schedule, then publish it as its first version. */
export async function publishFirstSchedule(db: Db, eventId: number, by: number | null = null) {
  await generateDraft(db, { eventId, mode: "full", userId: by });
  await publishDraft(db, { eventId, expectedVersion: 0, userId: by });
}

/** Each buyer–supplier pair (participant keys) asks and accepts; then the schedule is published. */
export async function publishedFair(
  f: { db: Db; eventId: number; p: Record<string, number> },
  pairs: readonly (readonly [string, string])[],
) {
  for (const [a, b] of pairs) await answeredRequest(f.db, f.eventId, f.p[a], f.p[b]);
  await publishFirstSchedule(f.db, f.eventId);
}

/**
 * Who reads the organisers' event files in the export tests: organisers in English
 * (org@example.com) and Vietnamese (org-vi@), and the owners of B1 and S1, who are refused.
 * Then the built server is started on the fixture's database, with every write checkpointed
 * into the SQLite file first so the server's own connection sees the whole fixture.
 */
export async function serveToExportReaders(
  f: Awaited<ReturnType<typeof eventFixture>>,
): Promise<RunningServer> {
  await seedUser(f.db, { email: "org@example.com", role: "organiser" });
  const vi = await seedUser(f.db, { email: "org-vi@example.com", role: "organiser" });
  await f.db.updateTable("users").set({ locale: "vi" }).where("id", "=", vi).execute();
  await seedUser(f.db, { email: "b1@example.com", role: "buyer", orgId: f.org.B1 });
  await seedUser(f.db, { email: "s1@example.com", role: "supplier", orgId: f.org.S1 });
  if (f.dialect === "sqlite") f.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  return startServer({ databasePath: f.file });
}

export async function eventFixture(
  opts: { buyers?: number; suppliers?: number; event?: Partial<EventInput>; unapproved?: string[] } = {},
) {
  const t = await freshDb();
  const db: Db = t.db;
  const eventId = await createEvent(db, { ...BASE, ...opts.event }, null);
  const p: Record<string, number> = {};
  const org: Record<string, number> = {};
  const add = async (ref: string, kind: "buyer" | "supplier") => {
    const { id } = await db
      .insertInto("organisations")
      .values({ ref, kind, nameVi: `Công ty ${ref}` })
      .returning("id")
      .executeTakeFirstOrThrow();
    org[ref] = id;
    p[ref] = await registerParticipant(db, { eventId, orgId: id, userId: null, note: null });
    if (!opts.unapproved?.includes(ref)) await setParticipantStatus(db, p[ref], "approved", null);
  };
  for (let i = 1; i <= (opts.buyers ?? 2); i++) await add(`B${i}`, "buyer");
  for (let i = 1; i <= (opts.suppliers ?? 3); i++) await add(`S${i}`, "supplier");
  return { ...t, db, eventId, p, org };
}

export type EventFixture = Awaited<ReturnType<typeof eventFixture>>;

/**
 * One event per test of the calling file: `open` makes it, and it is closed after the test,
 * after any other connection the test handed to `alsoClose` (a second writer on the same file).
 */
export function eventPerTest() {
  let current: EventFixture | undefined;
  const extra: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const o of extra.splice(0)) await o.close();
    await current?.close();
    current = undefined;
  });
  return {
    async open(opts?: Parameters<typeof eventFixture>[0]): Promise<EventFixture> {
      current = await eventFixture(opts);
      return current;
    },
    alsoClose<T extends { close(): Promise<void> }>(o: T): T {
      extra.push(o);
      return o;
    },
  };
}
