import type { Db } from "../connection";
import { countRows } from "./count";

export interface AuditEntry {
  /** 'user:ID', 'token:ID' or 'cli' (see auditActor in app/modules/auth/permissions.ts). */
  actor: string;
  action: string;
  entity: string;
  entityRef?: string | null;
  details?: unknown;
}

/** For writers on the raw better-sqlite3 handle (the importer): actor, action, entity, entity_ref, details. */
export const AUDIT_INSERT_SQL = `INSERT INTO audit_log (actor, action, entity, entity_ref, details) VALUES (?, ?, ?, ?, ?)`;

/** Every write records who did what to which record; call it inside the write's transaction. */
export async function recordAudit(db: Db, e: AuditEntry): Promise<void> {
  await db
    .insertInto("auditLog")
    .values({
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entityRef: e.entityRef ?? null,
      details: e.details === undefined ? null : JSON.stringify(e.details),
    })
    .execute();
}

export interface AuditFilter {
  actor?: string;
  entity?: string;
  entityRef?: string;
  limit: number;
  offset: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  let q = db.selectFrom("auditLog");
  if (f.actor) q = q.where("actor", "=", f.actor);
  if (f.entity) q = q.where("entity", "=", f.entity);
  if (f.entityRef) q = q.where("entityRef", "=", f.entityRef);
  const [rows, total] = await Promise.all([
    q
      .select(["id", "at", "actor", "action", "entity", "entityRef", "details"])
      .orderBy("id", "desc")
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    countRows(q),
  ]);
  return { rows, total };
}
