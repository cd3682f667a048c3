import { sql, type Kysely } from "kysely";
import { NOW } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// News and policy notices (/news): bilingual Markdown written by organisers, rendered and
// sanitised on reading (app/modules/news/markdown.ts), so a sanitiser fix applies to old articles
// too. published_at NULL is a draft; the slug is the article's address and never changes.

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE news_articles (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE CHECK (slug GLOB '[a-z0-9]*' AND slug NOT GLOB '*[^a-z0-9-]*' AND length(slug) BETWEEN 1 AND 80),
  title_vi TEXT NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 200),
  title_en TEXT NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  body_vi TEXT NOT NULL CHECK (length(body_vi) <= 20000),
  body_en TEXT NOT NULL CHECK (length(body_en) <= 20000),
  scheme_id INTEGER REFERENCES support_schemes(id) ON DELETE SET NULL,
  published_at TEXT,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW}
)`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX news_articles_published ON news_articles(published_at)`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS news_articles`).execute(db);
}
