// What an agenda shows: one participant's published meetings, in the event's own words.

export interface AgendaEventInfo {
  id: number;
  name: string;
  venue: string | null;
}

export interface AgendaMeeting {
  meetingId: number;
  eventId: number;
  /** ISO 8601 with the venue's offset, e.g. 2027-03-10T09:00:00+07:00. */
  start: string;
  minutes: number;
  table: string;
  counterpart: { ref: string; kind: "buyer" | "supplier"; name: string };
  /** Why they meet: the matching reasons or the request's message; may be empty. */
  why: string[];
}

export const VENUE_TIMEZONE = "Asia/Ho_Chi_Minh";
