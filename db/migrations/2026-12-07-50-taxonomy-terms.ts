import { sql, type Kysely } from "kysely";

// Frozen once landed. Firms' and buyers' own words an organiser attached to a taxonomy concept on
// /admin/taxonomy (issue 15): the lexicon reads each as one more synonym of its concept, so the
// term maps from then on, in imports, profiles, queries and matching. `term_key` is the term's
// lookup key (app/modules/taxonomy/keys.ts phraseKey: folded, singular), one attachment per
// kind and key; `text` is the spelling the organiser attached.
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE taxonomy_terms (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('process','material','product')),
        term_key TEXT NOT NULL CHECK (length(term_key) BETWEEN 1 AND 300),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 120),
        concept_id TEXT NOT NULL CHECK (length(concept_id) BETWEEN 1 AND 100),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        UNIQUE (kind, term_key)
      )`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE taxonomy_terms`).execute(db);
}
