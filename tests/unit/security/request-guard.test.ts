import { describe, expect, it } from "vitest";
import {
  addressVerdict,
  crossOriginVerdict,
  formBodyVerdict,
} from "../../../app/modules/security/request-guard";

const SITE = "https://cnht.example.vn";
const req = (method: string, headers: Record<string, string>) => ({
  method,
  header: (n: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === n.toLowerCase())?.[1],
});
const verdict = (method: string, headers: Record<string, string>) =>
  crossOriginVerdict(req(method, headers), [SITE]).ok;

describe("crossOriginVerdict", () => {
  it.each([
    ["GET from anywhere", "GET", { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }],
    ["same-origin form", "POST", { Origin: SITE, "Sec-Fetch-Site": "same-origin", Cookie: "s=1" }],
    ["Origin only (older browser)", "POST", { Origin: SITE, Cookie: "s=1" }],
    ["Sec-Fetch-Site only", "POST", { "Sec-Fetch-Site": "same-origin", Cookie: "s=1" }],
    ["typed by the user", "POST", { "Sec-Fetch-Site": "none" }],
    ["API script with a token", "POST", { Authorization: "Bearer abc", Origin: "https://evil.example" }],
    ["curl with a cookie, no browser headers", "POST", { Cookie: "s=1" }],
    ["no browser headers, own Referer", "POST", { Cookie: "s=1", Referer: `${SITE}/admin/users` }],
  ])("lets through: %s", (_name, method, headers) => {
    expect(verdict(method, headers)).toBe(true);
  });

  it.each([
    ["another site", { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site", Cookie: "s=1" }],
    [
      "another port of the same host",
      { Origin: "https://cnht.example.vn:8443", "Sec-Fetch-Site": "same-site" },
    ],
    ["a subdomain", { Origin: "https://files.cnht.example.vn", "Sec-Fetch-Site": "same-site" }],
    ["plain http of the same host", { Origin: "http://cnht.example.vn" }],
    ["Origin: null", { Origin: "null", Cookie: "s=1" }],
    ["same-site without Origin", { "Sec-Fetch-Site": "same-site", Cookie: "s=1" }],
    ["cross-site without Origin", { "Sec-Fetch-Site": "cross-site" }],
    [
      "same-origin header but foreign Origin",
      { "Sec-Fetch-Site": "same-origin", Origin: "https://evil.example" },
    ],
    ["old browser: foreign Referer only", { Cookie: "s=1", Referer: "https://evil.example/x" }],
    [
      "a token together with a cookie",
      { Authorization: "Bearer abc", Cookie: "s=1", Origin: "https://evil.example" },
    ],
  ])("refuses: %s", (_name, headers) => {
    expect(verdict("POST", headers)).toBe(false);
  });
});

describe("formBodyVerdict", () => {
  it.each([
    [{ "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "3" }, true],
    [{ "Content-Type": "multipart/form-data; boundary=x", "Content-Length": "30" }, true],
    [{ "Content-Type": "application/json", "Content-Length": "2" }, 415],
    [{ "Content-Type": "text/plain", "Transfer-Encoding": "chunked" }, 415],
    [{ "Content-Length": "5" }, 415],
    [{}, 400],
    [{ "Content-Length": "0" }, 400],
  ])("%j → %s", (headers, want) => {
    const v = formBodyVerdict(req("POST", headers));
    expect(v.ok ? true : v.status).toBe(want);
  });
});

describe("addressVerdict", () => {
  const address = (method: string, headers: Record<string, string>) => addressVerdict(req(method, headers));

  it.each([
    ["a GET with any Host", "GET", { Origin: SITE, Host: "evil.example" }],
    ["a write without Origin (curl, scripts)", "POST", { Host: "evil.example" }],
    ["a write addressed to the Origin's host", "POST", { Origin: SITE, Host: "cnht.example.vn" }],
    [
      "a proxied write whose X-Forwarded-Host names the Origin's host",
      "POST",
      { Origin: SITE, Host: "127.0.0.1:3000", "X-Forwarded-Host": "cnht.example.vn, 10.0.0.1" },
    ],
  ])("lets through %s", (_name, method, headers) => {
    expect(address(method, headers)).toEqual({ ok: true });
  });

  it.each([
    ["a forged Host", { Origin: SITE, Host: "evil.example" }, "Host", "evil.example"],
    [
      "a forged X-Forwarded-Host (it wins over Host, as in Remix)",
      { Origin: SITE, Host: "cnht.example.vn", "X-Forwarded-Host": "evil.example" },
      "X-Forwarded-Host",
      "evil.example",
    ],
    [
      "a proxy that does not pass Host on",
      { Origin: SITE, Host: "127.0.0.1:3000" },
      "Host",
      "127.0.0.1:3000",
    ],
    ["no Host at all", { Origin: SITE }, "Host", ""],
  ])("refuses %s, naming the header", (_name, headers, header, host) => {
    expect(address("POST", headers)).toEqual({ ok: false, header, host });
  });
});
