import { NOW, tablesMigration } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// The fair (issue 7): events with their days, generated slots and named tables; registered
// participants (approval, availability, fixed table); meeting requests with their state machine;
// the working (draft) schedule; generation runs; and numbered publications of it.
//
// No double booking is enforced by the database itself, not only by checks in code, so that two
// organisers editing at once (or a generator racing a hand move) cannot both win:
//   - a table hosts one meeting per slot: UNIQUE (event_id, slot_id, table_id) on meetings;
//   - a participant sits in one meeting per slot: meeting_seats, kept by triggers from meetings
//     (two seats per placed meeting), UNIQUE (event_id, slot_id, participant_id).
// Times are stored as UTC ISO strings ('...Z', the NOW format) so that SQL comparisons work;
// slot starts carry the event's +07:00 offset as the exchange format wants.
const maxLen = (col: string, n: number) => `(${col} IS NULL OR length(${col}) <= ${n})`;
const hhmm = (col: string) => `(length(${col}) = 5 AND ${col} GLOB '[0-2][0-9]:[0-5][0-9]')`;
const isoDate = (col: string) => `(length(${col}) = 10 AND date(${col}) = ${col})`;
const utc = (col: string) =>
  `(${col} IS NULL OR (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'))`;

// Copied, not imported, from app/modules/events/requests.ts: a migration must not change when
// app code does.
const DECLINE_REASONS = ["not_relevant", "no_capacity", "already_in_contact", "schedule_full", "other"];
const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(",");

