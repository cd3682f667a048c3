import { sql, type Kysely } from "kysely";

// Frozen once landed. Why two firms meet, recorded when the schedule places their meeting and
// copied into each publication, so agendas, invitations and .ics files show the reasons the
// meeting was planned on rather than whatever matching says on the day they are read (issue 11).
// JSON {"vi": string[], "en": string[]}; NULL for meetings planned before this migration, which
// fall back to reading the reasons at read time.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE meetings ADD COLUMN reasons TEXT`.execute(db);
  await sql`ALTER TABLE published_meetings ADD COLUMN reasons TEXT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE published_meetings DROP COLUMN reasons`.execute(db);
  await sql`ALTER TABLE meetings DROP COLUMN reasons`.execute(db);
}
