// Issue 15, hostile input over real HTTP against the started server: signed-in users of each role
// send every free-text field of the forms that store what firms and buyers write an overlong
// value, a blank one, control, bidi and zero-width characters, emoji, markup and formula text;
// numbers and dates out of range, unknown choices, duplicated fields, another firm's object in a
// hidden field, lying uploads; and forms gone stale (two people editing, a double submit, an
// expired session). Each must be refused with a 4xx naming the problem and change nothing, or be
// stored clean (invisible characters dropped, decision 640) and shown escaped — never a 500.
import { describe, expect, it } from "vitest";
import { storedRows } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, loggedIn, seedOrg, seedUser } from "../auth/client";

type Form = Record<string, string>;

const SUPPLIER_VALID: Form = { nameVi: "Công ty Cơ khí An", taxCode: "0101234567" };
const BUYER_VALID: Form = { nameEn: "Tokyo Parts", country: "JP" };
const REQUEST_VALID: Form = { titleEn: "Brackets", visibility: "public" };

const t = serverSuite(async (db) => {
  const s = await seedOrg(db, { ref: "S-A", kind: "supplier", taxCode: "0101234567" });
  const b = await seedOrg(db, { ref: "B-A", kind: "buyer" });
  const other = await seedOrg(db, { ref: "B-B", kind: "buyer" });
  for (let i = 0; i < 3; i++) {
    await seedUser(db, { email: `sup${i}@example.com`, role: "supplier", orgId: s });
    await seedUser(db, { email: `buy${i}@example.com`, role: "buyer", orgId: b });
  }
  await seedUser(db, { email: "other@example.com", role: "buyer", orgId: other });
  // Messages are for confirmed members of approved organisations (decision 091).
  const verified = "2026-01-01T00:00:00.000Z";
  await db.updateTable("organisations").set({ verifiedAt: verified }).execute();
  await db.updateTable("users").set({ emailVerifiedAt: verified }).execute();
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  await db
    .insertInto("sourcingRequests")
    .values([
      { ref: "R-1", buyerOrgId: b, titleEn: "Brackets" },
      { ref: "R-2", buyerOrgId: other, titleEn: "Theirs" },
    ])
    .execute();
});

const as = (email: string) => loggedIn(t.url, email);
/** A user of the role, taking turns: the write limit is per user (120 a minute). */
const turn = { sup: 0, buy: 0 };
const supplier = () => as(`sup${turn.sup++ % 3}@example.com`);
const buyer = () => as(`buy${turn.buy++ % 3}@example.com`);

function post(c: Client, path: string, form: Form | FormData | URLSearchParams) {
  const body = form instanceof FormData || form instanceof URLSearchParams ? form : new URLSearchParams(form);
  return c.request(path, { method: "POST", body, headers: { Origin: t.url } });
}
const text = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");

const organisation = () =>
  storedRows(t.db, "organisations", { ref: "S-A" }, [
    "nameVi",
    "nameEn",
    "descriptionVi",
    "website",
    "contactName",
    "contactPhone",
    "updatedAt",
  ]);
const buyerOrg = () =>
  storedRows(t.db, "organisations", { ref: "B-A" }, ["nameEn", "nameVi", "contactName", "updatedAt"]);
const request1 = () =>
  storedRows(t.db, "sourcingRequests", { ref: "R-1" }, [
    "titleEn",
    "titleVi",
    "descriptionEn",
    "annualVolume",
    "targetDate",
    "visibility",
    "updatedAt",
  ]);
const requestCount = async () => (await storedRows(t.db, "sourcingRequests", {}, ["id"])).length;

/** A form that stores what a firm writes: who sends it, where, a valid filling and what it writes. */
interface Target {
  who: () => Promise<Client>;
  path: string;
  valid: Form;
  stored: () => Promise<object[]>;
  /** Free-text fields, and the one a value in no language makes missing (refused when blank). */
  fields: string[];
  required: string;
  /** The page that shows what was stored. */
  shown: string;
}

