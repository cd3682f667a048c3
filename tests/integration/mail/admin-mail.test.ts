import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../helpers/server";
import { Client, PASSWORD, seedUser } from "../auth/client";
import { startSmtp, calendarsOf, type TestSmtp } from "./smtp";
import { fairWithAccounts, usePublicUrl, PUBLIC_URL } from "./fixture";
import ICAL from "ical.js";
import { queueMail } from "../../../db/queries/mail";
import { closeAll } from "../../helpers/teardown";

// The built server with SMTP_URL set: its worker delivers what the app queues (a schedule
// published from the organiser's page arrives with invitations), and a mail the SMTP server
// refuses for good is shown to organisers at /admin/mail with the reason and a "retry" button.

let smtp: TestSmtp;
let server: RunningServer;
let f: Awaited<ReturnType<typeof fairWithAccounts>>;
let org: Client;

async function until<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const state = async (id: number) =>
  await f.db
    .selectFrom("mailOutbox")
    .select(["state", "lastError"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  usePublicUrl();
  smtp = await startSmtp();
  smtp.policy = (rcpt) => (rcpt === "bounce@example.com" ? [550, "5.1.1 Mailbox does not exist"] : null);
  f = await fairWithAccounts();
  await seedUser(f.db, { email: "org@example.com", role: "organiser" });
  server = await startServer({ databasePath: f.file, env: { SMTP_URL: smtp.url, PUBLIC_URL } });
  org = new Client(server.url);
  await org.login("org@example.com", PASSWORD);
});

afterAll(() => closeAll(server, smtp, f));

describe("mail through the running server", () => {
  it("publishing from the schedule page delivers one mail per participant with invitations", async () => {
    const res = await org.post(`/admin/events/${f.eventId}/schedule`, {
      intent: "publish",
      expectedVersion: "0",
      confirm: "yes",
    });
    expect(res.status).toBe(302);
    await smtp.waitFor(5, 60_000);
    const got = smtp.received.filter(
      (m) => m.parsed.subject?.includes("Test session") || m.parsed.subject?.includes("Phiên"),
    );
    expect(got.map((m) => m.to[0]).sort()).toEqual([
      "b1@example.com",
      "b2@example.com",
      "s1@example.com",
      "s2@example.com",
      "s3@example.com",
    ]);
    // One invitation per meeting of the participant (B1, B2 and S1 meet twice), all requests.
    const meetings: Record<string, number> = { b1: 2, b2: 2, s1: 2, s2: 1, s3: 1 };
    for (const m of got) {
      const cals = calendarsOf(m.parsed);
      expect(cals).toHaveLength(meetings[m.to[0]!.split("@")[0]!]!);
      for (const c of cals) expect(c.comp.getFirstPropertyValue("method")).toBe("REQUEST");
      // Links come from PUBLIC_URL, not from the address the request was sent to.
      expect(m.parsed.text).toContain(`${PUBLIC_URL}/my/agenda?event=${f.eventId}`);
      expect(m.parsed.text).not.toContain(server.url);
    }
  });

  it("the agenda .ics names each meeting as its invitation does (UID, SEQUENCE), DTSTAMP in UTC", async () => {
    await f.db
      .updateTable("meetingInvitations")
      .set({ sequence: 3 })
      .where("meetingId", "=", f.meetings["B1-S1"])
      .execute();
    const s1 = new Client(server.url);
    await s1.login("s1@example.com", PASSWORD);
    const res = await s1.get(`/my/agenda.ics?event=${f.eventId}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents("vevent");
    expect(events.map((e) => String(e.getFirstPropertyValue("uid"))).sort()).toEqual(
      [f.meetings["B1-S1"], f.meetings["B2-S1"]].map((id) => `meeting-${id}@cnht.example.vn`).sort(),
    );
    const seq = Object.fromEntries(
      events.map((e) => [String(e.getFirstPropertyValue("uid")), e.getFirstPropertyValue("sequence")]),
    );
    expect(seq[`meeting-${f.meetings["B1-S1"]}@cnht.example.vn`]).toBe(3);
    expect(seq[`meeting-${f.meetings["B2-S1"]}@cnht.example.vn`]).toBe(0);
    expect(text.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/g)).toHaveLength(2);
    expect(text).toContain(`URL;VALUE=URI:${PUBLIC_URL}/my/agenda?event=${f.eventId}`);
    expect(cal.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Asia/Ho_Chi_Minh");
  });

  it("shows a permanent failure with its reason to organisers, who can retry it", async () => {
    const id = (await queueMail(f.db, {
      kind: "test",
      to: "bounce@example.com",
      subject: "Bounce <me>",
      body: "Hello",
    }))!;
    await until("the mail to fail", async () => (await state(id)).state === "failed");
    const supplier = new Client(server.url);
    await supplier.login("s1@example.com", PASSWORD);
    expect((await supplier.get("/admin/mail?state=failed")).status).toBe(403);
    expect((await supplier.post("/admin/mail", { intent: "retry", id: String(id) })).status).toBe(403);
    expect((await state(id)).state).toBe("failed");

    const page = await (await org.get("/admin/mail?state=failed")).text();
    expect(page).toContain("Failed (1)");
    expect(page).toContain("550 5.1.1 Mailbox does not exist");
    expect(page).toContain("Bounce &lt;me&gt;");
    expect(page).toMatch(new RegExp(`name="id" value="${id}"`));
    expect(page).toContain(">Retry<");

    // The address was fixed at the provider's end; the organiser retries.
    smtp.policy = () => null;
    const r = await org.post("/admin/mail?state=failed", { intent: "retry", id: String(id) });
    expect(r.status).toBe(302);
    await until("the retried mail to be sent", async () => (await state(id)).state === "sent");
    expect(smtp.received.filter((m) => m.to[0] === "bounce@example.com")).toHaveLength(1);
    const audit = await f.db
      .selectFrom("auditLog")
      .select(["action", "entityRef"])
      .where("action", "=", "mail_retry")
      .execute();
    expect(audit).toEqual([{ action: "mail_retry", entityRef: String(id) }]);
    // Retrying what is no longer failed changes nothing.
    expect((await org.post("/admin/mail", { intent: "retry", id: String(id) })).status).toBe(302);
    expect((await state(id)).state).toBe("sent");
  });

  it("a reset mail is in the account's language, and its link comes from PUBLIC_URL even under a forged Host", async () => {
    const before = smtp.received.length;
    const url = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const body = new URLSearchParams({ email: "b1@example.com" }).toString();
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: "/forgot-password",
          method: "POST",
          headers: {
            Host: "evil.example.com",
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expect(status).toBe(302);
    await smtp.waitFor(before + 1);
    const m = smtp.received.at(-1)!;
    expect(m.to).toEqual(["b1@example.com"]);
    expect(m.parsed.subject).toBe("CNHT Hà Nội: đặt lại mật khẩu");
    expect(m.parsed.text).toMatch(new RegExp(`${PUBLIC_URL.replace(/[.:/]/g, "\\$&")}/reset-password/\\S+`));
    expect(m.parsed.html).toContain(`href="${PUBLIC_URL}/reset-password/`);
    expect(String(m.raw)).not.toContain("evil.example.com");
  });
});
