import { beforeAll, describe, expect, it } from "vitest";

// apiHandler: what a client of the JSON API sees when a handler throws. Imported after
// LOG_LEVEL is set so that the expected error log line stays out of the test output.
let api: typeof import("../../../app/utils/api.server");
beforeAll(async () => {
  process.env.LOG_LEVEL = "silent";
  api = await import("../../../app/utils/api.server");
});

const args = () => ({ request: new Request("http://portal.test/api/v1/things") });

describe("apiHandler", () => {
  it("turns an unexpected exception into a JSON 500 without its message or stack", async () => {
    const res = await api.apiHandler(async () => {
      throw new Error("SQLITE_CORRUPT at /srv/portal/db/queries/x.ts:12");
    })(args());
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: expect.any(String) } });
    expect(text).not.toMatch(/SQLITE|\.ts:|at /);
  });

  it("passes thrown Responses through: API errors, guards' 401/403", async () => {
    const res = await api.apiHandler(async () => {
      throw api.apiError(403, "forbidden", "Organisers only.");
    })(args());
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: "forbidden", message: "Organisers only." } });
  });

  it("intParam names the parameter and its bounds", () => {
    const url = new URL("http://portal.test/api/v1/suppliers?limit=1000");
    try {
      api.intParam(url, "limit", { def: 20, min: 1, max: 100 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Response);
      expect((e as Response).status).toBe(400);
    }
  });
});
