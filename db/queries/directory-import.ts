import type { Statements } from "../statements";
import type { PreparedBuyer, PreparedRequest, PreparedSupplier } from "../../app/modules/import/prepare";
import { OUTBOX_INSERT_SQL } from "./outbox";
import { AUDIT_INSERT_SQL } from "./audit";

// The importer's writes as hand-written statements (db/statements.ts: prepared better-sqlite3
// statements on SQLite, one pooled connection on PostgreSQL): an import of 10,000 firms is about
// 100,000 statements, which Kysely's query building per statement would make several times slower.
// Callers run these inside a transaction (app/services/import/run.server.ts); nothing here commits.

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

export interface OrgRef {
  id: number;
  kind: "supplier" | "buyer" | "organiser";
  hash: string | null;
}

export interface RequestRef {
  id: number;
  hash: string | null;
  buyerOrgId: number;
}

type LocalText = { vi?: string; en?: string; ja?: string };

const textCols = (t: LocalText | undefined) => [t?.vi ?? null, t?.en ?? null, t?.ja ?? null];

/** An imported firm's organisations columns, in the order insertOrg and updateOrg take them. */
function orgCols(
  r: {
    name: LocalText;
    description?: LocalText;
    contact?: { name?: string; email?: string; phone?: string };
  },
  taxCode: string | null,
  website: string | null,
  hash: string,
) {
  return [
    ...textCols(r.name),
    ...textCols(r.description),
    taxCode,
    website,
    r.contact?.name ?? null,
    r.contact?.email ?? null,
    r.contact?.phone ?? null,
    hash,
  ];
}

export class DirectoryImportStatements {
  private q;

