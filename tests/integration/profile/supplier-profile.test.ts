import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { refusedPage } from "../../helpers/html";
import { storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, seedOrg, seedUser, loggedIn } from "../auth/client";
import { snapshot } from "../import/snapshot";
import { PDF, PNG, postMultipart, supplierForm } from "./forms";
import { todayInHanoi } from "../../../app/modules/clock";

// /my/profile against the started server on a real SQLite file: save, validation (the form
// comes back filled), ownership, verification removed by a certificate edit, upload checks,
// certificate files for the firm and organisers only.
/** The directory tables' contents; of the search outbox only its row count (the worker marks rows done meanwhile). */
const state = async () => {
  const s = await snapshot(t.fresh);
  return { ...s, search_outbox: s.search_outbox.split(":")[0] };
};
let idA: number;
let idB: number;
const uploads = () => path.join(t.fresh.dir, "uploads");
const uploadCount = () =>
  fs.existsSync(uploads()) ? fs.readdirSync(uploads()).filter((f) => f.includes(".")).length : 0;

const as = (email: string) => loggedIn(t.url, email);
/** The firm's organisations row as stored now. */
const orgRow = (id: number) =>
  t.db.selectFrom("organisations").where("id", "=", id).selectAll().executeTakeFirstOrThrow();
/** The stored file of the firm's (only) certificate. */
const certFile = (orgId: number) => storedValue(t.db, "certifications", { orgId }, "filePath");

const t = serverSuite(async (db) => {
  idA = await seedOrg(db, { ref: "S-00001", kind: "supplier", taxCode: "0100000001" });
  idB = await seedOrg(db, { ref: "S-00002", kind: "supplier", taxCode: "0100000002" });
  const buyer = await seedOrg(db, { ref: "B-001", kind: "buyer" });
  await seedUser(db, { email: "a@example.com", role: "supplier", orgId: idA });
  await seedUser(db, { email: "b@example.com", role: "supplier", orgId: idB });
  await seedUser(db, { email: "buyer@example.com", role: "buyer", orgId: buyer });
  await seedUser(db, { email: "org@example.com", role: "organiser" });
});

beforeAll(async () => {
  // The search worker's first round queues every supplier of an empty index; let it finish so
  // that the outbox rows a test sees are its own.
  for (let i = 0; i < 100; i++) {
    const done = await t.db.selectFrom("searchOutbox").where("doneAt", "is not", null).select("id").execute();
    if (done.length >= 2) break;
    await new Promise((r) => setTimeout(r, 50));
  }
});

