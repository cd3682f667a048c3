import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fairWithAccounts, publish, usePublicUrl, PUBLIC_URL } from "./fixture";
import { queueReminders } from "../../../app/services/mail.server";
import { respondToRequest, sendRequest } from "../../../app/services/events/requests.server";

// Reminders are queued from the worker on a schedule; every one has a unique key, so running the
// pass again — or twice at once — never queues a second copy.

let f: Awaited<ReturnType<typeof fairWithAccounts>>;
// The fair's first (only) day is 2027-03-10 in Hanoi.
const EVE = new Date("2027-03-09T03:00:00Z"); // 10:00 in Hanoi on the 9th
const DAY_BEFORE_EVE = new Date("2027-03-08T03:00:00Z");

beforeAll(async () => {
  usePublicUrl();
  f = await fairWithAccounts();
  await publish(f.db, f.eventId);
});

afterAll(() => f?.close());

const outbox = (kind: string) =>
  f.db
    .selectFrom("mailOutbox")
    .select(["toAddress", "subject", "body", "html", "dedupeKey", "locale"])
    .where("kind", "=", kind)
    .orderBy("toAddress")
    .execute();

describe("reminders", () => {
  it("catches up the notices of a publication the process stopped before queuing, once", async () => {
    // beforeAll published without queuing notices, as a crash right after publishing would.
    const at = new Date("2027-01-05T00:00:00Z");
    const r = await queueReminders(f.db, at);
    expect(r.scheduleNotices).toBe(5);
    expect((await queueReminders(f.db, at)).scheduleNotices).toBe(0);
    const mails = await outbox("schedule_published");
    expect(mails).toHaveLength(5);
    expect(mails.every((m) => m.dedupeKey!.startsWith(`schedule:${f.eventId}:v1:p`))).toBe(true);
    // After the fair nothing is caught up any more.
    await f.db.deleteFrom("mailOutbox").where("kind", "=", "schedule_published").execute();
    expect((await queueReminders(f.db, new Date("2027-03-11T00:00:00Z"))).scheduleNotices).toBe(0);
    expect((await queueReminders(f.db, at)).scheduleNotices).toBe(5);
  });

  it("the day before the fair: each participant's agenda, once", async () => {
    expect((await queueReminders(f.db, DAY_BEFORE_EVE)).fairEve).toBe(0);
    const r = await queueReminders(f.db, EVE);
    expect(r.fairEve).toBe(5);
    // Again, and twice at once: nothing new.
    expect((await queueReminders(f.db, EVE)).fairEve).toBe(0);
    const both = await Promise.all([
      queueReminders(f.db, EVE),
      queueReminders(f.db, new Date(EVE.getTime() + 3600_000)),
    ]);
    expect(both.map((x) => x.fairEve)).toEqual([0, 0]);
    const mails = await outbox("fair_eve");
    expect(mails.map((m) => m.toAddress)).toEqual([
      "b1@example.com",
      "b2@example.com",
      "s1@example.com",
      "s2@example.com",
      "s3@example.com",
    ]);
    const b1 = mails[0];
    expect(b1.locale).toBe("vi");
    expect(b1.subject).toBe("Ngày mai: lịch gặp của bạn tại Phiên kết nối thử");
    // B1 meets S1 and S2: both lines, in Hanoi time.
    expect(b1.body.match(/Bàn \w+ · Công ty S[12]/g)).toHaveLength(2);
    expect(b1.body).toMatch(/10\/03\/2027/);
    const b2 = mails[1];
    expect(b2.subject).toBe("Tomorrow: your meetings at Test session");
    expect(b2.html).toContain("S3 &lt;Precision&gt; &amp; Co");
    expect(b2.body).toContain(`${PUBLIC_URL}/my/agenda?event=${f.eventId}`);
  });

  it("unanswered meeting requests: to the side that must answer, once, after N days", async () => {
    const asked = await sendRequest(f.db, {
      eventId: f.eventId,
      fromId: f.p.B1,
      toId: f.p.S3,
      message: "Xin gặp <b>bạn</b>",
      userId: null,
    });
    const answered = await sendRequest(f.db, {
      eventId: f.eventId,
      fromId: f.p.B2,
      toId: f.p.S2,
      message: null,
      userId: null,
    });
    await respondToRequest(f.db, {
      requestId: answered.id,
      participantId: f.p.S2,
      action: "accept",
      reason: null,
      userId: null,
    });
    const at = new Date("2027-01-10T00:00:00Z");
    await f.db
      .updateTable("meetingRequests")
      .set({ createdAt: at.toISOString() })
      .where("id", "in", [asked.id, answered.id])
      .execute();
    expect((await queueReminders(f.db, new Date("2027-01-12T23:00:00Z"))).requests).toBe(0); // < 3 days
    expect((await queueReminders(f.db, new Date("2027-01-13T00:00:00Z"))).requests).toBe(1);
    expect((await queueReminders(f.db, new Date("2027-01-20T00:00:00Z"))).requests).toBe(0);
    const mails = await outbox("request_reminder");
    expect(mails).toHaveLength(1);
    expect(mails[0].toAddress).toBe("s3@example.com");
    expect(mails[0].dedupeKey).toBe(`request-reminder:${asked.id}`);
    expect(mails[0].subject).toBe("Công ty B1 is waiting for your answer to a meeting request");
    expect(mails[0].html).toContain("Xin gặp &lt;b&gt;bạn&lt;/b&gt;");
    expect(mails[0].body).toContain(`${PUBLIC_URL}/my/events/${f.eventId}`);
  });

  it("certificates expiring within 60 days: one nudge per certificate and expiry date", async () => {
    const now = new Date("2027-01-01T02:00:00Z");
    const ins = (orgId: number, standard: string, validUntil: string) =>
      f.db
        .insertInto("certifications")
        .values({ orgId, standard, validUntil, certificateNo: "C-1" })
        .returning("id")
        .executeTakeFirstOrThrow();
    const soon = await ins(f.org.S1, "ISO 9001", "2027-02-15");
    await ins(f.org.S1, "ISO 14001", "2027-06-30"); // outside the window
    await ins(f.org.S2, "IATF 16949", "2026-12-01"); // already expired: not a renewal reminder
    await ins(f.org.S2, "ISO 9001", "2027-03-02"); // day 60 exactly: in
    const r1 = await queueReminders(f.db, now);
    expect(r1.certificates).toBe(2);
    expect((await queueReminders(f.db, now)).certificates).toBe(0);
    expect((await queueReminders(f.db, new Date("2027-01-20T00:00:00Z"))).certificates).toBe(0);
    let mails = await outbox("certificate_expiry");
    expect(mails.map((m) => m.toAddress)).toEqual(["s1@example.com", "s2@example.com"]);
    // S1 has no English name: its Vietnamese one stands in.
    expect(mails[0].subject).toBe("Công ty S1's ISO 9001 certificate expires soon (15 Feb 2027)");
    expect(mails[0].body).toContain(`${PUBLIC_URL}/my/profile`);
    // Renewed for a year: no nudge now, a new one when the new date comes near.
    await f.db
      .updateTable("certifications")
      .set({ validUntil: "2028-02-15" })
      .where("id", "=", soon.id)
      .execute();
    expect((await queueReminders(f.db, new Date("2027-02-01T00:00:00Z"))).certificates).toBe(0);
    expect((await queueReminders(f.db, new Date("2028-01-01T00:00:00Z"))).certificates).toBe(1);
    mails = await outbox("certificate_expiry");
    expect(mails.map((m) => m.dedupeKey)).toContain(`cert-expiry:${soon.id}:2028-02-15`);
  });
});
