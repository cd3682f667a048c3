import { NOW, tablesMigration } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// Accounts, organisation membership, single-use links (password reset, invites), the mail
// outbox and the programme's recognitions of firms.

const statements = [
  // role: supplier/buyer = the kind of organisation the user acts for (chosen at registration,
  // then taken from the organisation joined); organiser/admin = the programme's staff.
  // session_version is copied into the session cookie; bumping it logs every device out.
  `CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 320 AND email LIKE '%_@_%'),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('supplier','buyer','organiser','admin')),
  locale TEXT NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi','en')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','suspended')),
  session_version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  last_login_at TEXT
)`,
  // One organisation per user: the actor acts for exactly one firm, so no "current org" switch.
  `CREATE TABLE memberships (
  user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('owner','member')),
  created_at TEXT NOT NULL DEFAULT ${NOW}
)`,
  `CREATE INDEX memberships_org ON memberships(org_id)`,
  `CREATE TABLE invites (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  used_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW}
)`,
  `CREATE INDEX invites_org ON invites(org_id)`,
  `CREATE TABLE password_resets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  created_at TEXT NOT NULL DEFAULT ${NOW}
)`,
  `CREATE TABLE mail_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  sent_at TEXT,
  last_error TEXT
)`,
  `CREATE INDEX mail_outbox_created ON mail_outbox(created_at)`,
  `CREATE TABLE programme_recognitions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('spcncl','cnht_support')),
  product TEXT CHECK (product IS NULL OR length(product) <= 200),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  note TEXT CHECK (note IS NULL OR length(note) <= 1000),
  created_at TEXT NOT NULL DEFAULT ${NOW}
)`,
  `CREATE INDEX programme_recognitions_org ON programme_recognitions(org_id, kind)`,
  `CREATE INDEX programme_recognitions_kind ON programme_recognitions(kind, org_id)`,
];

export const { up, down } = tablesMigration(statements);
