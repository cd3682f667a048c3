import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

// Form schemas shared by the browser (conform) and the server. Messages are i18n keys.
export const email = z
  .string({ required_error: "auth.error.required" })
  .trim()
  .toLowerCase()
  .max(320, "auth.error.tooLong|max=320")
  .email("auth.error.email");

/** Login takes any non-empty password: the policy applies when one is chosen, not when typed. */
export const loginPassword = z
  .string({ required_error: "auth.error.required" })
  .max(PASSWORD_MAX, "auth.error.password.tooLong");

export const newPassword = z
  .string({ required_error: "auth.error.required" })
  .min(PASSWORD_MIN, "auth.error.password.tooShort")
  .max(PASSWORD_MAX, "auth.error.password.tooLong");

/**
 * For a form with a new password and its confirmation (change and reset). Strength is judged by
 * the account service (password-strength.ts), which answers with the reason for the field.
 */
export function checkNewPassword(v: { password: string; confirm: string }, ctx: z.RefinementCtx) {
  if (v.password !== v.confirm)
    ctx.addIssue({ code: "custom", path: ["confirm"], message: "auth.error.password.mismatch" });
}

export const personName = z
  .string({ required_error: "auth.error.required" })
  .trim()
  .min(1, "auth.error.required")
  .max(200, "auth.error.tooLong|max=200");

export const locale = z.enum(["vi", "en", "ja"], { errorMap: () => ({ message: "auth.error.choice" }) });
export const accountType = z.enum(["supplier", "buyer"], {
  errorMap: () => ({ message: "auth.error.choice" }),
});

export const taxCode = z
  .string({ required_error: "auth.error.required" })
  .trim()
  .transform((s) => s.replace(/[\s.-]/g, ""))
  .pipe(z.string().regex(/^(\d{10}|\d{13})$/, "auth.error.taxCode"));

export const countryCode = z
  .string({ required_error: "auth.error.required" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "auth.error.country");

export const orgName = z
  .string({ required_error: "auth.error.required" })
  .trim()
  .min(1, "auth.error.required")
  .max(300, "auth.error.tooLong|max=300");