describe("saving the profile", () => {
  it("writes every field through the importer's path, with outbox row and audit entry", async () => {
    const a = await as("a@example.com");
    const outboxBefore = await t.db
      .selectFrom("searchOutbox")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirst();
    const res = await postMultipart(
      a,
      "/my/profile",
      supplierForm({ "certifications[0].file": { name: "iso.pdf", type: "application/pdf", bytes: PDF } }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/my/profile");

    const org = await orgRow(idA);
    expect(org).toMatchObject({
      nameVi: "Công ty TNHH Cơ khí An Phát",
      nameEn: "An Phat Mechanical Co., Ltd",
      website: "anphat.example.vn",
    });
    const p = await t.db
      .selectFrom("supplierProfiles")
      .where("orgId", "=", idA)
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(p).toMatchObject({
      founded: 2008,
      employees: 120,
      industrialZone: "KCN Quang Minh",
      exportMarkets: '["JP","KR"]',
    });
    expect(p.equipment).toContain("Haitian 250");
    expect(p.sector).not.toBeNull();
    const terms = await t.db
      .selectFrom("capabilityTerms")
      .where("orgId", "=", idA)
      .select(["kind", "text", "conceptId"])
      .orderBy("position")
      .execute();
    expect(terms).toContainEqual({ kind: "process", text: "ép nhựa", conceptId: "injection-moulding" });
    expect(terms.filter((x) => x.kind === "material").map((x) => x.text)).toEqual(["nhựa PP", "thép SS400"]);
    const [cert] = await t.db.selectFrom("certifications").where("orgId", "=", idA).selectAll().execute();
    expect(cert).toMatchObject({
      standard: "ISO 9001:2015",
      conceptId: "iso9001",
      validUntil: "2029-06-30",
      issuer: "Quacert",
    });
    expect(cert.filePath).toMatch(/^[0-9a-f]{32}\.pdf$/);
    expect(fs.readFileSync(path.join(uploads(), cert.filePath!))).toEqual(PDF);

    expect(
      await t.db
        .selectFrom("searchOutbox")
        .where("ref", "=", "S-00001")
        .where("id", ">", outboxBefore?.id ?? 0)
        .select("op")
        .execute(),
    ).toEqual([{ op: "upsert" }]);
    const audit = await t.db
      .selectFrom("auditLog")
      .where("action", "=", "profile.update")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(audit.actor).toMatch(/^user:\d+$/);
    expect(audit.entityRef).toBe("S-00001");
    expect(JSON.parse(audit.details!).changed).toEqual(
      expect.arrayContaining([
        "description.en",
        "capabilities.processes",
        "extras.equipment",
        "certifications",
      ]),
    );

    // The public profile shows it, with the recognitions the organisers recorded.
    await t.db
      .insertInto("programmeRecognitions")
      .values({ orgId: idA, kind: "spcncl", product: "Vỏ hộp số", year: 2025, note: null })
      .execute();
    const page = await (await new Client(t.url).get("/suppliers/S-00001")).text();
    expect(page).toContain("Công ty TNHH Cơ khí An Phát");
    expect(page).toContain("Haitian 250");
    expect(page).toContain("Hanoi key industrial product (SPCNCL)");
    expect(page).toContain("Vỏ hộp số");
    // The edit page offers the completeness hints and the stored values.
    const edit = await (await a.get("/my/profile")).text();
    expect(edit).toContain("Profile completeness");
    expect(edit).toContain("Upload your firm&#x27;s logo.");
    expect(edit).not.toContain("Add an English description");
  });

  it("refuses bad input with messages next to the fields, keeps what was typed, writes nothing", async () => {
    const a = await as("a@example.com");
    const before = await state();
    const res = await postMultipart(
      a,
      "/my/profile",
      supplierForm({
        descriptionEn: "Kept <b>text</b> & more",
        taxCode: "12345",
        founded: "nineteen",
        contactEmail: "not-an-email",
        exportMarkets: "Japan",
        "certifications[0].validUntil": "2027-02-30",
        descriptionVi: "x".repeat(5001),
      }),
    );
    const html = await refusedPage(res, 400, [
      "A tax code has 10 or 13 digits.",
      "Enter a whole number.",
      "Enter a valid email address.",
      "Use two-letter country codes (e.g. JP, KR).",
      "Enter a real date (YYYY-MM-DD).",
      "Too long (at most 5000 characters).",
    ]);
    // The form comes back filled, and the text is escaped.
    expect(html).toContain("Kept &lt;b&gt;text&lt;/b&gt; &amp; more");
    expect(html).toContain('value="nineteen"');
    expect(html).toContain("Máy ép nhựa Haitian 250 tấn");
    expect(await state()).toEqual(before);
  });

  it("unknown enum values and forged files are refused", async () => {
    const a = await as("a@example.com");
    const before = await state();
    const res = await postMultipart(
      a,
      "/my/profile",
      supplierForm({ removeLogo: "yes please", "certifications[0].removeFile": "maybe" }),
    );
    expect(res.status).toBe(400);
    expect(await state()).toEqual(before);
  });
});

describe("uploads are checked by size and by their bytes", () => {
  it("refuses a text file named .pdf, an oversized certificate, a PDF as logo and an oversized logo", async () => {
    const a = await as("a@example.com");
    const before = await state();
    const files = uploadCount();
    const cases: [Record<string, { name: string; type: string; bytes: Buffer }>, string][] = [
      [
        {
          "certifications[0].file": {
            name: "fake.pdf",
            type: "application/pdf",
            bytes: Buffer.from("just text, not a PDF"),
          },
        },
        "This type of file is not accepted. Accepted: PDF, PNG, JPEG.",
      ],
      [
        {
          "certifications[0].file": {
            name: "big.png",
            type: "image/png",
            bytes: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]),
          },
        },
        "The file is too large (at most 5 MB).",
      ],
      [
        { logo: { name: "logo.pdf", type: "image/png", bytes: PDF } },
        "This type of file is not accepted. Accepted: PNG, JPEG, WEBP.",
      ],
      [
        {
          logo: {
            name: "logo.png",
            type: "image/png",
            bytes: Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]),
          },
        },
        "The file is too large (at most 1 MB).",
      ],
    ];
    for (const [file, message] of cases)
      await refusedPage(await postMultipart(a, "/my/profile", supplierForm(file)), 400, [message]);
    expect(await state()).toEqual(before);
    expect(uploadCount()).toBe(files);
  });

  it("stores a PNG logo under a random name and serves it publicly", async () => {
    const a = await as("a@example.com");
    const filePath = await certFile(idA);
    const res = await postMultipart(
      a,
      "/my/profile",
      supplierForm({
        "certifications[0].keepFile": filePath!,
        logo: { name: "../../etc/passwd.png", type: "image/png", bytes: PNG },
      }),
    );
    expect(res.status).toBe(302);
    const { logoPath } = await t.db
      .selectFrom("supplierProfiles")
      .where("orgId", "=", idA)
      .select("logoPath")
      .executeTakeFirstOrThrow();
    expect(logoPath).toMatch(/^[0-9a-f]{32}\.png$/);
    const logo = await fetch(`${t.url}/files/logos/S-00001`);
    expect(logo.headers.get("Content-Type")).toBe("image/png");
    expect(Buffer.from(await logo.arrayBuffer())).toEqual(PNG);
  });
});

