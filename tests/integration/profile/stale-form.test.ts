import { describe, expect, it } from "vitest";
import { storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { seedOrg, seedUser, loggedIn, type Client } from "../auth/client";
import { postMultipart, supplierForm } from "./forms";

// Low finding of issue 10: a profile or request form opened before someone else saved silently
// overwrote the newer save. Now the save is refused ("changed by someone else"), nothing is
// written, the user's input stays in the form, and saving again is a deliberate overwrite.

const as = (email: string) => loggedIn(t.url, email);
const versionIn = (html: string) => /name="version" value="([^"]+)"/.exec(html)?.[1];

/** Two people open the same form before either saves: both are given the same version. */
async function versionsOnOpening(a: Client, b: Client, path: string) {
  const first = versionIn(await (await a.get(path)).text());
  const second = versionIn(await (await b.get(path)).text());
  expect(first).toBeTruthy();
  expect(second).toBe(first);
  return [first, second];
}
const decode = (html: string) => html.replaceAll("<!-- -->", "").replaceAll("&amp;", "&");

const t = serverSuite(async (db) => {
  const supplier = await seedOrg(db, { ref: "S-00001", kind: "supplier", taxCode: "0100000001" });
  const buyer = await seedOrg(db, { ref: "B-001", kind: "buyer" });
  await seedUser(db, { email: "owner@example.com", role: "supplier", orgId: supplier });
  await seedUser(db, { email: "colleague@example.com", role: "supplier", orgId: supplier, owner: false });
  await seedUser(db, { email: "buyer1@example.com", role: "buyer", orgId: buyer });
  await seedUser(db, { email: "buyer2@example.com", role: "buyer", orgId: buyer, owner: false });
});

const nameVi = () => storedValue(t.db, "organisations", { ref: "S-00001" }, "nameVi");

describe("a stale form never overwrites a newer save", () => {
  it("supplier profile: refused with the user's input kept; saving again then overwrites on purpose", async () => {
    const owner = await as("owner@example.com");
    const colleague = await as("colleague@example.com");
    const [ownerVersion, colleagueVersion] = await versionsOnOpening(owner, colleague, "/my/profile");

    const saved = await postMultipart(
      colleague,
      "/my/profile",
      supplierForm({ nameVi: "Bản của đồng nghiệp", version: colleagueVersion! }),
    );
    expect(saved.status).toBe(302);

    const stale = await postMultipart(
      owner,
      "/my/profile",
      supplierForm({ nameVi: "Bản của chủ doanh nghiệp", version: ownerVersion! }),
    );
    expect(stale.status).toBe(409);
    const html = decode(await stale.text());
    expect(html).toContain("Someone else changed this since you opened the form");
    expect(html).toContain('value="Bản của chủ doanh nghiệp"'); // nothing the user typed is lost
    expect(await nameVi()).toBe("Bản của đồng nghiệp"); // and nothing was written
    const newer = versionIn(html);
    expect(newer).toBeTruthy();
    expect(newer).not.toBe(ownerVersion);

    const again = await postMultipart(
      owner,
      "/my/profile",
      supplierForm({ nameVi: "Bản của chủ doanh nghiệp", version: newer! }),
    );
    expect(again.status).toBe(302);
    expect(await nameVi()).toBe("Bản của chủ doanh nghiệp");
  });

  it("sourcing request: the same for two buyers of one organisation", async () => {
    const b1 = await as("buyer1@example.com");
    const b2 = await as("buyer2@example.com");
    const form = (over: Record<string, string>) => ({
      intent: "save",
      titleEn: "Injection moulded PA66 housings",
      processes: "injection moulding",
      materials: "PA66",
      visibility: "public",
      ...over,
    });
    const created = await b1.post("/my/requests/new", form({}));
    expect(created.status).toBe(302);
    const ref = created.headers.get("Location")!.split("/").pop()!;
    const [v1, v2] = await versionsOnOpening(b1, b2, `/my/requests/${ref}/edit`);
    expect(
      (await b2.post(`/my/requests/${ref}/edit`, form({ titleEn: "Second buyer's title", version: v2! })))
        .status,
    ).toBe(302);
    const stale = await b1.post(
      `/my/requests/${ref}/edit`,
      form({ titleEn: "First buyer's title", version: v1! }),
    );
    expect(stale.status).toBe(409);
    const html = decode(await stale.text());
    expect(html).toContain("Someone else changed this since you opened the form");
    expect(html).toContain("First buyer&#x27;s title");
    const title = () => storedValue(t.db, "sourcingRequests", { ref }, "titleEn");
    expect(await title()).toBe("Second buyer's title");
    const again = await b1.post(
      `/my/requests/${ref}/edit`,
      form({ titleEn: "First buyer's title", version: versionIn(html)! }),
    );
    expect(again.status).toBe(302);
    expect(await title()).toBe("First buyer's title");
  });

  it("buyer profile: the same", async () => {
    const b1 = await as("buyer1@example.com");
    const b2 = await as("buyer2@example.com");
    const [v1, v2] = await versionsOnOpening(b1, b2, "/my/buyer-profile");
    expect(
      (
        await b2.post("/my/buyer-profile", {
          nameEn: "Sakura Precision Vietnam",
          country: "JP",
          version: v2!,
        })
      ).status,
    ).toBe(302);
    const stale = await b1.post("/my/buyer-profile", {
      nameEn: "Sakura Seimitsu VN",
      country: "JP",
      version: v1!,
    });
    expect(stale.status).toBe(409);
    const html = decode(await stale.text());
    expect(html).toContain("Someone else changed this since you opened the form");
    expect(html).toContain('value="Sakura Seimitsu VN"');
    const name = () => storedValue(t.db, "organisations", { ref: "B-001" }, "nameEn");
    expect(await name()).toBe("Sakura Precision Vietnam");
    expect(
      (
        await b1.post("/my/buyer-profile", {
          nameEn: "Sakura Seimitsu VN",
          country: "JP",
          version: versionIn(html)!,
        })
      ).status,
    ).toBe(302);
    expect(await name()).toBe("Sakura Seimitsu VN");
  });
});
