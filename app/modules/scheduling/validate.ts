import type { ScheduleInstance } from "./types";

export type ValidationOutcome = { ok: true; instance: ScheduleInstance } | { ok: false; errors: string[] };

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isNonEmptyString = (x: unknown): x is string => typeof x === "string" && x.length > 0;
type Entry = Record<string, unknown> & { id: string };

/**
 * Checks a parsed JSON value against cnht-schedule/1 (CONTRACT.md §4) without a schema library,
 * so the scheduling module stays dependency-free. Messages name the exact path: a person fixing
 * an organiser's spreadsheet export must find the line at once.
 */
export function validateInstance(x: unknown): ValidationOutcome {
  const errors: string[] = [];
  const fail = (msg: string) => {
    if (errors.length < 50) errors.push(msg);
  };
  if (!isObj(x)) return { ok: false, errors: ["the instance must be a JSON object"] };
  if (x.format !== "cnht-schedule/1")
    fail(`format: expected "cnht-schedule/1", got ${JSON.stringify(x.format)}`);
  if (x.name !== undefined && typeof x.name !== "string") fail("name: must be a string");
  // Slots, participants and meetings are lists of objects with an id unique in their list; an
  // entry without one is reported and the rest of it not looked at. Returns the list's ids.
  const doc = x;
  const eachEntry = (name: string, what: string, check: (e: Entry, at: string) => void): Set<string> => {
    const ids = new Set<string>();
    const list = doc[name];
    if (!Array.isArray(list)) fail(`${name}: must be an array`);
    else
      list.forEach((e: unknown, i) => {
        const at = `${name}[${i}]`;
        if (!isObj(e) || !isNonEmptyString(e.id)) return fail(`${at}.id: must be a non-empty string`);
        if (ids.has(e.id)) fail(`${at}.id: duplicate ${what} '${e.id}'`);
        ids.add(e.id);
        check(e as Entry, at);
      });
    return ids;
  };

  const slotIds = eachEntry("slots", "slot", (s, at) => {
    if (s.minutes !== undefined && !(typeof s.minutes === "number" && s.minutes > 0))
      fail(`${at}.minutes: must be a positive number`);
    if (s.start !== undefined && typeof s.start !== "string") fail(`${at}.start: must be a string`);
  });

  const tableIds = new Set<string>();
  if (!Array.isArray(x.tables)) fail("tables: must be an array of table ids");
  else
    x.tables.forEach((t, i) => {
      if (!isNonEmptyString(t)) return fail(`tables[${i}]: must be a non-empty string`);
      if (tableIds.has(t)) fail(`tables[${i}]: duplicate table '${t}'`);
      tableIds.add(t);
    });

  const partIds = eachEntry("participants", "participant", (p, at) => {
    if (p.kind !== "buyer" && p.kind !== "supplier")
      fail(`${at}.kind: must be "buyer" or "supplier", got ${JSON.stringify(p.kind)}`);
    if (p.available !== undefined) {
      if (!Array.isArray(p.available)) fail(`${at}.available: must be an array of slot ids`);
      else
        p.available.forEach((s, j) => {
          if (typeof s !== "string" || !slotIds.has(s))
            fail(`${at}.available[${j}]: unknown slot ${JSON.stringify(s)}`);
        });
    }
    if (p.maxMeetings !== undefined && !(Number.isInteger(p.maxMeetings) && (p.maxMeetings as number) >= 0))
      fail(`${at}.maxMeetings: must be a whole number ≥ 0`);
    if (p.fixedTable !== undefined && !(typeof p.fixedTable === "string" && tableIds.has(p.fixedTable)))
      fail(`${at}.fixedTable: unknown table ${JSON.stringify(p.fixedTable)}`);
  });

  eachEntry("meetings", "meeting", (m, at) => {
    for (const side of ["a", "b"] as const) {
      const v = m[side];
      if (typeof v !== "string") fail(`${at}.${side}: must be a participant id`);
      else if (!partIds.has(v)) fail(`${at}.${side}: unknown participant '${v}'`);
    }
    if (typeof m.a === "string" && m.a === m.b) fail(`${at}: '${m.a}' cannot meet itself`);
    if (
      m.weight !== undefined &&
      !(typeof m.weight === "number" && Number.isFinite(m.weight) && m.weight > 0)
    )
      fail(`${at}.weight: must be a positive number`);
  });

  return errors.length ? { ok: false, errors } : { ok: true, instance: x as unknown as ScheduleInstance };
}
