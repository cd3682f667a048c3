import { NOW, tablesMigration } from "./kit";

// Frozen once landed. The fair day and afterwards (issue 7, "fair-day"): whether each published
// meeting took place (checked in by QR or button, or marked a no-show), and what each side says
// came of it. Outcomes are append-only: a side records right after the meeting and again months
// later, and the organisers' report reads the newest record while the history stays.

// Copied, not imported, from app/modules/agenda/outcomes.ts: a migration must not change when
// app code does.
const OUTCOMES = [
  "no_further_contact",
  "samples_requested",
  "quotation_requested",
  "negotiation",
  "order_placed",
];
const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(",");

const statements = [
  `CREATE TABLE meeting_attendance (
  meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('held','no_show')),
  -- for a no-show: the participant who did not come (NULL = neither came)
  absent_participant_id INTEGER REFERENCES event_participants(id) ON DELETE SET NULL,
  via TEXT NOT NULL CHECK (via IN ('qr','button')),
  recorded_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  recorded_at TEXT NOT NULL DEFAULT ${NOW},
  CHECK (status = 'no_show' OR absent_participant_id IS NULL)
)`,
  `CREATE INDEX meeting_attendance_event ON meeting_attendance(event_id, status)`,
  `CREATE TABLE meeting_outcomes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES event_participants(id) ON DELETE CASCADE,
  outcome TEXT NOT NULL CHECK (outcome IN (${list(OUTCOMES)})),
  note TEXT CHECK (note IS NULL OR length(note) <= 1000),
  recorded_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  recorded_at TEXT NOT NULL DEFAULT ${NOW}
)`,
  `CREATE INDEX meeting_outcomes_meeting ON meeting_outcomes(meeting_id, participant_id, recorded_at)`,
];

export const { up, down } = tablesMigration(statements);
