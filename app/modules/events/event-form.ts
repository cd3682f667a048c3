import { z } from "zod";
import { fieldMessage } from "../i18n/field-message";
import { localInputToUtc, utcToLocalInput } from "./time";
import { parseBreaks, planProblems, type DayPlan } from "./slots";

// The organiser's event form: raw form fields in, settings or per-field messages out. One zod
// schema for the create and edit pages (and conform in the browser) so all apply the same rules. EventSettings is also
// what db/queries/events.ts stores (as EventInput).

export interface EventSettings extends DayPlan {
  nameVi: string;
  nameEn: string | null;
  venue: string | null;
  status: "draft" | "open" | "closed";
  /** One name per table, in order; codes T001… follow the order. */
  tableNames: string[];
  allowBuyerBuyer: boolean;
  allowSupplierSupplier: boolean;
  buyerMaxMeetings: number | null;
  supplierMaxMeetings: number | null;
  buyerMaxOpenRequests: number | null;
  supplierMaxOpenRequests: number | null;
  /** UTC instants. */
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  requestDeadline: string | null;
}

/**
 * The rules an event has when the organiser sets none (the form's boxes unticked, its limits and
 * times blank): buyers meet suppliers only, no caps, no registration window, no request deadline.
 * Fixtures and benches start from it and set what they test.
 */
export const UNRESTRICTED_RULES = {
  allowBuyerBuyer: false,
  allowSupplierSupplier: false,
  buyerMaxMeetings: null,
  supplierMaxMeetings: null,
  buyerMaxOpenRequests: null,
  supplierMaxOpenRequests: null,
  registrationOpensAt: null,
  registrationClosesAt: null,
  requestDeadline: null,
} satisfies Partial<EventSettings>;

export type EventFormFields = Record<string, string>;

/** Per field, form message keys (fieldMessage), translated by the form in the reader's language. */
export type EventFormErrors = Record<string, string[]>;

export type EventFormResult = { ok: true; value: EventSettings } | { ok: false; errors: EventFormErrors };

// Every field is optional text at the schema's edge (conform sends an empty field as absent,
// the old form sent ""): a missing required field is reported by its own rule below, so that one
// absent field never hides the other fields' messages.
const field = z.string().optional();
const text = (max: number) =>
  field.transform((v, ctx) => {
    const s = (v ?? "").trim();
    if (s.length > max)
      ctx.addIssue({ code: "custom", message: fieldMessage("fair.form.err.tooLong", { max }) });
    return s === "" ? null : s;
  });
/** A limit: blank is none; otherwise a whole number 0–1000. */
const count = field.transform((v, ctx) => {
  const s = (v ?? "").trim();
  if (s === "") return null;
  const n = Number(s);
  if (Number.isInteger(n) && n >= 0 && n <= 1000) return n;
  ctx.addIssue({ code: "custom", message: "fair.form.err.count" });
  return null;
});
/** A Hanoi wall-clock input, stored as a UTC instant; blank is none. */
const when = field.transform((v, ctx) => {
  const s = (v ?? "").trim();
  if (s === "") return null;
  const u = localInputToUtc(s);
  if (!u) ctx.addIssue({ code: "custom", message: "fair.form.err.when" });
  return u;
});
const checkbox = field.transform((v) => v === "on");
const list = (sep: RegExp) =>
  field.transform((v) =>
    (v ?? "")
      .split(sep)
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * The organiser's event form (create and edit pages; conform in the browser, parseWithZod in the
 * action): raw form fields in, EventSettings out, messages as keys by the field they concern.
 */
export const eventFormSchema = z
  .object({
    nameVi: text(200).superRefine((v, ctx) => {
      if (!v) ctx.addIssue({ code: "custom", message: "fair.form.err.nameVi" });
    }),
    nameEn: text(200),
    venue: text(500),
    status: field.transform((s) => (s === "open" || s === "closed" ? s : "draft")),
    days: list(/[\s,;]+/),
    dayStart: field.transform((v) => (v ?? "").trim()),
    dayEnd: field.transform((v) => (v ?? "").trim()),
    breaks: field.transform((v, ctx): DayPlan["breaks"] => {
      try {
        return parseBreaks(v ?? "");
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message }); // already a form message key
        return [];
      }
    }),
    meetingMinutes: field.transform((v) => Number(v)),
    changeoverMinutes: field.transform((v) => Number(v || 0)),
    tables: list(/\n/).superRefine((names, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: "custom", message });
      if (names.length === 0) fail("fair.form.err.noTables");
      else if (names.length > 999) fail("fair.form.err.tooManyTables");
      else if (names.some((n) => n.length > 100)) fail("fair.form.err.tableName");
    }),
    allowBuyerBuyer: checkbox,
    allowSupplierSupplier: checkbox,
    buyerMaxMeetings: count,
    supplierMaxMeetings: count,
    buyerMaxOpenRequests: count,
    supplierMaxOpenRequests: count,
    registrationOpensAt: when,
    registrationClosesAt: when,
    requestDeadline: when,
  })
  .superRefine((v, ctx) => {
    for (const message of planProblems(v)) ctx.addIssue({ code: "custom", path: ["days"], message });
    if (v.registrationOpensAt && v.registrationClosesAt && v.registrationOpensAt >= v.registrationClosesAt)
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "fair.form.err.regOrder" });
  })
  .transform(({ tables, ...v }): EventSettings => ({ ...v, nameVi: v.nameVi ?? "", tableNames: tables }));

/** The form's fields parsed by eventFormSchema, for callers without conform (tests, scripts). */
export function parseEventForm(f: EventFormFields): EventFormResult {
  const r = eventFormSchema.safeParse(f);
  if (r.success) return { ok: true, value: r.data };
  const errors: EventFormErrors = {};
  for (const i of r.error.issues) (errors[String(i.path[0] ?? "form")] ??= []).push(i.message);
  return { ok: false, errors };
}

/** Settings back into form fields, for the edit page. */
export function eventFormFields(e: EventSettings): EventFormFields {
  const n = (x: number | null) => (x === null ? "" : String(x));
  return {
    nameVi: e.nameVi,
    nameEn: e.nameEn ?? "",
    venue: e.venue ?? "",
    status: e.status,
    days: e.days.join(", "),
    dayStart: e.dayStart,
    dayEnd: e.dayEnd,
    breaks: e.breaks.map((b) => `${b.start}-${b.end}`).join(", "),
    meetingMinutes: String(e.meetingMinutes),
    changeoverMinutes: String(e.changeoverMinutes),
    tables: e.tableNames.join("\n"),
    allowBuyerBuyer: e.allowBuyerBuyer ? "on" : "",
    allowSupplierSupplier: e.allowSupplierSupplier ? "on" : "",
    buyerMaxMeetings: n(e.buyerMaxMeetings),
    supplierMaxMeetings: n(e.supplierMaxMeetings),
    buyerMaxOpenRequests: n(e.buyerMaxOpenRequests),
    supplierMaxOpenRequests: n(e.supplierMaxOpenRequests),
    registrationOpensAt: utcToLocalInput(e.registrationOpensAt),
    registrationClosesAt: utcToLocalInput(e.registrationClosesAt),
    requestDeadline: utcToLocalInput(e.requestDeadline),
  };
}
