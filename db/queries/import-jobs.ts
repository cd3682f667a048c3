import type { Db } from "../connection";

// Import jobs as rows (ADR 465): written by the instance running the job, read by any.

export interface ImportJobRow {
  id: string;
  source: string;
  done: number;
  total: number;
  report: string | null;
  error: string | null;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export async function insertImportJob(
  db: Db,
  job: { id: string; source: string; now: string },
): Promise<void> {
  await db
    .insertInto("importJobs")
    .values({ id: job.id, source: job.source, startedAt: job.now, updatedAt: job.now })
    .execute();
}

/** Progress, then the end (report or error): only the given fields change. */
export async function updateImportJob(
  db: Db,
  id: string,
  set: { done: number; total: number; report?: string; error?: string; finishedAt?: string; now: string },
): Promise<void> {
  const { now, ...fields } = set;
  await db
    .updateTable("importJobs")
    .set({ ...fields, updatedAt: now })
    .where("id", "=", id)
    .execute();
}

export async function importJobById(db: Db, id: string): Promise<ImportJobRow | null> {
  const row = await db
    .selectFrom("importJobs")
    .select(["id", "source", "done", "total", "report", "error", "startedAt", "updatedAt", "finishedAt"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? { ...row, done: Number(row.done), total: Number(row.total) } : null;
}

/** Forgets jobs finished before `before` (ISO time). */
export async function pruneImportJobs(db: Db, before: string): Promise<void> {
  await db
    .deleteFrom("importJobs")
    .where("finishedAt", "is not", null)
    .where("finishedAt", "<", before)
    .execute();
}
