import { sql, type Kysely } from "kysely";

// Frozen once landed. A supplier's logo (uploaded on /my/profile): the file name inside
// `${dataDir}/uploads/`, random, never a path the client chose.
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `ALTER TABLE supplier_profiles ADD COLUMN logo_path TEXT CHECK (logo_path IS NULL OR logo_path GLOB '[0-9a-f]*.[a-z]*')`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`ALTER TABLE supplier_profiles DROP COLUMN logo_path`).execute(db);
}
