import { fieldMessage } from "../i18n/field-message";
import { hhmmOf, isHhmm, isIsoDate, localIso, minutesOf } from "./time";

// Meeting slots from an event's days and hours. A slot is a meeting's length; the change-over
// (people stand up, the next pair sits down) separates consecutive slots. A slot never overlaps
// a break: the next one starts when the break ends.

export interface DayPlan {
  /** ISO dates, in any order; duplicates are ignored. */
  days: string[];
  dayStart: string;
  dayEnd: string;
  breaks: { start: string; end: string }[];
  meetingMinutes: number;
  changeoverMinutes: number;
}

export interface GeneratedSlot {
  /** "d1-0900": stable across edits that keep the day and start. */
  code: string;
  date: string;
  /** Local "HH:MM". */
  local: string;
  /** "2027-03-10T09:00:00+07:00". */
  startsAt: string;
  minutes: number;
}

/**
 * What is wrong with a day plan, as form message keys (fieldMessage: one text per language, read
 * by the form in the organiser's language); empty when it is fine.
 */
export function planProblems(p: DayPlan): string[] {
  const out: string[] = [];
  if (p.days.length === 0) out.push(fieldMessage("fair.form.err.noDays"));
  for (const d of p.days) if (!isIsoDate(d)) out.push(fieldMessage("fair.form.err.notDate", { day: d }));
  if (!isHhmm(p.dayStart) || !isHhmm(p.dayEnd)) out.push(fieldMessage("fair.form.err.hours"));
  else if (minutesOf(p.dayStart) >= minutesOf(p.dayEnd)) out.push(fieldMessage("fair.form.err.dayOrder"));
  if (!Number.isInteger(p.meetingMinutes) || p.meetingMinutes < 5 || p.meetingMinutes > 240)
    out.push(fieldMessage("fair.form.err.meetingMinutes"));
  if (!Number.isInteger(p.changeoverMinutes) || p.changeoverMinutes < 0 || p.changeoverMinutes > 120)
    out.push(fieldMessage("fair.form.err.changeover"));
  for (const b of p.breaks) {
    const range = `${b.start}–${b.end}`;
    if (!isHhmm(b.start) || !isHhmm(b.end)) out.push(fieldMessage("fair.form.err.breakFormat", { range }));
    else if (minutesOf(b.start) >= minutesOf(b.end))
      out.push(fieldMessage("fair.form.err.breakOrder", { range }));
  }
  return out;
}

export function generateSlots(p: DayPlan): GeneratedSlot[] {
  const problems = planProblems(p);
  if (problems.length) throw new Error(problems.join(" "));
  const days = [...new Set(p.days)].sort();
  const breaks = p.breaks
    .map((b) => ({ start: minutesOf(b.start), end: minutesOf(b.end) }))
    .sort((a, b) => a.start - b.start);
  const end = minutesOf(p.dayEnd);
  const out: GeneratedSlot[] = [];
  days.forEach((date, i) => {
    let t = minutesOf(p.dayStart);
    while (t + p.meetingMinutes <= end) {
      const clash = breaks.find((b) => t < b.end && t + p.meetingMinutes > b.start);
      if (clash) {
        t = Math.max(t, clash.end);
        continue;
      }
      const local = hhmmOf(t);
      out.push({
        code: `d${i + 1}-${local.replace(":", "")}`,
        date,
        local,
        startsAt: localIso(date, local),
        minutes: p.meetingMinutes,
      });
      t += p.meetingMinutes + p.changeoverMinutes;
    }
  });
  return out;
}

/** "12:00-13:00, 15:00-15:15" → breaks; throws a form message key naming the piece it could not read. */
export function parseBreaks(text: string): { start: string; end: string }[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((piece) => {
      const m = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(piece);
      if (!m) throw new Error(fieldMessage("fair.form.err.break", { piece }));
      const pad = (s: string) => s.padStart(5, "0");
      return { start: pad(m[1]), end: pad(m[2]) };
    });
}
