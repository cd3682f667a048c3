import { sql, type Kysely } from "kysely";

// Frozen once landed. Refs the portal allocated (S-00007 for a firm registered on the web, B-004,
// R-XXXXXX for a request posted on the web) looked like the city's refs, so an import of the
// city's list could "update" a stranger's firm (docs/decisions/090-ref-namespaces.md). This moves
// every portal-allocated ref into the reserved P- namespace (S-00007 -> P-S-00007), marks those
// organisations origin = 'portal', and keeps every place a ref is stored consistent: the search
// outbox (pending rows follow the ref; the old ref is removed from the index and the new one
// added by the worker), the audit log's entity refs. Everything else refers by id. Each move is
// itself audited ('ref.namespace', details {from, to}); down() moves them back from those rows.

type Row = { id: number; ref: string };

async function freeRef(db: Kysely<any>, table: string, wanted: string): Promise<string> {
  // A P- ref an import brought before the namespace existed would clash: add a suffix.
  for (let i = 1; ; i++) {
    const ref = i === 1 ? wanted : `${wanted}-${i}`;
    const hit = await sql`SELECT 1 FROM ${sql.table(table)} WHERE ref = ${ref}`.execute(db);
    if (!hit.rows.length) return ref;
  }
}

async function moveRef(
  db: Kysely<any>,
  kind: "organisation" | "request",
  row: Row,
  entity: string,
  extra: Record<string, unknown>,
): Promise<void> {
  const table = kind === "organisation" ? "organisations" : "sourcing_requests";
  const to = await freeRef(db, table, `P-${row.ref}`);
  await sql`UPDATE ${sql.table(table)} SET ref = ${to} WHERE id = ${row.id}`.execute(db);
  const entities = kind === "organisation" ? ["organisation", "supplier", "buyer"] : ["request"];
  await sql`UPDATE audit_log SET entity_ref = ${to}
    WHERE entity_ref = ${row.ref} AND entity IN (${sql.join(entities)})`.execute(db);
  if (entity === "supplier") {
    await sql`UPDATE search_outbox SET ref = ${to} WHERE ref = ${row.ref} AND done_at IS NULL`.execute(db);
    await sql`INSERT INTO search_outbox (entity, ref, op) VALUES ('supplier', ${row.ref}, 'delete'),
      ('supplier', ${to}, 'upsert')`.execute(db);
  }
  await sql`INSERT INTO audit_log (actor, action, entity, entity_ref, details)
    VALUES ('migration', 'ref.namespace', ${entity}, ${to}, ${JSON.stringify({ from: row.ref, to, ...extra })})`.execute(
    db,
  );
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `ALTER TABLE organisations ADD COLUMN origin TEXT NOT NULL DEFAULT 'import' CHECK (origin IN ('import', 'portal'))`,
    )
    .execute(db);
  await sql.raw(`ALTER TABLE organisations ADD COLUMN linked_at TEXT`).execute(db);

  // Portal-registered: the registration's audit entry names the ref. An organisation the import
  // never wrote (no content hash) with accounts is one too (an audit log is not a constraint).
  const orgs = await sql<Row & { kind: string; importedOver: number }>`
    SELECT o.id, o.ref, o.kind,
      EXISTS (SELECT 1 FROM audit_log i WHERE i.entity_ref = o.ref AND i.action LIKE 'directory.import.%'
        AND i.entity IN ('supplier', 'buyer')) AS importedOver
    FROM organisations o
    WHERE o.kind IN ('supplier', 'buyer') AND (
      EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'register_organisation' AND a.entity_ref = o.ref)
      OR (o.content_hash IS NULL AND EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = o.id)))
    ORDER BY o.id`.execute(db);
  for (const o of orgs.rows) {
    await sql`UPDATE organisations SET origin = 'portal' WHERE id = ${o.id}`.execute(db);
    if (o.ref.slice(0, 2).toUpperCase() === "P-") continue;
    // importedOver: the city's list already wrote over this registered firm — the organisers'
    // to look at (the audit entry says so), not a migration's to guess.
    await moveRef(db, "organisation", o, o.kind, o.importedOver ? { importedOver: true } : {});
  }

  const reqs = await sql<Row>`
    SELECT r.id, r.ref FROM sourcing_requests r
    WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'request.create' AND a.entity = 'request'
      AND a.entity_ref = r.ref) AND upper(substr(r.ref, 1, 2)) <> 'P-'
    ORDER BY r.id`.execute(db);
  for (const r of reqs.rows) await moveRef(db, "request", r, "request", {});
}

export async function down(db: Kysely<any>): Promise<void> {
  const moves = await sql<{ id: number; entity: string; details: string }>`
    SELECT id, entity, details FROM audit_log WHERE action = 'ref.namespace' AND actor = 'migration'
    ORDER BY id DESC`.execute(db);
  for (const m of moves.rows) {
    const { from, to } = JSON.parse(m.details) as { from: string; to: string };
    const table = m.entity === "request" ? "sourcing_requests" : "organisations";
    const entities = m.entity === "request" ? ["request"] : ["organisation", "supplier", "buyer"];
    await sql`UPDATE ${sql.table(table)} SET ref = ${from} WHERE ref = ${to}`.execute(db);
    await sql`UPDATE audit_log SET entity_ref = ${from}
      WHERE entity_ref = ${to} AND entity IN (${sql.join(entities)})`.execute(db);
    if (m.entity === "supplier")
      await sql`INSERT INTO search_outbox (entity, ref, op) VALUES ('supplier', ${to}, 'delete'),
        ('supplier', ${from}, 'upsert')`.execute(db);
    await sql`DELETE FROM audit_log WHERE id = ${m.id}`.execute(db);
  }
  await sql.raw(`ALTER TABLE organisations DROP COLUMN linked_at`).execute(db);
  await sql.raw(`ALTER TABLE organisations DROP COLUMN origin`).execute(db);
}
