import { describe, expect, it } from "vitest";
import { cleanTyped, firstInvisible } from "../../../app/modules/text/typed";

describe("cleanTyped", () => {
  it.each([
    ["C0 controls other than tab, LF, CR", "a\u0000b\u0007c\u001bd\u0008e\u007f", "abcde"],
    ["C1 controls", "x\u0080\u009by", "xy"],
    ["bidi overrides, isolates and marks", "\u202eevil\u202c \u2066x\u2069\u200e\u200f", "evil x"],
    ["zero-width space, word joiner and BOM", "\ufeffCông\u200bty\u2060", "Côngty"],
    ["other line breaks become LF", "a\u000bb\u000cc\u0085d\u2028e\u2029f", "a\nb\nc\nd\ne\nf"],
  ])("drops %s", (_, typed, kept) => {
    expect(cleanTyped(typed)).toBe(kept);
  });

  it.each([
    ["tab, LF and CR", "a\tb\r\nc"],
    ["Vietnamese, Japanese and emoji with joiners", "Công ty Cơ khí 東京 👩‍🔧 क्‍ष"],
    ["the zero-width non-joiner", "می\u200cخواهم"],
    ["markup and formula text, which output escaping and exports handle", '<svg onload=x> =HYPERLINK("a")'],
  ])("keeps %s", (_, typed) => {
    expect(cleanTyped(typed)).toBe(typed);
  });
});

describe("firstInvisible", () => {
  it.each([
    ["S-\u202e100", { char: "U+202E", at: 3 }],
    ["0101\u200b234567", { char: "U+200B", at: 5 }],
    ["东京\u0007", { char: "U+0007", at: 3 }],
    ["😀a\u000b", { char: "U+000B", at: 3 }],
    ["S-001", null],
    ["a\tb\r\n👩‍🔧", null],
  ])("finds what cleanTyped would change in %j", (s, found) => {
    expect(firstInvisible(s)).toEqual(found);
    expect(cleanTyped(s) === s).toBe(found === null);
  });
});