  constructor(st: Statements) {
    // Each statement bound to the connection: q.name.run(...params), .all, .get, .insert (new id).
    const p = (text: string) => ({
      all: <T = unknown>(...a: unknown[]) => st.all<T>(text, a),
      get: <T = unknown>(...a: unknown[]) => st.get<T>(text, a),
      run: (...a: unknown[]) => st.run(text, a),
      // No result needed: on PostgreSQL it travels with the next statement (Statements.write).
      write: (...a: unknown[]) => st.write(text, a),
      insert: (...a: unknown[]) => st.insertId(text, a),
    });
    this.q = {
      orgRefs: p(`SELECT id, ref, kind, content_hash AS hash FROM organisations ORDER BY ref`),
      // Registered on the portal, not linked to a city ref by an organiser, and run by owner
      // accounts: an import may read these back unchanged, never change them.
      protectedOrgs:
        p(`SELECT o.id, o.ref FROM organisations o WHERE o.origin = 'portal' AND o.linked_at IS NULL
        AND EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = o.id AND m.role = 'owner')`),
      requestRefs: p(
        `SELECT id, ref, content_hash AS hash, buyer_org_id AS buyerOrgId FROM sourcing_requests ORDER BY ref`,
      ),
      insertOrg:
        p(`INSERT INTO organisations (ref, kind, name_vi, name_en, name_ja, description_vi, description_en, description_ja,
        tax_code, website, contact_name, contact_email, contact_phone, content_hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      updateOrg:
        p(`UPDATE organisations SET name_vi = ?, name_en = ?, name_ja = ?, description_vi = ?, description_en = ?,
        description_ja = ?, tax_code = ?, website = ?, contact_name = ?, contact_email = ?, contact_phone = ?,
        content_hash = ?, updated_at = ${NOW} WHERE id = ?`),
      // equipment and capacity_notes are not in cnht-directory/1: an import leaves them as they are.
      upsertSupplierProfile:
        p(`INSERT INTO supplier_profiles (org_id, founded, employees, address, commune, industrial_zone,
        city, export_markets, sector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (org_id) DO UPDATE SET founded = excluded.founded, employees = excluded.employees,
        address = excluded.address, commune = excluded.commune, industrial_zone = excluded.industrial_zone,
        city = excluded.city, export_markets = excluded.export_markets, sector = excluded.sector`),
      upsertBuyerProfile: p(`INSERT INTO buyer_profiles (org_id, country) VALUES (?, ?)
        ON CONFLICT (org_id) DO UPDATE SET country = excluded.country`),
      deleteTerms: p(`DELETE FROM capability_terms WHERE org_id = ?`),
      insertTerm: p(
        `INSERT INTO capability_terms (org_id, kind, text, lang, concept_id, position) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      oldCerts: p(`SELECT standard, valid_until AS validUntil, certificate_no AS certificateNo, issuer, scope,
        file_path AS filePath, updated_at AS updatedAt FROM certifications WHERE org_id = ?`),
      deleteCerts: p(`DELETE FROM certifications WHERE org_id = ?`),
      insertCert:
        p(`INSERT INTO certifications (org_id, standard, concept_id, certificate_no, issuer, scope, valid_until,
        file_path, position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ${NOW}))`),
      insertRequest:
        p(`INSERT INTO sourcing_requests (ref, buyer_org_id, title_vi, title_en, title_ja, description_vi,
        description_en, description_ja, annual_volume, target_date, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // status and visibility are the portal's, not the file's: an import does not reopen a request.
      updateRequest:
        p(`UPDATE sourcing_requests SET buyer_org_id = ?, title_vi = ?, title_en = ?, title_ja = ?,
        description_vi = ?, description_en = ?, description_ja = ?, annual_volume = ?, target_date = ?,
        content_hash = ?, updated_at = ${NOW} WHERE id = ?`),
      deleteRequestTerms: p(`DELETE FROM request_terms WHERE request_id = ?`),
      insertRequestTerm: p(
        `INSERT INTO request_terms (request_id, kind, text, concept_id, position) VALUES (?, ?, ?, ?, ?)`,
      ),
      deleteOrg: p(`DELETE FROM organisations WHERE id = ?`),
      deleteRequest: p(`DELETE FROM sourcing_requests WHERE id = ?`),
      requestsOfBuyer: p(`SELECT ref FROM sourcing_requests WHERE buyer_org_id = ? ORDER BY ref`),
      snapshot: p(`SELECT hash, record FROM import_snapshots WHERE org_id = ?`),
      saveSnapshot: p(`INSERT INTO import_snapshots (org_id, hash, record, source) VALUES (?, ?, ?, ?)
        ON CONFLICT (org_id) DO UPDATE SET hash = excluded.hash, record = excluded.record, source = excluded.source,
        imported_at = ${NOW}`),
      // Imported (not registered on the portal and then linked by an organiser) and run by accounts.
      importedWithAccounts:
        p(`SELECT o.origin <> 'portal' AND EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = o.id)
        AS yes FROM organisations o WHERE o.id = ?`),
      conflict: p(`INSERT INTO import_conflicts (org_id, field, file_value, portal_value, source, actor)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (org_id, field) WHERE status = 'open' DO UPDATE SET file_value = excluded.file_value,
        portal_value = excluded.portal_value, source = excluded.source, actor = excluded.actor, created_at = ${NOW}`),
      outbox: p(OUTBOX_INSERT_SQL),
      audit: p(AUDIT_INSERT_SQL),
    };
  }

  async orgRefs(): Promise<Map<string, OrgRef>> {
    const rows = (await this.q.orgRefs.all()) as (OrgRef & { ref: string })[];
    return new Map(rows.map((r) => [r.ref, { id: r.id, kind: r.kind, hash: r.hash }]));
  }

  /** ref -> id of the organisations an import must leave as they are (see protectedOrgs above). */
  async protectedOrgs(): Promise<Map<string, number>> {
    const rows = (await this.q.protectedOrgs.all()) as { id: number; ref: string }[];
    return new Map(rows.map((r) => [r.ref, r.id]));
  }

  async requestRefs(): Promise<Map<string, RequestRef>> {
    const rows = (await this.q.requestRefs.all()) as (RequestRef & { ref: string })[];
    return new Map(rows.map((r) => [r.ref, { id: r.id, hash: r.hash, buyerOrgId: r.buyerOrgId }]));
  }

  /** Creates (id undefined) or rewrites a supplier with its terms and certifications; returns its id. */
  async writeSupplier(id: number | undefined, p: PreparedSupplier): Promise<number> {
    const r = p.record;
    const org = orgCols(r, r.taxCode ?? null, r.website ?? null, p.hash);
    let oldCerts: {
      standard: string;
      validUntil: string | null;
      certificateNo: string | null;
      issuer: string | null;
      scope: string | null;
      filePath: string | null;
      updatedAt: string;
    }[] = [];
    if (id === undefined) {
      id = await this.q.insertOrg.insert(r.ref, "supplier", ...org);
    } else {
      await this.q.updateOrg.write(...org, id);
      oldCerts = await this.q.oldCerts.all<(typeof oldCerts)[number]>(id);
      await this.q.deleteTerms.write(id);
      await this.q.deleteCerts.write(id);
    }
    const l = r.location;
    await this.q.upsertSupplierProfile.write(
      id,
      r.founded ?? null,
      r.employees ?? null,
      l?.address ?? null,
      l?.commune ?? null,
      l?.industrialZone ?? null,
      l?.city ?? null,
      JSON.stringify(r.exportMarkets ?? []),
      p.sector,
    );
    for (const [i, t] of p.terms.entries())
      await this.q.insertTerm.write(id, t.kind, t.text, t.lang, t.conceptId, i);
    for (const [i, c] of p.certifications.entries()) {
      // A certificate the supplier uploaded a scan of keeps its file (and, when nothing about it
      // changed, its date) across a re-import of the city's list.
      const same = oldCerts.find(
        (o) => o.standard === c.standard && o.certificateNo === (c.certificateNo ?? null),
      );
      const identical =
        same &&
        same.validUntil === (c.validUntil ?? null) &&
        same.issuer === (c.issuer ?? null) &&
        same.scope === (c.scope ?? null);
      if (same) oldCerts.splice(oldCerts.indexOf(same), 1);
      await this.q.insertCert.write(
        id,
        c.standard,
        c.conceptId,
        c.certificateNo ?? null,
        c.issuer ?? null,
        c.scope ?? null,
        c.validUntil ?? null,
        same?.filePath ?? null,
        i,
        identical ? same.updatedAt : null,
      );
    }
    return id;
  }

  async writeBuyer(id: number | undefined, p: PreparedBuyer): Promise<number> {
    const r = p.record;
    // Buyers have no Vietnamese tax code (nor a website) in the format.
    const org = orgCols(r, null, null, p.hash);
    if (id === undefined) id = await this.q.insertOrg.insert(r.ref, "buyer", ...org);
    else await this.q.updateOrg.write(...org, id);
    await this.q.upsertBuyerProfile.write(id, r.country ?? null);
    return id;
  }

  async writeRequest(id: number | undefined, buyerOrgId: number, p: PreparedRequest): Promise<number> {
    const r = p.record;
    const cols = [
      ...textCols(r.title),
      ...textCols(r.description),
      r.annualVolume ?? null,
      r.targetDate ?? null,
      p.hash,
    ];
    if (id === undefined) {
      id = await this.q.insertRequest.insert(r.ref, buyerOrgId, ...cols);
    } else {
      await this.q.updateRequest.write(buyerOrgId, ...cols, id);
      await this.q.deleteRequestTerms.write(id);
    }
    for (const [i, t] of p.terms.entries())
      await this.q.insertRequestTerm.write(id, t.kind, t.text, t.conceptId, i);
    return id;
  }

  async deleteOrg(id: number): Promise<void> {
    await this.q.deleteOrg.write(id);
  }

  async deleteRequest(id: number): Promise<void> {
    await this.q.deleteRequest.write(id);
  }

  async requestsOfBuyer(buyerOrgId: number): Promise<string[]> {
    return (await this.q.requestsOfBuyer.all<{ ref: string }>(buyerOrgId)).map((r) => r.ref);
  }

  /** The record the last import brought for this organisation (ADR 180), if any. */
  snapshot(orgId: number): Promise<{ hash: string; record: string } | undefined> {
    return this.q.snapshot.get<{ hash: string; record: string }>(orgId);
  }

  async saveSnapshot(orgId: number, hash: string, record: unknown, source: string | null): Promise<void> {
    await this.q.saveSnapshot.write(orgId, hash, JSON.stringify(record), source);
  }

  /** A firm imported before snapshots were kept whose accounts may have changed it since. */
  async importedWithAccounts(orgId: number): Promise<boolean> {
    // SQLite answers 1, PostgreSQL true.
    const yes = (await this.q.importedWithAccounts.get<{ yes: number | boolean }>(orgId))!.yes;
    return yes === 1 || yes === true;
  }

  /** Records (or refreshes) the open conflict of one field of one firm. */
  async conflict(
    orgId: number,
    field: string,
    file: unknown,
    portal: unknown,
    source: string | null,
    actor: string,
  ): Promise<void> {
    await this.q.conflict.write(
      orgId,
      field,
      JSON.stringify(file ?? null),
      JSON.stringify(portal ?? null),
      source,
      actor,
    );
  }

  async outbox(ref: string, op: "upsert" | "delete"): Promise<void> {
    await this.q.outbox.write("supplier", ref, op);
  }

  async audit(actor: string, action: string, entity: string, ref: string, details: unknown): Promise<void> {
    await this.q.audit.write(
      actor,
      action,
      entity,
      ref,
      details === undefined ? null : JSON.stringify(details),
    );
  }
}
