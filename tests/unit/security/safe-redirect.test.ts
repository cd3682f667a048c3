import { describe, expect, it } from "vitest";
import { safeRedirect } from "../../../app/modules/auth/permissions";

// Every value here left the site (or could) with the old check, or must still work.
const hostile = [
  "//evil.example",
  "//evil.example/phish",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "/\t/evil.example/phish", // browsers drop the tab: //evil.example/phish
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/%09/evil.example/phish",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%255C%255Cevil.example", // double-encoded
  "/%E0%A4%A", // malformed escape
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "https://evil.example",
  "http://evil.example/",
  "https:evil.example",
  "evil.example",
  " //evil.example",
  "\t/evil",
  "/\u0000/evil.example",
  "/\u0085/evil.example", // C1 control
  "",
  null,
  undefined,
  42,
  ["/my"],
];

describe("safeRedirect", () => {
  it.each(hostile)("sends %j to the fallback", (to) => {
    expect(safeRedirect(to, "/home")).toBe("/home");
  });

  it.each([
    ["/my", "/my"],
    ["/suppliers?q=ep+nhua&page=2", "/suppliers?q=ep+nhua&page=2"],
    ["/suppliers?q=%C3%A9p%20nh%E1%BB%B1a", "/suppliers?q=%C3%A9p%20nh%E1%BB%B1a"],
    ["/events/3#register", "/events/3#register"],
    ["/a/../admin", "/admin"],
  ])("keeps the site path %j", (to, want) => {
    expect(safeRedirect(to, "/home")).toBe(want);
  });

  it("the result never resolves off the site, whatever the base", () => {
    for (const h of hostile) {
      const out = safeRedirect(h, "/home");
      expect(new URL(out, "https://portal.example").origin).toBe("https://portal.example");
    }
  });
});
