// Issue 13, "Forms and controls": every route that takes a POST, sent a body of the wrong kind
// over real HTTP against the started server — a URL-encoded form where multipart is expected and
// the reverse, an empty form, no body at all, garbage bytes under each form type and under a
// type no form has — by a signed-in user who may use the route, from the site's own origin.
// None may answer 500 ("Could not parse content as FormData" was a 500 on /my/profile): each is
// refused with a 4xx whose body says something. The list of routes is read from app/routes, so
// a new route with an action fails here until it is listed with the address to send it.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, insertedId } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import { closeAll } from "../../helpers/teardown";
import type { OpenDb } from "../../../db/connection";
import { createEvent } from "../../../db/queries/events";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";
import { BASE, approvedParticipants } from "../events/fixture";

const ROUTES = path.resolve(import.meta.dirname, "../../../app/routes");

type Who = "anon" | "organiser" | "supplier" | "buyer";

let t: OpenDb & { file: string };
let server: RunningServer;
const ids = { event: 0, participant: 0, news: 0, scheme: 0, thread: 0 };
// Several users per role: the write limit is per user (120 a minute) and the sweep sends more.
const clients: Record<Exclude<Who, "anon">, Client[]> = { organiser: [], supplier: [], buyer: [] };

// Each route file with an action, the address to post to and who posts. Ids made in beforeAll.
const TARGETS: Record<string, { who: Who; path: () => string }> = {
  "admin.events.$id.tsx": { who: "organiser", path: () => `/admin/events/${ids.event}` },
  "admin.events.$id_.edit.tsx": { who: "organiser", path: () => `/admin/events/${ids.event}/edit` },
  "admin.events.$id_.live.tsx": { who: "organiser", path: () => `/admin/events/${ids.event}/live` },
  "admin.events.$id_.participants.$pid.tsx": {
    who: "organiser",
    path: () => `/admin/events/${ids.event}/participants/${ids.participant}`,
  },
  "admin.events.$id_.schedule.tsx": { who: "organiser", path: () => `/admin/events/${ids.event}/schedule` },
  "admin.events.new.tsx": { who: "organiser", path: () => "/admin/events/new" },
  "admin.firms.$ref.tsx": { who: "organiser", path: () => "/admin/firms/S-A" },
  "admin.import.progress.ts": { who: "organiser", path: () => "/admin/import/progress" },
  "admin.import.tsx": { who: "organiser", path: () => "/admin/import" },
  "admin.import_.conflicts.tsx": { who: "organiser", path: () => "/admin/import/conflicts" },
  "admin.import_.sheet.tsx": { who: "organiser", path: () => "/admin/import/sheet" },
  "admin.mail.tsx": { who: "organiser", path: () => "/admin/mail" },
  "admin.news.tsx": { who: "organiser", path: () => "/admin/news" },
  "admin.news_.$id.tsx": { who: "organiser", path: () => `/admin/news/${ids.news}` },
  "admin.programme.tsx": { who: "organiser", path: () => "/admin/programme" },
  "admin.schemes.$id.tsx": { who: "organiser", path: () => `/admin/schemes/${ids.scheme}` },
  "admin.schemes._index.tsx": { who: "organiser", path: () => "/admin/schemes" },
  "admin.taxonomy.tsx": { who: "organiser", path: () => "/admin/taxonomy" },
  "admin.tokens.tsx": { who: "organiser", path: () => "/admin/tokens" },
  "admin.users.tsx": { who: "organiser", path: () => "/admin/users" },
  "api.$.ts": { who: "organiser", path: () => "/api/v1/no-such-thing" },
  "api.openapi[.]json.ts": { who: "organiser", path: () => "/api/openapi.json" },
  "api.v1.events.$id.schedule.ts": { who: "organiser", path: () => `/api/v1/events/${ids.event}/schedule` },
  "api.v1.me.agenda.ts": { who: "supplier", path: () => "/api/v1/me/agenda" },
  "api.v1.requests.$ref.matches.ts": { who: "buyer", path: () => "/api/v1/requests/R-1/matches" },
  "api.v1.suppliers.$ref.matches.ts": { who: "supplier", path: () => "/api/v1/suppliers/S-A/matches" },
  "api.v1.suppliers.$ref.ts": { who: "organiser", path: () => "/api/v1/suppliers/S-A" },
  "api.v1.suppliers.ts": { who: "organiser", path: () => "/api/v1/suppliers" },
  "checkin.$meeting.$token.tsx": { who: "supplier", path: () => "/checkin/1/not-a-token" },
  "events.$id.tsx": { who: "supplier", path: () => `/events/${ids.event}` },
  "forgot-password.tsx": { who: "anon", path: () => "/forgot-password" },
  "invite.$token.tsx": { who: "buyer", path: () => "/invite/inv_not-a-token" },
  "lang.tsx": { who: "anon", path: () => "/lang" },
  "login.tsx": { who: "anon", path: () => "/login" },
  "logout.tsx": { who: "supplier", path: () => "/logout" },
  "my.account.tsx": { who: "supplier", path: () => "/my/account" },
  "my.agenda.tsx": { who: "supplier", path: () => "/my/agenda" },
  "my.buyer-profile.tsx": { who: "buyer", path: () => "/my/buyer-profile" },
  "my.email.tsx": { who: "supplier", path: () => "/my/email" },
  "my.events.$id.tsx": { who: "supplier", path: () => `/my/events/${ids.event}` },
  "my.meeting-requests.tsx": { who: "buyer", path: () => "/my/meeting-requests" },
  "my.messages.$id.tsx": { who: "buyer", path: () => `/my/messages/${ids.thread}` },
  "my.messages.new.tsx": { who: "buyer", path: () => "/my/messages/new" },
  "my.notifications.tsx": { who: "supplier", path: () => "/my/notifications" },
  "my.organisation.tsx": { who: "supplier", path: () => "/my/organisation" },
  "my.profile.tsx": { who: "supplier", path: () => "/my/profile" },
  "my.requests.$ref.tsx": { who: "buyer", path: () => "/my/requests/R-1" },
  "my.requests.$ref_.edit.tsx": { who: "buyer", path: () => "/my/requests/R-1/edit" },
  "my.requests._index.tsx": { who: "buyer", path: () => "/my/requests" },
  "my.requests.new.tsx": { who: "buyer", path: () => "/my/requests/new" },
  "my.schemes.tsx": { who: "supplier", path: () => "/my/schemes" },
  "my.shortlists.tsx": { who: "buyer", path: () => "/my/shortlists" },
  "publication.$year.tsx": { who: "organiser", path: () => "/publication/2026" },
  "register.tsx": { who: "anon", path: () => "/register" },
  "requests.$ref.tsx": { who: "supplier", path: () => "/requests/R-1" },
  "reset-password.$token.tsx": { who: "anon", path: () => "/reset-password/rst_not-a-token" },
  "verify-email.$token.tsx": { who: "anon", path: () => "/verify-email/not-a-token" },
};