describe("ownership", () => {
  it("firm B saves its own profile whatever ids it forges, and cannot read firm A's certificate file", async () => {
    const b = await as("b@example.com");
    const aBefore = await orgRow(idA);
    const res = await postMultipart(
      b,
      "/my/profile",
      supplierForm({
        orgId: String(idA),
        ref: "S-00001",
        taxCode: "0100000002",
        nameVi: "Công ty B",
        "certifications[0].keepFile": "0".repeat(32) + ".pdf",
      }),
    );
    expect(res.status).toBe(302);
    expect(await orgRow(idA)).toEqual(aBefore);
    expect((await orgRow(idB)).nameVi).toBe("Công ty B");
    // A kept file that is not B's own is not attached.
    expect(await certFile(idB)).toBeNull();

    // Tax codes stay unique: B cannot take A's.
    const clash = await postMultipart(b, "/my/profile", supplierForm({ taxCode: "0100000001" }));
    expect(clash.status).toBe(400);
    expect(await clash.text()).toContain("This tax code is already registered for another firm");

    const certA = await t.db
      .selectFrom("certifications")
      .where("orgId", "=", idA)
      .select("id")
      .executeTakeFirstOrThrow();
    const url = `/files/certificates/${certA.id}`;
    expect((await b.get(url)).status).toBe(403);
    expect((await (await as("buyer@example.com")).get(url)).status).toBe(403);
    expect((await new Client(t.url).get(url)).status).toBe(302);
    const own = await (await as("a@example.com")).get(url);
    expect(own.status).toBe(200);
    expect(own.headers.get("Content-Type")).toBe("application/pdf");
    expect((await (await as("org@example.com")).get(url)).status).toBe(200);
  });

  it("buyers and anonymous visitors cannot open /my/profile", async () => {
    expect((await (await as("buyer@example.com")).get("/my/profile")).status).toBe(403);
    const anon = await new Client(t.url).get("/my/profile");
    expect(anon.status).toBe(302);
    expect(anon.headers.get("Location")).toContain("/login");
  });
});