const TARGETS: Record<string, Target> = {
  "supplier profile": {
    who: supplier,
    path: "/my/profile",
    valid: SUPPLIER_VALID,
    stored: organisation,
    fields: ["nameVi", "nameEn", "descriptionVi", "contactName", "contactPhone", "address", "processes"],
    required: "nameVi",
    shown: "/suppliers/S-A",
  },
  "buyer profile": {
    who: buyer,
    path: "/my/buyer-profile",
    valid: BUYER_VALID,
    stored: buyerOrg,
    fields: ["nameEn", "nameVi", "descriptionEn", "contactName"],
    required: "nameEn",
    shown: "/my/buyer-profile",
  },
  "request edit": {
    who: buyer,
    path: "/my/requests/R-1/edit",
    valid: REQUEST_VALID,
    stored: request1,
    fields: ["titleEn", "titleVi", "descriptionEn", "products"],
    required: "titleEn",
    shown: "/requests/R-1",
  },
};

const LONG = "x".repeat(100_000);
/** What no stored text may hold after cleanTyped: controls other than tab/LF/CR, bidi and zero-width marks. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const HIDDEN = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Characters no one types and no page shows (cleanTyped drops them): nothing is left of them. */
const INVISIBLE = "\u0007\u001b\u202e\u200b\u2066\u0008\u007f\u009b\ufeff";

describe.each(Object.entries(TARGETS))("the %s form", (_, target) => {
  it("refuses an overlong value in each text field, at the field, storing nothing", async () => {
    const before = await target.stored();
    const c = await target.who();
    for (const field of target.fields) {
      const res = await post(c, target.path, { ...target.valid, [field]: LONG });
      expect(res.status, field).toBe(400);
      expect(await text(res), field).toMatch(/Too long \(at most \d+ characters\)/);
    }
    expect(await target.stored()).toEqual(before);
  });

  it("refuses a required name left blank, or made only of spaces or invisible characters", async () => {
    const before = await target.stored();
    const c = await target.who();
    for (const blank of ["", "   \t ", INVISIBLE, `\u00a0${INVISIBLE} `]) {
      const res = await post(c, target.path, { ...target.valid, [target.required]: blank });
      expect(res.status, JSON.stringify(blank)).toBe(400);
    }
    expect(await target.stored()).toEqual(before);
  });

  it("stores text without invisible characters, and shows markup, emoji and formulas as text", async () => {
    const c = await target.who();
    const typed: Form = {};
    for (const [i, field] of target.fields.entries())
      typed[field] = [
        `A${INVISIBLE}B`,
        '"><svg onload=alert(1)><img src=x onerror=alert(1)>',
        "😀🏭👩‍🔧",
        '=HYPERLINK("http://evil.example","x")',
      ][i % 4];
    const res = await post(c, target.path, { ...target.valid, ...typed });
    expect(res.status, await res.clone().text()).toBe(302);
    // Each stored text as it is (JSON would show a control character escaped, never matched).
    const stored = (await target.stored()).flatMap((row) => Object.values(row));
    expect(stored.filter((v) => typeof v === "string" && HIDDEN.test(v))).toEqual([]);
    expect(stored).toContain("AB");
    const page = await text(await c.get(target.shown));
    expect(page).not.toMatch(/<svg onload|<img src=x/);
    expect(page).toContain("😀🏭👩‍🔧");
  });
});