const BOUNDARY = "----cnhtSweepBoundary7MA4YWxkTrZu0gW";
const enc = new TextEncoder();
// Bytes no form encoding produces: invalid UTF-8, NUL, a stray percent escape, a lone CR.
const GARBAGE = new Uint8Array([
  0xff, 0xfe, 0x00, 0x25, 0x5a, 0x5a, 0x3d, 0x26, 0xc3, 0x28, 0x0d, 0x80, 0x7f, 0xf0, 0x9f,
]);
const MULTIPART = enc.encode(
  [
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="intent"',
    "",
    "no-such-intent",
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="file"; filename="x.bin"',
    "Content-Type: application/octet-stream",
    "",
    "\u0001\u0002\u0003",
    `--${BOUNDARY}--`,
    "",
  ].join("\r\n"),
);

const BODIES: { name: string; type: string | null; body: Uint8Array<ArrayBuffer> | null }[] = [
  {
    name: "a URL-encoded form",
    type: "application/x-www-form-urlencoded",
    body: enc.encode("intent=no-such-intent&x=1"),
  },
  { name: "a multipart form", type: `multipart/form-data; boundary=${BOUNDARY}`, body: MULTIPART },
  { name: "an empty URL-encoded form", type: "application/x-www-form-urlencoded", body: new Uint8Array() },
  {
    name: "an empty multipart form",
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: new Uint8Array(),
  },
  { name: "no body at all", type: null, body: null },
  { name: "garbage as URL-encoded", type: "application/x-www-form-urlencoded", body: GARBAGE },
  { name: "garbage as multipart", type: `multipart/form-data; boundary=${BOUNDARY}`, body: GARBAGE },
  { name: "multipart without a boundary", type: "multipart/form-data", body: MULTIPART },
  { name: "garbage as octet-stream", type: "application/octet-stream", body: GARBAGE },
];

// Actions for which a redirect is the right answer to any readable form, and why.
const REDIRECT_IS_RIGHT: Record<string, string> = {
  "logout.tsx": "no field: any form is the button pressed",
  "my.email.tsx": "no field: sends the verification mail again",
  "events.$id.tsx": "registering for the fair, with an optional note",
  "my.notifications.tsx": "a form without an id is 'mark all as read'",
  "admin.events.$id_.participants.$pid.tsx": "every field optional: blank clears the availability",
  "admin.import_.sheet.tsx":
    "answers from the pending upload, not the body: without one, back to the upload page saying it expired",
};