describe("verification", () => {
  it("survives an edit that leaves the certificates alone and goes when they change", async () => {
    const a = await as("a@example.com");
    // Keep A's current certificate file on the form, as the page does.
    const filePath = await certFile(idA);
    const form = (over: Record<string, string>) =>
      supplierForm({ "certifications[0].keepFile": filePath!, ...over });
    await t.db
      .updateTable("organisations")
      .set({ verifiedAt: "2026-11-01T00:00:00.000Z" })
      .where("id", "=", idA)
      .execute();

    expect(
      (await postMultipart(a, "/my/profile", form({ capacityNotes: "300.000 chi tiết/tháng" }))).status,
    ).toBe(302);
    expect((await orgRow(idA)).verifiedAt).not.toBeNull();

    const res = await postMultipart(
      a,
      "/my/profile",
      form({ capacityNotes: "300.000 chi tiết/tháng", "certifications[0].validUntil": "2030-01-31" }),
    );
    expect(res.status).toBe(302);
    expect((await orgRow(idA)).verifiedAt).toBeNull();
    const toast = await (await a.get("/my/profile")).text();
    expect(toast).toContain("the organiser&#x27;s verification is removed");
    const audit = await t.db
      .selectFrom("auditLog")
      .where("action", "=", "profile.update")
      .orderBy("id", "desc")
      .select("details")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details!)).toMatchObject({
      verificationRemoved: true,
      changed: ["certifications"],
    });
    // The file was kept across the edit.
    expect(await certFile(idA)).toBe(filePath);
  });
});

it("the taxonomy suggestions answer JSON for the term inputs", async () => {
  const res = await fetch(`${t.url}/taxonomy/suggest?q=ep%20nh&kind=process`, {
    headers: { "Accept-Language": "en" },
  });
  expect(res.headers.get("Content-Type")).toContain("application/json");
  const { suggestions } = (await res.json()) as { suggestions: { id: string; label: string }[] };
  expect(suggestions.map((s) => s.id)).toContain("injection-moulding");
});

it("the completeness hints name what is missing and the certificates about to expire", async () => {
  const a = await as("a@example.com");
  // "today" is Hanoi's date (app/modules/clock.ts): counting from UTC's date failed every evening
  // after 17:00 UTC, when Hanoi is already on the next day.
  const in30 = todayInHanoi(new Date(Date.now() + 30 * 86_400_000));
  const res = await a.request("/my/profile", {
    method: "POST",
    body: (() => {
      const fd = new FormData();
      const fields = supplierForm({
        descriptionEn: "",
        "certifications[0].standard": "ISO 9001",
        "certifications[0].validUntil": in30,
      });
      for (const [k, v] of Object.entries(fields)) if (typeof v === "string") fd.append(k, v);
      return fd;
    })(),
  });
  expect(res.status).toBe(302);
  const html = (await (await a.get("/my/profile")).text()).replaceAll("<!-- -->", "");
  expect(html).toContain("Add an English description — buyers search in English.");
  expect(html).toContain("ISO 9001 expires in 30 days.");
  expect(html).toContain("ISO 9001: upload a copy so the organisers can verify it.");
});

describe("a URL-encoded save (issue 13: it was a 500, 'Could not parse content as FormData')", () => {
  it("is read like the multipart form, with no file in it", async () => {
    const a = await as("a@example.com");
    const form = supplierForm({ website: "urlencoded.example.vn" });
    const text = Object.fromEntries(
      Object.entries(form).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
    const res = await a.post("/my/profile", text);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/my/profile");
    expect(await storedValue(t.db, "organisations", { id: idA }, "website")).toBe("urlencoded.example.vn");
  });
});
