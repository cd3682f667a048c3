import ical, { ICalCalendarMethod } from "ical-generator";
import { VENUE_TIMEZONE, type AgendaEventInfo, type AgendaMeeting } from "./types";
import { zonedDateTime } from "./wall-time";

// Vietnam has kept +07:00 without daylight saving since 1975, so one STANDARD block describes
// the zone completely; calendar apps that ignore TZID still get the right offset from it. The
// meeting invitations by mail (modules/mail/invitation.ts) add the same block.
export const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${VENUE_TIMEZONE}`,
  `X-LIC-LOCATION:${VENUE_TIMEZONE}`,
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0700",
  "TZOFFSETTO:+0700",
  "TZNAME:+07",
  "DTSTART:19700101T000000",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

export interface IcalOptions {
  calendarName: string;
  /** Host for stable UIDs, so a re-downloaded file updates events instead of duplicating them. */
  host: string;
  summary: (m: AgendaMeeting) => string;
  description: (m: AgendaMeeting) => string;
  location: (m: AgendaMeeting, event: AgendaEventInfo) => string;
  url?: (m: AgendaMeeting) => string;
  /** The SEQUENCE last sent in an invitation for the meeting, so the file never looks older. */
  sequence?: (m: AgendaMeeting) => number;
  now?: Date;
}

export function agendaCalendar(event: AgendaEventInfo, meetings: AgendaMeeting[], o: IcalOptions): string {
  // No calendar-level time zone: ical-generator would write DTSTAMP in it without "Z", which
  // RFC 5545 forbids; the events carry the TZID and the VTIMEZONE is added below.
  const cal = ical({
    name: o.calendarName,
    prodId: { company: "CNHT Hanoi", product: "portal", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const m of meetings) {
    const start = new Date(m.start);
    if (Number.isNaN(start.getTime()))
      throw new Error(`meeting ${m.meetingId} has an invalid start '${m.start}'`);
    const end = new Date(start.getTime() + m.minutes * 60_000);
    cal.createEvent({
      id: `meeting-${m.meetingId}@${o.host}`,
      sequence: o.sequence?.(m) ?? 0,
      stamp: o.now ?? new Date(),
      start: zonedDateTime(start, VENUE_TIMEZONE),
      end: zonedDateTime(end, VENUE_TIMEZONE),
      timezone: VENUE_TIMEZONE,
      summary: o.summary(m),
      description: o.description(m),
      location: o.location(m, event),
      url: o.url?.(m) ?? null,
    });
  }
  const out = cal.toString();
  return out.includes("\r\nBEGIN:VEVENT")
    ? out.replace("\r\nBEGIN:VEVENT", `\r\n${VTIMEZONE}\r\nBEGIN:VEVENT`)
    : out.replace("\r\nEND:VCALENDAR", `\r\n${VTIMEZONE}\r\nEND:VCALENDAR`);
}
