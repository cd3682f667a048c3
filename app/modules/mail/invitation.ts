import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import { VTIMEZONE } from "../agenda/ical";
import { VENUE_TIMEZONE } from "../agenda/types";
import { zonedDateTime } from "../agenda/wall-time";

// One meeting as an iTIP message (RFC 5546) for mail (iMIP, RFC 6047): METHOD:REQUEST for a new
// or changed meeting, METHOD:CANCEL for a dropped one. One VEVENT per calendar object: Outlook
// and Gmail act on a single event per invitation, so a participant's several meetings travel as
// several calendar parts of one mail.
//
// The calendar carries no calendar-level time zone on purpose: ical-generator would then write
// DTSTAMP in that zone without "Z", which RFC 5545 forbids (DTSTAMP is always UTC). The events
// carry TZID=Asia/Ho_Chi_Minh and the VTIMEZONE is added by hand (Vietnam: +07:00, no DST;
// the same block as the agenda's .ics).

export interface InvitationInput {
  method: "REQUEST" | "CANCEL";
  meetingId: number;
  /** Host of PUBLIC_URL: the UID is `meeting-ID@HOST`, stable across every update. */
  host: string;
  sequence: number;
  /** When this message is written (DTSTAMP, in UTC). */
  stamp: Date;
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
}

export function meetingUid(meetingId: number, host: string): string {
  return `meeting-${meetingId}@${host}`;
}

export function invitationIcs(i: InvitationInput): string {
  if (Number.isNaN(i.start.getTime())) throw new Error(`meeting ${i.meetingId} has an invalid start`);
  const cal = ical({
    prodId: { company: "CNHT Hanoi", product: "portal", language: "EN" },
    method: i.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  cal.createEvent({
    id: meetingUid(i.meetingId, i.host),
    sequence: i.sequence,
    stamp: i.stamp,
    start: zonedDateTime(i.start, VENUE_TIMEZONE),
    end: zonedDateTime(new Date(i.start.getTime() + i.minutes * 60_000), VENUE_TIMEZONE),
    timezone: VENUE_TIMEZONE,
    summary: i.summary,
    description: i.description,
    location: i.location,
    url: i.url,
    status: i.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: i.organizer.name, email: i.organizer.email },
    attendees: i.attendees.map((a) => ({
      name: a.name,
      email: a.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: false,
    })),
  });
  return cal.toString().replace("\r\nBEGIN:VEVENT", `\r\n${VTIMEZONE}\r\nBEGIN:VEVENT`);
}
