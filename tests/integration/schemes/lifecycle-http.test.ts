import { describe, expect, it } from "vitest";
import { Client } from "../auth/client";
import { storedValue } from "../../helpers/db";
import { PDF, SCHEME_FORM, schemeSuite } from "./fixture";

// An application's life after it is submitted, and editing a scheme, on the built server with a
// real SQLite file: organisers ask for more information (the firm is notified in the app and by
// mail), the firm answers with a document (organisers are notified), another firm can neither
// answer nor withdraw it, the firm withdraws; two organisers editing at once get a 409 and the
// audit row keeps each changed field before and after.
const { t, firms, org, s1, s2, post } = schemeSuite();
let schemeId = 0;
let appId = 0;

const headers = () => ({ Origin: t.url });
const multipart = (c: Client, fields: Record<string, string>, file?: Uint8Array<ArrayBuffer>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (file) fd.append("documents", new Blob([file]), "answer.pdf");
  return c.request("/my/schemes", { method: "POST", body: fd, headers: headers() });
};
const scheme = SCHEME_FORM;

describe("a scheme application's life", () => {
  it("a firm applies; an organiser asks for more information and the firm is told in the app and by mail", async () => {
    const created = await post(org, "/admin/schemes", scheme);
    expect(created.status).toBe(302);
    schemeId = Number(/\/admin\/schemes\/(\d+)/.exec(created.headers.get("location")!)![1]);
    expect((await multipart(s1, { schemeId: String(schemeId), note: "n" }, PDF)).status).toBe(302);
    appId = (await t.db.selectFrom("schemeApplications").select("id").executeTakeFirstOrThrow()).id;
    const empty = await post(org, `/admin/schemes/${schemeId}`, {
      intent: "ask",
      applicationId: String(appId),
      question: " ",
    });
    expect(empty.status).toBe(400);
    const ask = await post(org, `/admin/schemes/${schemeId}`, {
      intent: "ask",
      applicationId: String(appId),
      question: "Please add the consultant's contract.",
    });
    expect(ask.status).toBe(302);
    const again = await post(org, `/admin/schemes/${schemeId}`, {
      intent: "ask",
      applicationId: String(appId),
      question: "x",
    });
    expect(again.status).toBe(400);
    const note = await t.db.selectFrom("notifications").select(["kind", "link"]).execute();
    expect(note).toEqual([{ kind: "scheme_info_request", link: `/my/schemes#scheme-${schemeId}` }]);
    const mail = await t.db
      .selectFrom("mailOutbox")
      .select(["kind", "toAddress", "body"])
      .where("kind", "=", "scheme_info_request")
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.toAddress).toBe("s1@example.com");
    expect(mail[0]!.body).toContain("Please add the consultant's contract.");
    expect(await (await s1.get("/my/schemes")).text()).toContain(
      "Please add the consultant&#x27;s contract.",
    );
  });

  it("another firm cannot answer or withdraw it; the firm answers with a document and organisers are told", async () => {
    expect(
      (await multipart(s2, { intent: "answer", applicationId: String(appId), answer: "mine" })).status,
    ).toBe(404);
    expect((await multipart(s2, { intent: "withdraw", applicationId: String(appId) })).status).toBe(404);
    expect(
      (await multipart(s1, { intent: "answer", applicationId: String(appId), answer: " " })).status,
    ).toBe(400);
    const ok = await multipart(
      s1,
      { intent: "answer", applicationId: String(appId), answer: "Attached." },
      PDF,
    );
    expect(ok.status).toBe(302);
    const req = await t.db
      .selectFrom("schemeInfoRequests")
      .select(["answer", "answeredAt"])
      .executeTakeFirstOrThrow();
    expect(req.answer).toBe("Attached.");
    const docs = await t.db.selectFrom("schemeDocuments").select("infoRequestId").orderBy("id").execute();
    expect(docs.map((d) => d.infoRequestId === null)).toEqual([true, false]);
    const orgUser = await t.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "org@example.com")
      .executeTakeFirstOrThrow();
    const told = await t.db
      .selectFrom("notifications")
      .select(["kind", "link"])
      .where("userId", "=", orgUser.id)
      .execute();
    expect(told).toEqual([{ kind: "scheme_info_answer", link: `/admin/schemes/${schemeId}` }]);
  });

  it("the firm withdraws; a withdrawn application is neither decided nor withdrawn twice; all audited", async () => {
    expect((await multipart(s1, { intent: "withdraw", applicationId: String(appId) })).status).toBe(302);
    expect((await multipart(s1, { intent: "withdraw", applicationId: String(appId) })).status).toBe(400);
    const approve = await post(org, `/admin/schemes/${schemeId}`, {
      intent: "approve",
      applicationId: String(appId),
      amount: "1000",
    });
    expect(approve.status).toBe(400);
    const row = await t.db
      .selectFrom("schemeApplications")
      .select(["status", "withdrawnAt"])
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("submitted");
    expect(row.withdrawnAt).not.toBeNull();
    const actions = (await t.db.selectFrom("auditLog").select("action").orderBy("id").execute()).map(
      (r) => r.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(["scheme_info_request", "scheme_info_answer", "scheme_withdraw"]),
    );
  });

  it("after withdrawing, the firm applies again while the scheme is open: the same application's next round, the earlier one kept", async () => {
    const apply = (c: Client, note: string) => multipart(c, { schemeId: String(schemeId), note }, PDF);
    const app = () =>
      t.db
        .selectFrom("schemeApplications")
        .select(["id", "status", "withdrawnAt", "round", "note"])
        .where("orgId", "=", firms.firm1)
        .executeTakeFirstOrThrow();
    // Without documents: a clear error, and the application stays withdrawn.
    const bare = await multipart(s1, { schemeId: String(schemeId), note: "again" });
    expect(bare.status).toBe(400);
    expect((await app()).withdrawnAt).not.toBeNull();

    expect((await apply(s1, "Second try, with the consultant's contract.")).status).toBe(302);
    expect(await app()).toMatchObject({
      id: appId,
      status: "submitted",
      withdrawnAt: null,
      round: 2,
      note: "Second try, with the consultant's contract.",
    });
    // An application that is not withdrawn is not submitted twice.
    expect((await apply(s1, "third")).status).toBe(400);
    expect((await app()).round).toBe(2);
    const docs = await t.db
      .selectFrom("schemeDocuments")
      .select(["round", "infoRequestId"])
      .orderBy("id")
      .execute();
    expect(docs.map((d) => [d.round, d.infoRequestId === null])).toEqual([
      [1, true],
      [1, false],
      [2, true],
    ]);
    const details = await storedValue(t.db, "auditLog", { action: "scheme_reapply" }, "details");
    expect(JSON.parse(String(details))).toMatchObject({
      round: 2,
      previous: { note: "n", withdrawnAt: expect.any(String) },
    });
    // The firm's page shows the new submission with the first one folded away as history.
    const page = await (await s1.get("/my/schemes")).text();
    expect(page).toContain('data-earlier-round="1"');
    expect(page).not.toContain('data-earlier-round="2"');
  });

  it("a question left open by a withdrawal does not carry over into the next round", async () => {
    const ask = (q: string) =>
      post(org, `/admin/schemes/${schemeId}`, { intent: "ask", applicationId: String(appId), question: q });
    expect((await ask("Which certification body?")).status).toBe(302);
    expect((await multipart(s1, { intent: "withdraw", applicationId: String(appId) })).status).toBe(302);
    expect((await multipart(s1, { schemeId: String(schemeId), note: "third" }, PDF)).status).toBe(302);
    // Round 3 has no open question: the firm cannot answer the old one, the organiser may ask anew.
    const answer = await multipart(s1, { intent: "answer", applicationId: String(appId), answer: "late" });
    expect(answer.status).toBe(400);
    expect((await ask("Which certification body, please?")).status).toBe(302);
    const rounds = await t.db
      .selectFrom("schemeInfoRequests")
      .select(["round", "answeredAt"])
      .orderBy("id")
      .execute();
    expect(rounds.map((r) => [r.round, r.answeredAt === null])).toEqual([
      [1, false],
      [2, true],
      [3, true],
    ]);
    // Decided, it is not applied to again, and the budget counts it once.
    expect(
      (
        await post(org, `/admin/schemes/${schemeId}`, {
          intent: "approve",
          applicationId: String(appId),
          amount: "1000",
        })
      ).status,
    ).toBe(302);
    expect((await multipart(s1, { intent: "withdraw", applicationId: String(appId) })).status).toBe(400);
    expect((await multipart(s1, { schemeId: String(schemeId), note: "fourth" }, PDF)).status).toBe(400);
    const rows = await t.db.selectFrom("schemeApplications").select(["status", "amount", "round"]).execute();
    expect(rows).toEqual([{ status: "approved", amount: 1000, round: 3 }]);
  });
});

