// Public forms carry a field that people never see (hidden by CSS, skipped by tab order and
// screen readers) but form-filling bots do fill. A filled honeypot gets the same answer as a
// success, so the bot learns nothing, and nothing is written.
export const HONEYPOT_FIELD = "company_website";

export function isHoneypotFilled(form: FormData): boolean {
  const v = form.get(HONEYPOT_FIELD);
  return typeof v === "string" && v.trim() !== "";
}