/** The toast a redirect carries (the signed `__toast` flash cookie), as its JSON text. */
function toastOf(res: Response): string {
  for (const c of res.headers.getSetCookie()) {
    const m = /^__toast=([^;]*)/.exec(c);
    if (!m) continue;
    const value = decodeURIComponent(m[1]);
    return Buffer.from(value.slice(0, value.lastIndexOf(".")), "base64").toString("utf8");
  }
  return "";
}

/**
 * What is wrong with the answer, or null when it refuses properly: a 4xx whose body says
 * something, or the site's post-redirect-get with an error toast (the form's page says it).
 */
async function problem(route: string, res: Response): Promise<string | null> {
  const body = await res.text();
  const status = res.status;
  if (status >= 400 && status < 500) {
    if (!body.trim()) return `${status} with an empty body`;
    if (/Unexpected Server Error|Could not parse content/.test(body))
      return `${status} ${body.slice(0, 200)}`;
    return null;
  }
  if (status >= 300 && status < 400) {
    if (route in REDIRECT_IS_RIGHT) return null;
    if (/"kind":"error"/.test(toastOf(res))) return null;
    return `${status} to ${res.headers.get("location")} without an error toast`;
  }
  return `${status} ${body.slice(0, 200)}`;
}

beforeAll(async () => {
  t = await freshDb();
  const supplierOrg = await seedOrg(t.db, { ref: "S-A", kind: "supplier" });
  const buyerOrg = await seedOrg(t.db, { ref: "B-A", kind: "buyer" });
  const logins: [Exclude<Who, "anon">, string, number | undefined][] = [];
  for (let i = 0; i < 3; i++) {
    logins.push(["organiser", `org${i}@example.com`, undefined]);
    logins.push(["supplier", `sup${i}@example.com`, supplierOrg]);
    logins.push(["buyer", `buy${i}@example.com`, buyerOrg]);
  }
  for (const [role, email, orgId] of logins) await seedUser(t.db, { email, role, orgId });
  await t.db
    .insertInto("sourcingRequests")
    .values({ ref: "R-1", buyerOrgId: buyerOrg, titleEn: "Brackets" })
    .execute();
  ids.event = await createEvent(t.db, BASE, null);
  const part = await approvedParticipants(t.db, ids.event, { s: supplierOrg, b: buyerOrg });
  ids.participant = part.s;
  ids.thread = await insertedId(t.db, "messageThreads", {
    buyerOrgId: buyerOrg,
    supplierOrgId: supplierOrg,
    subject: "Hello",
  });
  ids.news = await insertedId(t.db, "newsArticles", {
    slug: "sweep",
    titleVi: "Tin",
    titleEn: "News",
    bodyVi: "Nội dung",
    bodyEn: "Body",
  });
  ids.scheme = await insertedId(t.db, "supportSchemes", {
    nameVi: "Hỗ trợ ISO 9001",
    nameEn: "ISO 9001 support",
    kind: "management_system",
    standard: "iso9001",
    budget: 100_000_000,
    opensOn: "2026-01-01",
    closesOn: "2030-12-31",
    archivedAt: null,
    createdBy: null,
  });
  server = await startServer({ databasePath: t.file });
  for (const [role, email] of logins) {
    const c = new Client(server.url);
    await c.login(email, PASSWORD);
    clients[role].push(c);
  }
}, 240_000);
afterAll(() => closeAll(server, t));

describe("the route list is complete", () => {
  it("every route file with an action is swept, and every swept route still has one", () => {
    const withAction = fs
      .readdirSync(ROUTES)
      .filter((f) =>
        /export (async function |const |\{[^}]*\b)action\b/.test(
          fs.readFileSync(path.join(ROUTES, f), "utf8"),
        ),
      )
      .sort();
    expect(Object.keys(TARGETS).sort()).toEqual(withAction);
  });
});

describe.each(Object.entries(TARGETS))("POST to %s", (route, target) => {
  it("refuses every body of the wrong kind and says so, never a 500", async () => {
    let turn = 0;
    const problems: string[] = [];
    for (const b of BODIES) {
      // Logged-in routes take turns between the role's users; logout ends the session it is
      // sent with, so it gets a fresh one each time.
      let client: Client;
      if (target.who === "anon") client = new Client(server.url);
      else if (route === "logout.tsx") {
        client = new Client(server.url);
        await client.login("sup2@example.com", PASSWORD);
      } else client = clients[target.who][turn++ % clients[target.who].length];
      const headers: Record<string, string> = { Origin: server.url };
      if (b.type) headers["Content-Type"] = b.type;
      const res = await client.request(target.path(), { method: "POST", headers, body: b.body ?? undefined });
      const p = await problem(route, res);
      if (p) problems.push(`${b.name}: ${p}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
