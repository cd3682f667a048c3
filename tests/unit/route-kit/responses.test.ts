import { describe, expect, it } from "vitest";
import { badRequest, forbidden, idParam, invariantResponse, notFound } from "../../../app/utils/responses";
import { fieldMessage, translateFieldMessage, translator } from "../../../app/modules/i18n";

async function thrown(fn: () => unknown): Promise<Response> {
  try {
    fn();
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
  throw new Error("nothing was thrown");
}

describe("route kit responses", () => {
  it("invariantResponse passes a truthy condition through and narrows it", () => {
    const firm: { ref: string } | undefined = { ref: "F1" };
    invariantResponse(firm, "Not found", { status: 404 });
    expect(firm.ref).toBe("F1");
  });

  it("invariantResponse throws a Response with the status, message and extra headers", async () => {
    const res = await thrown(() =>
      invariantResponse(0, "Đã hết chỗ", { status: 409, headers: { "Retry-After": "60" } }),
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toBe("Đã hết chỗ");
    expect(res.headers.get("Retry-After")).toBe("60");
    expect(res.headers.get("Content-Type")).toMatch(/text\/plain/);
  });

  it("defaults to 400 and builds a lazy message only when the check fails", async () => {
    let built = 0;
    const msg = () => `built ${++built}`;
    invariantResponse(true, msg);
    expect(built).toBe(0);
    const res = await thrown(() => invariantResponse(null, msg));
    expect(res.status).toBe(400);
    expect(await res.text()).toBe("built 1");
  });

  it("notFound, forbidden and badRequest throw their statuses", async () => {
    expect((await thrown(() => notFound())).status).toBe(404);
    expect(await (await thrown(() => notFound("Không có"))).text()).toBe("Không có");
    expect((await thrown(() => forbidden())).status).toBe(403);
    expect((await thrown(() => badRequest())).status).toBe(400);
  });

  it("idParam accepts positive whole numbers only", async () => {
    expect(idParam("12")).toBe(12);
    for (const bad of [undefined, "", "0", "-1", "1.5", "1e3", "12abc", "99999999999999999999"])
      expect((await thrown(() => idParam(bad))).status).toBe(404);
  });
});

describe("field messages", () => {
  it("encodes a key with one variable and reads it back in each language", () => {
    const m = fieldMessage("auth.error.tooLong", { max: 320 });
    expect(m).toBe("auth.error.tooLong|max=320");
    expect(fieldMessage("auth.error.required")).toBe("auth.error.required");
    const vi = translateFieldMessage(translator("vi"), m);
    const en = translateFieldMessage(translator("en"), m);
    expect(vi).toContain("320");
    expect(en).toContain("320");
    expect(vi).not.toBe(en);
    expect(translateFieldMessage(translator("en"), "auth.error.required")).not.toBe("auth.error.required");
  });
});