describe("editing a scheme", () => {
  it("a stale version is refused with 409 and the typed values are kept; the audit row has before and after", async () => {
    const v1 = (await t.db.selectFrom("supportSchemes").select("version").executeTakeFirstOrThrow()).version;
    const first = await post(org, `/admin/schemes/${schemeId}`, {
      ...scheme,
      intent: "edit",
      version: String(v1),
      budget: "2000000",
    });
    expect(first.status).toBe(302);
    const second = await post(org, `/admin/schemes/${schemeId}`, {
      ...scheme,
      intent: "edit",
      version: String(v1),
      nameEn: "Mine",
    });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('value="Mine"');
    const row = await t.db
      .selectFrom("supportSchemes")
      .select(["budget", "nameEn", "version"])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ budget: 2_000_000, nameEn: "ISO 9001 support", version: v1 + 1 });
    const details = await storedValue(t.db, "auditLog", { action: "scheme_update" }, "details");
    expect(JSON.parse(details!).changes).toEqual({ budget: { before: 1_000_000, after: 2_000_000 } });
  });

  it("archive hides the scheme from firms that did not apply; restore brings it back", async () => {
    expect((await post(org, `/admin/schemes/${schemeId}`, { intent: "archive" })).status).toBe(302);
    expect(await (await s2.get("/my/schemes")).text()).not.toContain("ISO 9001 support");
    expect((await post(org, `/admin/schemes/${schemeId}`, { intent: "restore" })).status).toBe(302);
    expect(await (await s2.get("/my/schemes")).text()).toContain("ISO 9001 support");
  });
});

