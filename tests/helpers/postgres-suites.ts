// The shared suites that `npm run test:postgres` runs again on PostgreSQL: service-level and
// HTTP-level (the server started on the test's own PostgreSQL database, tests/helpers/server.ts).
// Shared by vitest.postgres.config.ts and tests/postgres/suites-skipped.test.ts: without
// TEST_POSTGRES_URL they are not started (their beforeAll would fail) but reported one by one as
// skipped. Suites not listed, and why, in POSTGRES_NOT_YET below.
export const POSTGRES_SUITES = [
  "tests/integration/agenda/agenda-labels.test.ts",
  "tests/integration/agenda/day.test.ts",
  "tests/integration/agenda/live-names.test.ts",
  "tests/integration/agenda/meeting-reasons.test.ts",
  "tests/integration/auth/accounts.test.ts",
  "tests/integration/auth/api-tokens.test.ts",
  "tests/integration/auth/demo-verified.test.ts",
  "tests/integration/auth/http.test.ts",
  "tests/integration/auth/language.test.ts",
  "tests/integration/auth/password-strength.test.ts",
  "tests/integration/auth/sessions.test.ts",
  "tests/integration/authz-matrix.test.ts",
  "tests/integration/deploy/http-hardening.test.ts",
  "tests/integration/deploy/http-parts.test.ts",
  "tests/integration/deploy/readiness.test.ts",
  "tests/integration/engagement/engagement.test.ts",
  "tests/integration/engagement/meeting-cancel.test.ts",
  "tests/integration/engagement/meeting-threads.test.ts",
  "tests/integration/engagement/permissions.test.ts",
  "tests/integration/events/api.test.ts",
  "tests/integration/events/requests.test.ts",
  "tests/integration/events/schedule.test.ts",
  "tests/integration/http/api-conventions.test.ts",
  "tests/integration/http/api-handler.test.ts",
  "tests/integration/http/audit-page.test.ts",
  "tests/integration/http/console-titles.test.ts",
  "tests/integration/http/contact-access.test.ts",
  "tests/integration/http/directory.test.ts",
  "tests/integration/http/error-pages.test.ts",
  "tests/integration/http/event-exports.test.ts",
  "tests/integration/http/exports.test.ts",
  "tests/integration/http/grid-and-request-exports.test.ts",
  "tests/integration/http/hostile-input.test.ts",
  "tests/integration/http/import-messages-lang.test.ts",
  "tests/integration/http/import-upload-attacks.test.ts",
  "tests/integration/http/languages.test.ts",
  "tests/integration/http/ref-link.test.ts",
  "tests/integration/http/shortlist-export.test.ts",
  "tests/integration/http/start-demo.test.ts",
  "tests/integration/http/web-security.test.ts",
  "tests/integration/http/wrong-bodies.test.ts",
  "tests/integration/import/bad-records.test.ts",
  "tests/integration/import/cli.test.ts",
  "tests/integration/import/field-rules.test.ts",
  "tests/integration/import/invisible-characters.test.ts",
  "tests/integration/import/provenance.test.ts",
  "tests/integration/import/ref-namespaces.test.ts",
  "tests/integration/import/roundtrip.test.ts",
  "tests/integration/import/spreadsheet-cli.test.ts",
  "tests/integration/import/spreadsheet-large.test.ts",
  "tests/integration/import/spreadsheet-requests.test.ts",
  "tests/integration/import/spreadsheet-roundtrip.test.ts",
  "tests/integration/import/spreadsheet.test.ts",
  "tests/integration/mail/admin-mail.test.ts",
  "tests/integration/mail/delivery.test.ts",
  "tests/integration/mail/invitations.test.ts",
  "tests/integration/mail/reminders.test.ts",
  "tests/integration/matching/api.test.ts",
  "tests/integration/matching/dismissals-report.test.ts",
  "tests/integration/matching/pages.test.ts",
  "tests/integration/matching/verdict-migration.test.ts",
  "tests/integration/matching/verdict-sides.test.ts",
  "tests/integration/profile/buyer-and-import.test.ts",
  "tests/integration/profile/stale-form.test.ts",
  "tests/integration/profile/supplier-profile.test.ts",
  "tests/integration/programme/admin-programme.test.ts",
  "tests/integration/programme/kpi-db.test.ts",
  "tests/integration/programme/publication.test.ts",
  "tests/integration/schemes/lifecycle-http.test.ts",
  "tests/integration/schemes/schemes-http.test.ts",
  "tests/integration/search/certificate-validity.test.ts",
  "tests/integration/search/japanese-spelling.test.ts",
  "tests/integration/search/outbox.test.ts",
  "tests/integration/search/unseen-terms.test.ts",
  "tests/integration/taxonomy/attach.test.ts",
  "tests/integration/taxonomy/http.test.ts",
  "tests/integration/taxonomy/learned.test.ts",
];

/**
 * Not run on PostgreSQL, each with the reason (docs/decisions/400-postgresql-test-run.md, 450,
 * 490, 491). None of them is there for a slowness or failure of the portal on PostgreSQL.
 */
export const POSTGRES_NOT_YET: Record<string, string> = {
  // SQLite-only by design: what they test exists only for the SQLite file.
  "tests/integration/cli/backup.test.ts":
    "the SQLite file's online backup; PostgreSQL's (pg_dump) is tests/postgres/backup.test.ts",
  "tests/integration/deploy/nginx.test.ts":
    "the SQLite deployment unit; tests/postgres/two-instances.test.ts covers PostgreSQL",
  "tests/integration/auth/sessions-migration.test.ts": "migrates a SQLite file of an older schema",
  "tests/integration/cli/strip-nul.test.ts":
    "SQLite-only by design: both tests write through the raw better-sqlite3 handle, and the migration it checks does nothing on PostgreSQL, whose text cannot hold U+0000 at all; the stripping on PostgreSQL is checked by http/web-security (a NUL in a sign-up form)",
  "tests/integration/http/directory-views-kept.test.ts":
    "the kept list and profile views are SQLite-only (decision 441): on PostgreSQL another instance may write, so nothing is kept",
  // Database-independent by design: they open no portal database at all.
  "tests/integration/bench/lighthouse-failure.test.ts":
    "database-independent by design: the pages bench's report when Lighthouse fails on a port where nothing listens; no database is opened",
  "tests/integration/deploy/production-bundle.test.ts":
    "database-independent by design: reads the build's files (production mode, no React development bundle); no database is opened",
  // Database-independent by design: the embedded engine is given a SQLite handle and only ever
  // reads and writes its own search_* tables there (search/embedded/schema.ts); the contract feeds
  // it fixture documents, never the portal database's rows.
  "tests/integration/search/postings-candidates.test.ts":
    "database-independent by design: compares the embedded engine's in-memory postings with its own FTS5 tables in the SQLite file it builds (decision 595); the portal's rows are only the generated firms it indexes",
  "tests/contract/search.contract.test.ts":
    "database-independent by design: the embedded engine is given a SQLite handle and touches only its own search_* tables there; the contract feeds it fixture documents, never the portal database's rows",
};
