import { eventFixture } from "../events/fixture";
import { seedUser } from "../auth/client";
import { addOrganiserMeeting } from "../../../app/services/events/requests.server";
import { publishDraft } from "../../../db/queries/events-schedule";
import { generateDraft } from "../../../app/services/events/schedule.server";
import { resetEnvCache } from "../../../app/utils/env.server";

export const PUBLIC_URL = "https://cnht.example.vn";

/** PUBLIC_URL for the links and UIDs the tests check (read through getEnv()). */
export function usePublicUrl() {
  process.env.PUBLIC_URL = PUBLIC_URL;
  process.env.DATABASE_PATH ??= "/nonexistent/not-used.db";
  delete process.env.MAIL_FROM;
  resetEnvCache();
}

/**
 * A small fair on a fresh database: buyers B1, B2 and suppliers S1–S3, each with an owner
 * account (b1@example.com …); B1 reads Vietnamese, the others English. S3's name carries markup,
 * to check that mails escape it. Four organiser meetings, scheduled, not yet published.
 */
export async function fairWithAccounts() {
  const f = await eventFixture({ buyers: 2, suppliers: 3 });
  for (const ref of Object.keys(f.org)) {
    const uid = await seedUser(f.db, {
      email: `${ref.toLowerCase()}@example.com`,
      role: ref.startsWith("B") ? "buyer" : "supplier",
      orgId: f.org[ref],
    });
    if (ref === "B1") await f.db.updateTable("users").set({ locale: "vi" }).where("id", "=", uid).execute();
  }
  await f.db
    .updateTable("organisations")
    .set({ nameVi: "Công ty <S3> & Cộng sự", nameEn: "S3 <Precision> & Co" })
    .where("id", "=", f.org.S3)
    .execute();
  const meetings: Record<string, number> = {};
  for (const [a, b] of [
    ["B1", "S1"],
    ["B1", "S2"],
    ["B2", "S3"],
    ["B2", "S1"],
  ])
    meetings[`${a}-${b}`] = await addOrganiserMeeting(f.db, {
      eventId: f.eventId,
      aId: f.p[a],
      bId: f.p[b],
      note: null,
      userId: null,
    });
  await generateDraft(f.db, { eventId: f.eventId, mode: "full", seed: 1, userId: null });
  return { ...f, meetings };
}

export async function publish(db: Parameters<typeof publishDraft>[0], eventId: number) {
  const ev = await db
    .selectFrom("events")
    .select("publishedVersion")
    .where("id", "=", eventId)
    .executeTakeFirstOrThrow();
  return publishDraft(db, { eventId, expectedVersion: ev.publishedVersion, userId: null });
}