describe("exports", () => {
  it("a name typed as a formula is exported as text, never run by Excel", async () => {
    const formula = '=HYPERLINK("http://evil.example","open")';
    const saved = await post(await supplier(), "/my/profile", {
      ...SUPPLIER_VALID,
      nameEn: formula,
      contactName: "@SUM(1+1)",
    });
    expect(saved.status).toBe(302);
    const csv = await text(await (await as("org@example.com")).get("/suppliers.csv"));
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"",""open"")`);
    expect(csv).not.toMatch(/(^|,)"?[=@+]/m);
  });
});

describe("numbers, dates, choices and field shapes", () => {
  it.each([
    ["employees", "-1"],
    ["employees", "NaN"],
    ["employees", "1e308"],
    ["employees", "99999999999999999999"],
    ["employees", "2.5"],
    ["founded", "99999"],
    ["founded", "1799"],
    ["website", "javascript:alert(1).vn"],
    ["contactEmail", "a@b@c"],
    ["exportMarkets", "XX, <b>"],
    ["taxCode", "=1+1"],
    ["certifications[0].standard", "ISO 9001"],
    ["certifications[0].validUntil", "2026-02-30"],
  ])("the supplier profile refuses %s = %j, storing nothing", async (field, value) => {
    const before = await organisation();
    const c = await supplier();
    const form = { ...SUPPLIER_VALID, [field]: value };
    if (field === "certifications[0].standard") form["certifications[0].validUntil"] = "99999-01-01";
    const res = await post(c, "/my/profile", form);
    expect(res.status).toBe(400);
    expect(await organisation()).toEqual(before);
  });

  it.each([
    ["annualVolume", "-5"],
    ["annualVolume", "Infinity"],
    ["annualVolume", "0x10"],
    ["targetDate", "2026-02-30"],
    ["targetDate", "99999-01-01"],
    ["visibility", "secret"],
    ["requiredCertifications", "no-such-certificate"],
  ])("the request form refuses %s = %j, storing nothing", async (field, value) => {
    const before = await request1();
    const count = await requestCount();
    const c = await buyer();
    for (const path of ["/my/requests/R-1/edit", "/my/requests/new"]) {
      const res = await post(c, path, { ...REQUEST_VALID, [field]: value });
      expect(res.status, path).toBe(400);
    }
    expect(await request1()).toEqual(before);
    expect(await requestCount()).toBe(count);
  });

  it("a field sent twice or as a list where one value is expected is refused or read once, never a 500", async () => {
    const c = await buyer();
    const before = await requestCount();
    for (const body of [
      "titleEn=A&titleEn=B&visibility=public",
      "titleEn[0]=A&titleEn[1]=B&visibility=public",
      "titleEn.x=A&visibility=public",
      "annualVolume=1&annualVolume=2&titleEn=A",
      "visibility=public&visibility=organisers&titleEn=A",
    ]) {
      const res = await post(c, "/my/requests/R-1/edit", new URLSearchParams(body));
      expect(res.status, body).toBeLessThan(500);
      expect([302, 400], body).toContain(res.status);
    }
    expect(await requestCount()).toBe(before);
  });

  it("another buyer's request named in the edit form's address or hidden field is not touched", async () => {
    const theirs = () => storedRows(t.db, "sourcingRequests", { ref: "R-2" }, ["titleEn", "updatedAt"]);
    const before = await theirs();
    const c = await buyer();
    expect((await post(c, "/my/requests/R-2/edit", { ...REQUEST_VALID, titleEn: "Mine now" })).status).toBe(
      404,
    );
    const viaHidden = await post(c, "/my/requests?index", { intent: "close", ref: "R-2" });
    expect(viaHidden.status).toBe(404);
    expect(await theirs()).toEqual(before);
  });
});

describe("uploads", () => {
  const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  it.each([
    ["a zero-byte file", Buffer.alloc(0), "logo.png", "image/png", /Accepted: PNG, JPEG, WEBP/],
    [
      "HTML named .png",
      Buffer.from("<html><script>alert(1)</script></html>"),
      "x.png",
      "image/png",
      /Accepted: PNG, JPEG, WEBP/,
    ],
    [
      "an SVG with a script named .png",
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      "x.png",
      "image/png",
      /Accepted: PNG, JPEG, WEBP/,
    ],
    [
      "a PDF as a logo",
      Buffer.from("%PDF-1.4\n%%EOF"),
      "x.pdf",
      "application/pdf",
      /Accepted: PNG, JPEG, WEBP/,
    ],
    [
      "a 50 MB file",
      Buffer.concat([PNG_HEAD, Buffer.alloc(50 * 1024 * 1024)]),
      "big.png",
      "image/png",
      /too large \(at most 1 MB\)/,
    ],
  ])(
    "the logo refuses %s at the field, storing nothing",
    async (_, bytes, name, type, message) => {
      const before = await storedRows(t.db, "supplierProfiles", {}, ["logoPath"]);
      const org = await organisation();
      const fd = new FormData();
      for (const [k, v] of Object.entries(SUPPLIER_VALID)) fd.append(k, v);
      fd.append("nameEn", "Changed with the logo");
      fd.append("logo", new Blob([new Uint8Array(bytes)], { type }), name);
      const res = await post(await supplier(), "/my/profile", fd);
      expect(res.status).toBe(400);
      expect(await text(res)).toMatch(message);
      expect(await storedRows(t.db, "supplierProfiles", {}, ["logoPath"])).toEqual(before);
      expect(await organisation()).toEqual(org);
    },
    120_000,
  );
});

// Two people saving one profile or request: tests/integration/profile/stale-form.test.ts.
describe("stale forms", () => {
  it("a form sent after its session ended goes to the login page and stores nothing", async () => {
    const c = await supplier();
    const before = await organisation();
    expect((await post(c, "/logout", {})).status).toBe(302);
    const res = await post(c, "/my/profile", { ...SUPPLIER_VALID, nameEn: "After logout" });
    expect([302, 303]).toContain(res.status);
    expect(res.headers.get("location")).toMatch(/^\/login/);
    expect(await organisation()).toEqual(before);
  });

  it("a create form sent twice makes one request", async () => {
    const c = await buyer();
    const before = await requestCount();
    const form = { ...REQUEST_VALID, titleEn: "Sent twice", annualVolume: "5000" };
    const [one, two] = await Promise.all([
      post(c, "/my/requests/new", form),
      post(c, "/my/requests/new", form),
    ]);
    expect([one.status, two.status]).toEqual([302, 302]);
    expect(one.headers.get("location")).toBe(two.headers.get("location"));
    const again = await post(c, "/my/requests/new", form);
    expect(again.headers.get("location")).toBe(one.headers.get("location"));
    expect(await requestCount()).toBe(before + 1);
  });

  it("a message sent twice, at once or again, is added and delivered once", async () => {
    const c = await buyer();
    const form = { to: "S-A", body: "Can you quote 5,000 brackets?" };
    const [one, two] = await Promise.all([
      post(c, "/my/messages/new", form),
      post(c, "/my/messages/new", form),
    ]);
    expect([one.status, two.status]).toEqual([302, 302]);
    const thread = one.headers.get("location")!;
    expect(thread).toMatch(/^\/my\/messages\/\d+$/);
    expect(two.headers.get("location")).toBe(thread);
    for (let i = 0; i < 2; i++)
      expect((await post(c, thread, { intent: "reply", body: "Sent again" })).status).toBe(302);
    const bodies = (await storedRows(t.db, "messages", {}, ["body"])).map((r) => r.body);
    expect(bodies).toEqual([form.body, "Sent again"]);
  });

  it("the new event form sent twice makes one event", async () => {
    const c = await as("org@example.com");
    const events = async () => (await storedRows(t.db, "events", {}, ["id"])).length;
    const before = await events();
    const form = {
      nameVi: "Hội chợ gửi hai lần",
      nameEn: "Fair sent twice",
      venue: "Hanoi",
      status: "draft",
      days: "2027-05-10",
      dayStart: "09:00",
      dayEnd: "17:00",
      breaks: "12:00-13:30",
      meetingMinutes: "20",
      changeoverMinutes: "5",
      tables: "10",
      buyerMaxOpenRequests: "30",
      supplierMaxOpenRequests: "10",
    };
    const [one, two] = await Promise.all([
      post(c, "/admin/events/new", form),
      post(c, "/admin/events/new", form),
    ]);
    expect([one.status, two.status]).toEqual([302, 302]);
    expect(one.headers.get("location")).toMatch(/^\/admin\/events\/\d+$/);
    expect(two.headers.get("location")).toBe(one.headers.get("location"));
    expect(await events()).toBe(before + 1);
    // Another day is another event.
    expect((await post(c, "/admin/events/new", { ...form, days: "2027-05-11" })).status).toBe(302);
    expect(await events()).toBe(before + 2);
  });

  // Decision 701: the rule of decision 641 for the organisers' other create forms.
  it.each([
    [
      "news article",
      "/admin/news",
      "newsArticles",
      {
        titleVi: "Tin gửi hai lần",
        titleEn: "News sent twice",
        bodyVi: "Nội dung",
        bodyEn: "Body",
        publish: "on",
      },
      { bodyEn: "Another body" },
    ],
    [
      "support scheme",
      "/admin/schemes?index",
      "supportSchemes",
      {
        nameVi: "Hỗ trợ gửi hai lần",
        nameEn: "Scheme sent twice",
        kind: "training",
        budget: "1000000",
        opensOn: "2027-01-01",
        closesOn: "2027-06-30",
      },
      { budget: "2000000" },
    ],
  ] as const)("the new %s form sent twice makes one", async (_, path, table, form, changed) => {
    const c = await as("org@example.com");
    const rows = async () => (await storedRows(t.db, table, {}, ["id"])).length;
    const before = await rows();
    const [one, two] = await Promise.all([post(c, path, form), post(c, path, form)]);
    expect([one.status, two.status]).toEqual([302, 302]);
    expect(two.headers.get("location")).toBe(one.headers.get("location"));
    const again = await post(c, path, form);
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe(one.headers.get("location"));
    expect(await rows()).toBe(before + 1);
    // Anything changed is another one (for news, under the same address: refused as taken).
    const other = await post(c, path, { ...form, ...changed });
    if (table === "newsArticles") {
      expect(other.status).toBe(400);
      expect(await text(other)).toMatch(/already|taken|used/i);
      expect(await rows()).toBe(before + 1);
    } else {
      expect(other.status).toBe(302);
      expect(await rows()).toBe(before + 2);
    }
  });
});

// Decision 702: what a script can post to the engagement and matching forms is answered by the
// field at fault, in the reader's language, instead of a message about something else.
describe("messages a script's post gets", () => {
  /** The page a redirect leads to, where its toast is shown. */
  async function landing(c: Client, res: Response) {
    expect([302, 303]).toContain(res.status);
    return text(await c.get(res.headers.get("location") ?? "/"));
  }

  it("an overlong message says it is too long and the limit, for a new conversation and a reply", async () => {
    const c = await buyer();
    const before = (await storedRows(t.db, "messages", {}, ["id"])).length;
    const long = "x".repeat(4001);
    const page = await landing(c, await post(c, "/my/messages/new", { to: "S-A", body: long }));
    expect(page).toContain("The message is too long (at most 4000 characters).");
    expect(page).not.toContain("Write a message first");
    const thread = (await post(c, "/my/messages/new", { to: "S-A", body: "Hello, a quote?" })).headers.get(
      "location",
    )!;
    const reply = await landing(c, await post(c, thread, { intent: "reply", body: long }));
    expect(reply).toContain("The message is too long (at most 4000 characters).");
    expect((await storedRows(t.db, "messages", {}, ["id"])).length).toBe(before + 1);
    // An empty one still says to write one.
    expect(await landing(c, await post(c, thread, { intent: "reply", body: INVISIBLE }))).toContain(
      "Write a message first.",
    );
  });

  it("a blank or overlong shortlist name names the field", async () => {
    const c = await buyer();
    expect(
      await landing(c, await post(c, "/my/shortlists", { intent: "create", name: ` ${INVISIBLE} ` })),
    ).toContain("Give the shortlist a name.");
    expect(
      await landing(c, await post(c, "/my/shortlists", { intent: "create", name: "n".repeat(81) })),
    ).toContain("The shortlist&#x27;s name is too long (at most 80 characters).");
  });

  it("a forged 'not relevant' names what is wrong, in English and in Vietnamese", async () => {
    const c = await buyer();
    const dismiss = (form: Form) => post(c, "/my/requests/R-1", form);
    const cases: [Form, string][] = [
      [{ intent: "dismiss", supplier: "S-A", reason: "bogus" }, "Choose a reason from the list."],
      [
        { intent: "dismiss", supplier: "S-A", reason: "wrong_process", note: "n".repeat(501) },
        "The note is too long (at most 500 characters).",
      ],
      [
        { intent: "dismiss", supplier: "S-NONE", reason: "wrong_process" },
        "There is no such supplier in the directory.",
      ],
      [{ intent: "dismiss", reason: "wrong_process" }, "There is no such supplier in the directory."],
      [{ intent: "explode", supplier: "S-A" }, "This form could not be read; reload the page and try again."],
    ];
    for (const [form, message] of cases) {
      const res = await dismiss(form);
      expect(res.status, JSON.stringify(form)).toBe(400);
      expect(await text(res), JSON.stringify(form)).toContain(message.replaceAll("'", "&#x27;"));
    }
    // The language is the account's choice; set back afterwards (the accounts take turns).
    expect((await post(c, "/lang", { lang: "vi", redirectTo: "/my" })).status).toBe(302);
    const vi = await dismiss({ intent: "dismiss", supplier: "S-A", reason: "bogus" });
    expect((await post(c, "/lang", { lang: "en", redirectTo: "/my" })).status).toBe(302);
    expect(await text(vi)).toContain("Hãy chọn lý do trong danh sách.");
    expect(await storedRows(t.db, "matchDismissals", {}, ["id"])).toEqual([]);
  });
});
