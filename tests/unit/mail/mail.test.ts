import { describe, expect, it } from "vitest";
import {
  addDays,
  afterFailure,
  backoffMs,
  certificateWindow,
  classifySmtpError,
  escapeHtml,
  isFairEve,
  renderHtml,
  renderText,
} from "../../../app/modules/mail";

describe("delivery policy", () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [4, 480_000],
    [30, 6 * 3600_000],
  ])("doubles the delay with each attempt, up to 6 hours: attempt %i waits %i ms", (attempt, delay) => {
    expect(backoffMs(attempt)).toBe(delay);
  });

  it("treats 5xx answers as final, 4xx and connection errors as temporary", () => {
    expect(classifySmtpError({ responseCode: 550, response: "550 5.1.1 No such user" })).toEqual({
      permanent: true,
      reason: "550 5.1.1 No such user",
      code: 550,
    });
    expect(classifySmtpError({ responseCode: 451, response: "4.7.1 Greylisted" })).toMatchObject({
      permanent: false,
      reason: "451 4.7.1 Greylisted",
    });
    expect(
      classifySmtpError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" })),
    ).toMatchObject({
      permanent: false,
      code: null,
    });
    const now = new Date("2026-12-05T00:00:00Z");
    expect(afterFailure({ permanent: false, reason: "x", code: 421 }, 8, now)).toEqual({
      kind: "failed",
      reason: "gave up after 8 attempts: x",
    });
    expect(afterFailure({ permanent: false, reason: "x", code: 421 }, 2, now)).toEqual({
      kind: "retry",
      at: new Date("2026-12-05T00:02:00Z"),
      reason: "x",
    });
  });
});

describe("bodies", () => {
  const content = {
    heading: `<script>alert("x")</script>`,
    paragraphs: ["A & B's <offer>"],
    items: ["<li>"],
    action: { label: "Open", url: "https://cnht.example.vn/my?a=1&b=2" },
    footer: "why",
  };
  it("escapes every piece of text in HTML and keeps the plain text as written", () => {
    const html = renderHtml(content, "en");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("A &amp; B&#39;s &lt;offer&gt;");
    expect(html).toContain(`href="https://cnht.example.vn/my?a=1&amp;b=2"`);
    expect(renderText(content)).toContain("A & B's <offer>");
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });
  it("refuses links that are not http(s)", () => {
    expect(() =>
      renderHtml({ ...content, action: { label: "x", url: "javascript:alert(1)" } }, "en"),
    ).toThrow(/javascript/);
  });
});

describe("reminder dates (Hanoi calendar)", () => {
  it("knows the eve of the fair in Hanoi, not in UTC", () => {
    expect(isFairEve("2027-03-10", new Date("2027-03-09T03:00:00Z"))).toBe(true);
    // 18:00 UTC on the 8th is already 01:00 on the 9th in Hanoi.
    expect(isFairEve("2027-03-10", new Date("2027-03-08T18:00:00Z"))).toBe(true);
    expect(isFairEve("2027-03-10", new Date("2027-03-08T16:00:00Z"))).toBe(false);
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(certificateWindow(new Date("2026-12-31T20:00:00Z"))).toEqual({
      from: "2027-01-01",
      to: "2027-03-02",
    });
  });
});
