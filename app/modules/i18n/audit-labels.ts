import type { Locale } from "./locale";
import { messages } from "./messages";

// The audit log stores codes as written at the time ("token_create", "profile.update"); they are
// history and are never renamed. The page shows a label per code instead: both spellings map to
// one message key, and a code without a label is shown as stored.

export function auditActionLabel(code: string, locale: Locale): string {
  return messages[locale][`admin.audit.action.${code.replace(/[.-]/g, "_")}`] ?? code;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (Array.isArray(v)) return v.map(show).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** Details JSON as "key: value" pairs; text that is not a JSON object is shown whole. */
export function auditDetails(raw: string | null): { key: string; value: string }[] {
  if (!raw) return [];
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return [{ key: "", value: raw }];
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) return [{ key: "", value: show(v) }];
  return Object.entries(v as Record<string, unknown>).map(([key, value]) => ({ key, value: show(value) }));
}
