import { NOW, tablesMigration } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// Constraints live in the schema so that no code path (CLI, web, a future script) can store
// what the contract forbids.
const isoDate = (col: string) => `(${col} IS NULL OR (length(${col}) = 10 AND date(${col}) = ${col}))`;
const maxLen = (col: string, n: number) => `(${col} IS NULL OR length(${col}) <= ${n})`;
const text3 = (base: string, n: number) =>
  ["vi", "en", "ja"].map((l) => `${base}_${l} TEXT CHECK ${maxLen(`${base}_${l}`, n)}`).join(",\n  ");

const statements = [
  `CREATE TABLE organisations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64 AND ref NOT GLOB '*[^A-Za-z0-9_-]*'),
  kind TEXT NOT NULL CHECK (kind IN ('supplier','buyer','organiser')),
  ${text3("name", 5000)},
  ${text3("description", 5000)},
  tax_code TEXT UNIQUE CHECK (tax_code IS NULL OR (length(tax_code) IN (10,13) AND tax_code NOT GLOB '*[^0-9]*')),
  website TEXT CHECK ${maxLen("website", 500)},
  contact_name TEXT CHECK ${maxLen("contact_name", 200)},
  contact_email TEXT CHECK ${maxLen("contact_email", 320)},
  contact_phone TEXT CHECK ${maxLen("contact_phone", 60)},
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','suspended')),
  verified_at TEXT,
  content_hash TEXT,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW},
  CHECK (COALESCE(name_vi, name_en, name_ja) IS NOT NULL)
)`,
  `CREATE INDEX organisations_kind ON organisations(kind, ref)`,
  `CREATE TABLE supplier_profiles (
  org_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  founded INTEGER CHECK (founded IS NULL OR founded BETWEEN 1800 AND 2100),
  employees INTEGER CHECK (employees IS NULL OR employees >= 1),
  address TEXT CHECK ${maxLen("address", 500)},
  commune TEXT CHECK ${maxLen("commune", 200)},
  industrial_zone TEXT CHECK ${maxLen("industrial_zone", 200)},
  city TEXT CHECK ${maxLen("city", 200)},
  export_markets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(export_markets)),
  sector TEXT CHECK ${maxLen("sector", 64)},
  equipment TEXT CHECK ${maxLen("equipment", 5000)},
  capacity_notes TEXT CHECK ${maxLen("capacity_notes", 5000)}
)`,
  `CREATE INDEX supplier_profiles_sector ON supplier_profiles(sector)`,
  `CREATE TABLE buyer_profiles (
  org_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]'))
)`,
  `CREATE TABLE capability_terms (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('process','material','product')),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 120),
  lang TEXT CHECK (lang IS NULL OR lang IN ('vi','en','ja')),
  concept_id TEXT,
  position INTEGER NOT NULL DEFAULT 0
)`,
  `CREATE INDEX capability_terms_org ON capability_terms(org_id, kind, position)`,
  `CREATE INDEX capability_terms_concept ON capability_terms(concept_id)`,
  `CREATE TABLE certifications (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  standard TEXT NOT NULL CHECK (length(standard) BETWEEN 2 AND 80),
  concept_id TEXT,
  certificate_no TEXT CHECK ${maxLen("certificate_no", 80)},
  issuer TEXT CHECK ${maxLen("issuer", 200)},
  scope TEXT CHECK ${maxLen("scope", 1000)},
  valid_until TEXT CHECK ${isoDate("valid_until")},
  file_path TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL DEFAULT ${NOW}
)`,
  `CREATE INDEX certifications_org ON certifications(org_id, position)`,
  `CREATE INDEX certifications_concept ON certifications(concept_id, valid_until)`,
  `CREATE TABLE sourcing_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64 AND ref NOT GLOB '*[^A-Za-z0-9_-]*'),
  buyer_org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
  ${text3("title", 5000)},
  ${text3("description", 5000)},
  annual_volume INTEGER CHECK (annual_volume IS NULL OR annual_volume >= 1),
  target_date TEXT CHECK ${isoDate("target_date")},
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public','organisers')),
  content_hash TEXT,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW},
  CHECK (COALESCE(title_vi, title_en, title_ja) IS NOT NULL)
)`,
  `CREATE INDEX sourcing_requests_buyer ON sourcing_requests(buyer_org_id, status)`,
  `CREATE TABLE request_terms (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id INTEGER NOT NULL REFERENCES sourcing_requests(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('process','material','product','certification')),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 120),
  concept_id TEXT,
  position INTEGER NOT NULL DEFAULT 0
)`,
  `CREATE INDEX request_terms_request ON request_terms(request_id, kind, position)`,
  `CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role TEXT NOT NULL CHECK (role IN ('organiser','admin','buyer','supplier')),
  org_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  last_used_at TEXT,
  revoked_at TEXT
)`,
  `CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL DEFAULT ${NOW},
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_ref TEXT,
  details TEXT CHECK (details IS NULL OR json_valid(details))
)`,
  `CREATE INDEX audit_log_entity ON audit_log(entity, entity_ref, at)`,
  `CREATE TABLE search_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL CHECK (entity IN ('supplier')),
  ref TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('upsert','delete')),
  created_at TEXT NOT NULL DEFAULT ${NOW},
  done_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
)`,
  `CREATE INDEX search_outbox_pending ON search_outbox(done_at, id)`,
];

export const { up, down } = tablesMigration(statements);
