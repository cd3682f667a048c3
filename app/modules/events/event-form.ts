import { fieldMessage } from "../i18n/field-message";
import { localInputToUtc, utcToLocalInput } from "./time";
import { parseBreaks, planProblems, type DayPlan } from "./slots";

// The organiser's event form: raw form fields in, settings or per-field messages out. One
// parser for the create and edit pages so both apply the same rules. EventSettings is also
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

export type EventFormFields = Record<string, string>;

/** Per field, form message keys (fieldMessage), translated by the form in the reader's language. */
export type EventFormErrors = Record<string, string[]>;

export type EventFormResult = { ok: true; value: EventSettings } | { ok: false; errors: EventFormErrors };

export function parseEventForm(f: EventFormFields): EventFormResult {
  const errors: EventFormErrors = {};
  const fail = (k: string, key: string, vars?: Record<string, string | number>) =>
    (errors[k] ??= []).push(fieldMessage(key, vars));
  const text = (k: string, max: number) => {
    const v = (f[k] ?? "").trim();
    if (v.length > max) fail(k, "fair.form.err.tooLong", { max });
    return v === "" ? null : v;
  };
  const count = (k: string) => {
    const v = (f[k] ?? "").trim();
    if (v === "") return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 1000) {
      fail(k, "fair.form.err.count");
      return null;
    }
    return n;
  };
  const when = (k: string) => {
    const v = (f[k] ?? "").trim();
    if (v === "") return null;
    const u = localInputToUtc(v);
    if (!u) fail(k, "fair.form.err.when");
    return u;
  };
  const nameVi = text("nameVi", 200);
  if (!nameVi) fail("nameVi", "fair.form.err.nameVi");
  const status = f.status === "open" || f.status === "closed" ? f.status : "draft";
  const days = (f.days ?? "")
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  let breaks: DayPlan["breaks"] = [];
  try {
    breaks = parseBreaks(f.breaks ?? "");
  } catch (e) {
    (errors.breaks ??= []).push((e as Error).message); // already a form message key
  }
  const plan: DayPlan = {
    days,
    dayStart: (f.dayStart ?? "").trim(),
    dayEnd: (f.dayEnd ?? "").trim(),
    breaks,
    meetingMinutes: Number(f.meetingMinutes),
    changeoverMinutes: Number(f.changeoverMinutes || 0),
  };
  const problems = planProblems(plan);
  if (problems.length) (errors.days ??= []).push(...problems);
  const tableNames = (f.tables ?? "")
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
  if (tableNames.length === 0) fail("tables", "fair.form.err.noTables");
  else if (tableNames.length > 999) fail("tables", "fair.form.err.tooManyTables");
  else if (tableNames.some((n) => n.length > 100)) fail("tables", "fair.form.err.tableName");
  const value: EventSettings = {
    ...plan,
    nameVi: nameVi ?? "",
    nameEn: text("nameEn", 200),
    venue: text("venue", 500),
    status,
    tableNames,
    allowBuyerBuyer: f.allowBuyerBuyer === "on",
    allowSupplierSupplier: f.allowSupplierSupplier === "on",
    buyerMaxMeetings: count("buyerMaxMeetings"),
    supplierMaxMeetings: count("supplierMaxMeetings"),
    buyerMaxOpenRequests: count("buyerMaxOpenRequests"),
    supplierMaxOpenRequests: count("supplierMaxOpenRequests"),
    registrationOpensAt: when("registrationOpensAt"),
    registrationClosesAt: when("registrationClosesAt"),
    requestDeadline: when("requestDeadline"),
  };
  if (
    value.registrationOpensAt &&
    value.registrationClosesAt &&
    value.registrationOpensAt >= value.registrationClosesAt
  )
    fail("registrationClosesAt", "fair.form.err.regOrder");
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
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
