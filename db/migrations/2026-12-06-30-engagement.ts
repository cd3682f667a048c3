import { tablesMigration } from "./kit";

// Frozen once landed. Engagement (issue 14, docs/decisions/200-engagement.md): in-app
// notifications per user, buyers' named shortlists, message threads between a buyer and a
// supplier (tied to a sourcing request or a meeting request, reportable to the organisers) and
// a supplier's "interested" mark on a sourcing request.
const UP = [
  `CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    link TEXT NOT NULL,
    read_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
  )`,
  `CREATE INDEX notifications_user ON notifications(user_id, read_at, id)`,
  `CREATE TABLE shortlists (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    UNIQUE (org_id, name)
  )`,
  `CREATE TABLE shortlist_items (
    shortlist_id INTEGER NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
    supplier_org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    added_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (shortlist_id, supplier_org_id)
  )`,
  `CREATE TABLE message_threads (
    id INTEGER PRIMARY KEY,
    buyer_org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    supplier_org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    request_id INTEGER REFERENCES sourcing_requests(id) ON DELETE SET NULL,
    meeting_request_id INTEGER REFERENCES meeting_requests(id) ON DELETE SET NULL,
    subject TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    last_message_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    reported_at TEXT,
    reported_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    report_reason TEXT
  )`,
  `CREATE INDEX message_threads_buyer ON message_threads(buyer_org_id, last_message_at)`,
  `CREATE INDEX message_threads_supplier ON message_threads(supplier_org_id, last_message_at)`,
  `CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES message_threads(id) ON DELETE CASCADE,
    sender_org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    sender_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
  )`,
  `CREATE INDEX messages_thread ON messages(thread_id, id)`,
  `CREATE INDEX messages_sender ON messages(sender_user_id, created_at)`,
  `CREATE TABLE thread_reads (
    thread_id INTEGER NOT NULL REFERENCES message_threads(id) ON DELETE CASCADE,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    last_read_id INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (thread_id, org_id)
  )`,
  `CREATE TABLE request_interests (
    request_id INTEGER NOT NULL REFERENCES sourcing_requests(id) ON DELETE CASCADE,
    supplier_org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    note TEXT,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (request_id, supplier_org_id)
  )`,
];

export const { up, down } = tablesMigration(UP, { ifExists: false });