const statements = [
  `CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name_vi TEXT NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 200),
  name_en TEXT CHECK ${maxLen("name_en", 200)},
  venue TEXT CHECK ${maxLen("venue", 500)},
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','open','closed')),
  day_start TEXT NOT NULL CHECK ${hhmm("day_start")},
  day_end TEXT NOT NULL CHECK ${hhmm("day_end")},
  breaks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(breaks)),
  meeting_minutes INTEGER NOT NULL CHECK (meeting_minutes BETWEEN 5 AND 240),
  changeover_minutes INTEGER NOT NULL DEFAULT 0 CHECK (changeover_minutes BETWEEN 0 AND 120),
  allow_buyer_buyer INTEGER NOT NULL DEFAULT 0 CHECK (allow_buyer_buyer IN (0,1)),
  allow_supplier_supplier INTEGER NOT NULL DEFAULT 0 CHECK (allow_supplier_supplier IN (0,1)),
  buyer_max_meetings INTEGER CHECK (buyer_max_meetings IS NULL OR buyer_max_meetings >= 0),
  supplier_max_meetings INTEGER CHECK (supplier_max_meetings IS NULL OR supplier_max_meetings >= 0),
  buyer_max_open_requests INTEGER CHECK (buyer_max_open_requests IS NULL OR buyer_max_open_requests >= 0),
  supplier_max_open_requests INTEGER CHECK (supplier_max_open_requests IS NULL OR supplier_max_open_requests >= 0),
  registration_opens_at TEXT CHECK ${utc("registration_opens_at")},
  registration_closes_at TEXT CHECK ${utc("registration_closes_at")},
  request_deadline TEXT CHECK ${utc("request_deadline")},
  -- bumped by every change to the draft schedule; a generation writes only if it is unchanged
  draft_revision INTEGER NOT NULL DEFAULT 0,
  -- the number of the latest publication (0 = never published); publishing is a compare-and-set on it
  published_version INTEGER NOT NULL DEFAULT 0,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW},
  CHECK (day_start < day_end)
)`,
  `CREATE TABLE event_days (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK ${isoDate("date")},
  PRIMARY KEY (event_id, date)
)`,
  // code: 'd1-0900' (day number and local start), stable when the event's hours are edited so
  // that blocked slots and placements keep their meaning.
  `CREATE TABLE event_slots (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
  position INTEGER NOT NULL,
  starts_at TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes > 0),
  UNIQUE (event_id, code),
  UNIQUE (event_id, id)
)`,
  `CREATE TABLE event_tables (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20 AND code NOT GLOB '*[^A-Za-z0-9_-]*'),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  position INTEGER NOT NULL,
  UNIQUE (event_id, code),
  UNIQUE (event_id, id)
)`,
  `CREATE TABLE event_participants (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('buyer','supplier')),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected','withdrawn')),
  note TEXT CHECK ${maxLen("note", 1000)},
  registered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  approved_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  approved_at TEXT,
  arrives_at TEXT CHECK ${utc("arrives_at")},
  leaves_at TEXT CHECK ${utc("leaves_at")},
  blocked_slots TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(blocked_slots)),
  fixed_table_id INTEGER,
  max_meetings INTEGER CHECK (max_meetings IS NULL OR max_meetings >= 0),
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW},
  UNIQUE (event_id, org_id),
  UNIQUE (event_id, id),
  FOREIGN KEY (event_id, fixed_table_id) REFERENCES event_tables(event_id, id) ON DELETE SET NULL
)`,
  `CREATE INDEX event_participants_status ON event_participants(event_id, status, kind)`,
  `CREATE TABLE meeting_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  from_id INTEGER NOT NULL,
  to_id INTEGER NOT NULL,
  message TEXT CHECK ${maxLen("message", 500)},
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','declined','cancelled','expired')),
  decline_reason TEXT CHECK (decline_reason IS NULL OR decline_reason IN (${list(DECLINE_REASONS)})),
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  responded_at TEXT,
  updated_at TEXT NOT NULL DEFAULT ${NOW},
  CHECK (from_id <> to_id),
  CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
  FOREIGN KEY (event_id, from_id) REFERENCES event_participants(event_id, id) ON DELETE CASCADE,
  FOREIGN KEY (event_id, to_id) REFERENCES event_participants(event_id, id) ON DELETE CASCADE
)`,
  // One live request per direction: asking again is allowed only after a decline/cancel/expiry.
  `CREATE UNIQUE INDEX meeting_requests_live ON meeting_requests(event_id, from_id, to_id) WHERE status IN ('pending','accepted')`,
  `CREATE INDEX meeting_requests_to ON meeting_requests(event_id, to_id, status)`,
  `CREATE INDEX meeting_requests_pending ON meeting_requests(status, event_id)`,
  // The working schedule: one row per pair that should meet (a_id < b_id), placed or not.
  // source: request (weight 3 when both asked, else 2), organiser (3), suggestion (1).
  `CREATE TABLE meetings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  a_id INTEGER NOT NULL,
  b_id INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('request','organiser','suggestion')),
  weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','cancelled')),
  slot_id INTEGER,
  table_id INTEGER,
  unscheduled_reason TEXT CHECK ${maxLen("unscheduled_reason", 500)},
  moved_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (moved_by_hand IN (0,1)),
  note TEXT CHECK ${maxLen("note", 500)},
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW},
  CHECK (a_id < b_id),
  CHECK ((slot_id IS NULL) = (table_id IS NULL)),
  CHECK (status = 'active' OR slot_id IS NULL),
  UNIQUE (event_id, a_id, b_id),
  UNIQUE (event_id, slot_id, table_id),
  FOREIGN KEY (event_id, a_id) REFERENCES event_participants(event_id, id) ON DELETE CASCADE,
  FOREIGN KEY (event_id, b_id) REFERENCES event_participants(event_id, id) ON DELETE CASCADE,
  FOREIGN KEY (event_id, slot_id) REFERENCES event_slots(event_id, id),
  FOREIGN KEY (event_id, table_id) REFERENCES event_tables(event_id, id)
)`,
  `CREATE INDEX meetings_event ON meetings(event_id, status)`,
  `CREATE TABLE meeting_seats (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  event_id INTEGER NOT NULL,
  slot_id INTEGER NOT NULL,
  participant_id INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, participant_id),
  UNIQUE (event_id, slot_id, participant_id)
)`,
  `CREATE TRIGGER meetings_seats_insert AFTER INSERT ON meetings WHEN NEW.slot_id IS NOT NULL BEGIN
  INSERT INTO meeting_seats (meeting_id, event_id, slot_id, participant_id) VALUES
    (NEW.id, NEW.event_id, NEW.slot_id, NEW.a_id), (NEW.id, NEW.event_id, NEW.slot_id, NEW.b_id);
END`,
  `CREATE TRIGGER meetings_seats_update AFTER UPDATE OF slot_id, a_id, b_id ON meetings BEGIN
  DELETE FROM meeting_seats WHERE meeting_id = OLD.id;
  INSERT INTO meeting_seats (meeting_id, event_id, slot_id, participant_id)
    SELECT NEW.id, NEW.event_id, NEW.slot_id, NEW.a_id WHERE NEW.slot_id IS NOT NULL;
  INSERT INTO meeting_seats (meeting_id, event_id, slot_id, participant_id)
    SELECT NEW.id, NEW.event_id, NEW.slot_id, NEW.b_id WHERE NEW.slot_id IS NOT NULL;
END`,
  // Each generation (full or for the unscheduled only), for the organiser's history and figures.
  `CREATE TABLE schedule_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  mode TEXT NOT NULL CHECK (mode IN ('full','unscheduled')),
  seed INTEGER NOT NULL,
  include_suggestions INTEGER NOT NULL DEFAULT 0 CHECK (include_suggestions IN (0,1)),
  meetings INTEGER NOT NULL,
  placed INTEGER NOT NULL,
  unscheduled INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW}
)`,
  `CREATE INDEX schedule_runs_event ON schedule_runs(event_id, id)`,
  `CREATE TABLE publications (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  draft_revision INTEGER NOT NULL,
  meetings INTEGER NOT NULL,
  published_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  published_at TEXT NOT NULL DEFAULT ${NOW},
  UNIQUE (event_id, version)
)`,
  // The published plan, frozen per version: what agendas, check-in and outcomes refer to
  // (meeting ids are stable across versions, so a change shows as a different slot/table).
  `CREATE TABLE published_meetings (
  publication_id INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  slot_id INTEGER NOT NULL REFERENCES event_slots(id),
  table_id INTEGER NOT NULL REFERENCES event_tables(id),
  a_id INTEGER NOT NULL REFERENCES event_participants(id) ON DELETE CASCADE,
  b_id INTEGER NOT NULL REFERENCES event_participants(id) ON DELETE CASCADE,
  PRIMARY KEY (publication_id, meeting_id),
  UNIQUE (publication_id, slot_id, table_id)
)`,
  `CREATE INDEX published_meetings_a ON published_meetings(a_id, publication_id)`,
  `CREATE INDEX published_meetings_b ON published_meetings(b_id, publication_id)`,
];

export const { up, down } = tablesMigration(statements);
