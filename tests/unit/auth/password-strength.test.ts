import { describe, expect, it } from "vitest";
import { passwordWeakness } from "../../../app/modules/auth/password-strength";
import { translator } from "../../../app/modules/i18n/translate";

// Finding: weak passwords passed (only a hand-made list of 8 words). zxcvbn's estimate now decides.
describe("the password policy", () => {
  it("refuses common, patterned and personal passwords, each with its reason", () => {
    expect(passwordWeakness("short")).toBe("tooShort");
    expect(passwordWeakness("x".repeat(201))).toBe("tooLong");
    expect(passwordWeakness("1234567890")).toBe("common");
    expect(passwordWeakness("password123456")).toBe("common");
    expect(passwordWeakness("iloveyou2024")).toBe("common");
    expect(passwordWeakness("Password2024!")).toBe("common");
    expect(passwordWeakness("qwertyuiop")).toBe("common");
    expect(passwordWeakness("zxcvbnm,./")).toBe("keyboard");
    expect(passwordWeakness("aaaaaaaaaaaa")).toBe("repeat");
    expect(passwordWeakness("abcabcabcabc")).toBe("repeat");
    expect(passwordWeakness("nguyenvana@cokhi.vn", ["nguyenvana@cokhi.vn", "Nguyễn Văn A"])).toBe("personal");
    expect(passwordWeakness("matkhau2027")).toBe("personal");
    expect(passwordWeakness("abcdefghijk")).toBe("sequence");
    expect(passwordWeakness("12/05/1987ab")).toBe("dates");
    // Every reason has words in both languages.
    for (const w of [
      "common",
      "keyboard",
      "repeat",
      "sequence",
      "dates",
      "singleWord",
      "personal",
      "guessable",
    ])
      for (const locale of ["vi", "en"] as const)
        expect(translator(locale)(`auth.error.password.${w}`)).not.toBe(`auth.error.password.${w}`);
  });

  it("accepts passphrases, in Vietnamese too", () => {
    expect(passwordWeakness("sông Hồng chảy qua cầu Long Biên")).toBeNull();
    expect(passwordWeakness("tam giac vang 2027")).toBeNull();
    expect(passwordWeakness("correct horse battery staple")).toBeNull();
    expect(passwordWeakness("a long enough passphrase")).toBeNull();
  });
});