describe('the public profile\'s "Supported by the programme" panel', () => {
  it("shows an approval under a scheme marked as a recognition, and nothing for one that is not", async () => {
    const profile = async () => (await new Client(t.url).get("/suppliers/S-2")).text();
    expect(await profile()).not.toContain('id="programme-support"');
    // A scheme without recognition: approved, yet not shown on the profile.
    const plain = await post(org, "/admin/schemes", {
      ...scheme,
      nameEn: "Training grant",
      kind: "training",
    });
    const plainId = Number(/\/admin\/schemes\/(\d+)/.exec(plain.headers.get("location")!)![1]);
    const recognised = await post(org, "/admin/schemes", {
      ...scheme,
      nameVi: "Lean pilot 2027",
      nameEn: "Lean pilot 2027",
      recognition: "on",
    });
    expect(recognised.status).toBe(302);
    const recId = Number(/\/admin\/schemes\/(\d+)/.exec(recognised.headers.get("location")!)![1]);
    for (const id of [plainId, recId]) {
      expect((await multipart(s2, { schemeId: String(id), note: "n" }, PDF)).status).toBe(302);
      const app = await t.db
        .selectFrom("schemeApplications")
        .select("id")
        .where("schemeId", "=", id)
        .executeTakeFirstOrThrow();
      const ok = await post(org, `/admin/schemes/${id}`, {
        intent: "approve",
        applicationId: String(app.id),
        amount: "1000",
      });
      expect(ok.status).toBe(302);
    }
    const html = await profile();
    expect(html).toContain('id="programme-support"');
    expect(html).toContain("Lean pilot 2027");
    expect(html).not.toContain("Training grant");
  });
});
