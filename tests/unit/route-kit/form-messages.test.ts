// The auth and account forms' messages (what zod says about a field, in the browser and on the
// server alike) exist in Vietnamese, English and Japanese: a wrong input names the problem in the
// reader's language, never as a key and never in English on a Japanese page.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { messages } from "../../../app/modules/i18n/messages";
import { translateFieldMessage, translator } from "../../../app/modules/i18n";
import {
  accountType,
  checkNewPassword,
  email,
  locale,
  loginPassword,
  newPassword,
  personName,
} from "../../../app/modules/auth/schemas";

const registerLike = z.object({ email, password: newPassword, name: personName, locale, accountType });
const resetLike = z
  .object({ password: newPassword, confirm: z.string({ required_error: "auth.error.required" }) })
  .superRefine(checkNewPassword);
const loginLike = z.object({ email, password: loginPassword });

/** The message each field gets for this input (the first issue per field). */
function fieldMessages(schema: z.ZodTypeAny, input: unknown): string[] {
  const parsed = schema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.error!.issues.map((i) => i.message);
}

const wrongInputs: [z.ZodTypeAny, unknown][] = [
  [registerLike, {}],
  [registerLike, { email: "x", password: "short", name: " ", locale: "fr", accountType: "x" }],
  [registerLike, { email: `${"a".repeat(320)}@example.com`, name: "n".repeat(201) }],
  [resetLike, { password: "a long enough passphrase", confirm: "another one entirely" }],
  [resetLike, { password: "p".repeat(201) }],
  [loginLike, { email: "nobody" }],
];
const found = [...new Set(wrongInputs.flatMap(([schema, input]) => fieldMessages(schema, input)))];

describe("auth form messages", () => {
  it("covers the messages the schemas give", () => {
    const keys = found.map((m) => m.split("|")[0]);
    for (const k of [
      "auth.error.required",
      "auth.error.email",
      "auth.error.tooLong",
      "auth.error.choice",
      "auth.error.password.tooShort",
      "auth.error.password.tooLong",
      "auth.error.password.mismatch",
    ])
      expect(keys).toContain(k);
  });

  it.each(["vi", "en", "ja"] as const)("every message reads as a sentence in %s", (lang) => {
    const t = translator(lang);
    for (const message of found) {
      const key = message.split("|")[0]!;
      expect(messages[lang][key], `${lang} ${key}`).toBeTruthy();
      const text = translateFieldMessage(t, message);
      expect(text).not.toContain("auth.error");
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it("the Japanese texts are Japanese, not the English fallback", () => {
    const ja = translator("ja");
    const en = translator("en");
    for (const message of found)
      expect(translateFieldMessage(ja, message)).not.toBe(translateFieldMessage(en, message));
    expect(translateFieldMessage(ja, "auth.error.tooLong|max=200")).toContain("200");
  });

  it("the server's password-strength reasons exist in all three languages", () => {
    const reasons = Object.keys(messages.en).filter((k) => k.startsWith("auth.error.password."));
    expect(reasons.length).toBeGreaterThan(5);
    for (const k of reasons) {
      expect(messages.vi[k], k).toBeTruthy();
      expect(messages.ja[k], k).toBeTruthy();
    }
  });
});
