import { describe, expect, it } from "vitest";
import { escapeHtml, unescapeHtml } from "../../../app/modules/html/escape";
import { escapeHtml as mailEscape } from "../../../app/modules/mail";
import { escapeHtml as highlightEscape } from "../../../search/embedded/highlight";

// One escaping for mails, the engine's highlights and the cards (issue 11): a card reads back what
// the engine escaped, so the two must agree character for character.
describe("escapeHtml", () => {
  it.each([
    [`&<>"'`, "&amp;&lt;&gt;&quot;&#39;"],
    ["Công ty A & B <Ltd> \"x\" 'y'", "Công ty A &amp; B &lt;Ltd&gt; &quot;x&quot; &#39;y&#39;"],
    ["plain text, dấu tiếng Việt", "plain text, dấu tiếng Việt"],
  ])("escapes %j as %j and reads it back", (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
    expect(unescapeHtml(escaped)).toBe(raw);
  });

  it("escapes an ampersand once, so an escaped text is not mistaken for its raw form", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(unescapeHtml(escapeHtml("&amp;"))).toBe("&amp;");
  });

  it("leaves entities it never writes as they are", () => {
    expect(unescapeHtml("&nbsp;&eacute;")).toBe("&nbsp;&eacute;");
  });

  it("is the one the mail module and the embedded engine's highlighter use", () => {
    expect(mailEscape).toBe(escapeHtml);
    expect(highlightEscape).toBe(escapeHtml);
  });
});
