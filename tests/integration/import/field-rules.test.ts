import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, dbEnv } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";
import { formatRejection } from "../../../app/modules/import/validate";
import { decodeUtf8, firstInvalidUtf8 } from "../../../app/modules/import/encoding";
import { isCountryCode, websiteProblem } from "../../../app/modules/directory/web";
import { country, countryList, website } from "../../../app/modules/profile/fields";
import { snapshot } from "./snapshot";

// Low findings of issue 10: `javascript:` accepted as a website, unknown country codes accepted,
// invalid UTF-8 in an import file stored as U+FFFD. Each is refused, in forms and imports alike.

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("websites are http(s) only", () => {
  it.each([
    ["https://cokhi.vn", null],
    ["http://cokhi.vn/san-pham?x=1", null],
    ["cokhi.vn", null],
    ["www.cokhi.com.vn/gioi-thieu", null],
    ["javascript:alert(1)", "must be an http:// or https:// address"],
    ["JavaScript:alert(1).vn", "must be an http:// or https:// address"],
    ["javascript:alert(1)//x.vn", "must be an http:// or https:// address"],
    ["data:text/html,<script>alert(1)</script>", "must be an http:// or https:// address"],
    ["ftp://files.cokhi.vn", "must be an http:// or https:// address"],
    ["https://user:pw@evil.example", "must not contain a user name or password"],
    ["localhost", "must be a web address such as https://example.vn"],
  ])("%s", (v, problem) => {
    expect(websiteProblem(v)).toBe(problem);
    // The profile forms' field agrees.
    expect(website.safeParse(v).success).toBe(problem === null);
  });
});

describe("countries are ISO 3166-1 alpha-2", () => {
  it("knows assigned codes and refuses the rest, in forms too", () => {
    for (const c of ["VN", "JP", "KR", "US", "DE", "TW"]) expect(isCountryCode(c)).toBe(true);
    for (const c of ["XX", "ZZ", "EU", "UK", "AA"]) expect(isCountryCode(c)).toBe(false);
    expect(country.safeParse("jp").success).toBe(true);
    expect(country.safeParse("ZZ").success).toBe(false);
    expect(countryList.safeParse("JP, kr").success).toBe(true);
    expect(countryList.safeParse("JP, XX").success).toBe(false);
  });
});

describe("imports", () => {
  let t: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    t = await freshDb();
  });
  afterAll(() => t.close());

  it("reject a javascript: website and unknown country codes with record, field and reason", async () => {
    const before = await snapshot(t);
    const r = await importDirectory(t, {
      format: "cnht-directory/1",
      suppliers: [
        { ref: "S-1", name: { vi: "Công ty Một" }, website: "javascript:alert(document.cookie)" },
        { ref: "S-2", name: { vi: "Công ty Hai" }, exportMarkets: ["JP", "XX"] },
      ],
      buyers: [{ ref: "B-1", name: { en: "Buyer" }, country: "ZZ" }],
    });
    expect(r.rejections.flatMap(formatRejection)).toEqual([
      "suppliers[0] (S-1): website: must be an http:// or https:// address",
      "suppliers[1] (S-2): exportMarkets[1]: XX is not an ISO 3166-1 country code",
      "buyers[0] (B-1): country: ZZ is not an ISO 3166-1 country code",
    ]);
    expect(await snapshot(t)).toEqual(before);
  });

  it("finds the first byte that is not UTF-8", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(firstInvalidUtf8(enc('{"name":"Cơ khí Đông Anh 射出成形 😀"}'))).toBe(-1);
    // "Cơ" in Windows-1258: C, then 0xD5 (ơ) followed by an ASCII quote.
    expect(firstInvalidUtf8(Uint8Array.from([0x7b, 0x22, 0x43, 0xd5, 0x22, 0x7d]))).toBe(4);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe1, 0xbb]))).toBe(1); // cut short
    expect(firstInvalidUtf8(Uint8Array.from([0xff]))).toBe(0);
    expect(() => decodeUtf8(Uint8Array.from([0x7b, 0x22, 0x43, 0xd5, 0x22, 0x7d]))).toThrow(
      "not valid UTF-8: byte 0x22 at byte offset 4",
    );
  });

  it("cli import refuses a file with invalid UTF-8, naming the byte offset, and imports nothing", async () => {
    const file = path.join(t.dir, "cp1258.json");
    const good = Buffer.from(
      '{"format":"cnht-directory/1","suppliers":[{"ref":"S-9","name":{"vi":"C',
      "utf8",
    );
    const bytes = Buffer.concat([good, Buffer.from([0xf5]), Buffer.from(' khi"}}]}', "utf8")]);
    fs.writeFileSync(file, bytes);
    const before = await snapshot(t);
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", "import", file], {
      cwd: ROOT,
      env: { ...process.env, ...dbEnv(t.file) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(`not valid UTF-8: byte 0xf5 at byte offset ${good.length}`);
    expect(await snapshot(t)).toEqual(before);
  }, 240_000);
});
