import { getServices } from "~/utils/services.server";
import { auditActor, type Actor } from "~/modules/auth/permissions";
import { canonicalSupplier } from "~/modules/directory/canonical";
import { prepareSupplier } from "~/modules/import/prepare";
import { formatFieldValue, isSupplierField, withField } from "~/modules/import/provenance";
import { DirectoryImportStatements } from "../../db/queries/directory-import";
import { withStatements } from "../../db/statements";
import {
  countOpenConflicts,
  listOpenConflicts,
  openConflict,
  RESOLVE_CONFLICT_SQL,
} from "../../db/queries/import-conflicts";
import { loadSuppliers } from "../../db/queries/organisations";
import type { Services } from "~/utils/services.server";

// The organisers' side of import conflicts (ADR 180): list the fields an import left as the firm
// saved them, and settle each one — take the file's value (written as an import would) or keep
// the firm's. Used by /admin/import/conflicts and `cli conflicts`.

export interface ConflictItem {
  id: number;
  ref: string;
  name: string;
  field: string;
  file: string;
  portal: string;
  source: string | null;
  createdAt: string;
}

type Target = Pick<Services, "db" | "sqlite">;

export async function listConflicts(
  target: Target = getServices(),
): Promise<{ items: ConflictItem[]; total: number }> {
  const [rows, total] = await Promise.all([listOpenConflicts(target.db), countOpenConflicts(target.db)]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      name: r.nameVi ?? r.nameEn ?? r.ref,
      field: r.field,
      file: formatFieldValue(JSON.parse(r.fileValue)),
      portal: formatFieldValue(JSON.parse(r.portalValue)),
      source: r.source,
      createdAt: r.createdAt,
    })),
  };
}

export function openConflictCount(target: Target = getServices()): Promise<number> {
  return countOpenConflicts(target.db);
}

export type ResolveResult = { ok: true; ref: string } | { ok: false; error: "notFound" | "taxCodeTaken" };

/** `take`: 'import' writes the file's value into the firm's record; 'portal' keeps the firm's. */
export async function resolveConflict(
  actor: Actor | "cli",
  id: number,
  take: "import" | "portal",
  target: Target = getServices(),
): Promise<ResolveResult> {
  const { db, sqlite } = target;
  const c = await openConflict(db, id);
  if (!c || !isSupplierField(c.field)) return { ok: false, error: "notFound" };
  const who = auditActor(actor);
  let prepared: ReturnType<typeof prepareSupplier> | null = null;
  if (take === "import") {
    const [v] = await loadSuppliers(db, { ref: c.ref }, { withContact: true });
    if (!v) return { ok: false, error: "notFound" };
    prepared = prepareSupplier(withField(canonicalSupplier(v), c.field, JSON.parse(c.fileValue)));
  }
  try {
    const done = await withStatements({ db, sqlite }, (sx) => {
      const st = new DirectoryImportStatements(sx);
      return sx.tx(async () => {
        // Settled by someone else meanwhile: nothing to do.
        if ((await sx.run(RESOLVE_CONFLICT_SQL, [take, who, id])) === 0) return false;
        if (prepared) {
          await st.writeSupplier(c.orgId, prepared);
          await st.outbox(c.ref, "upsert");
        }
        await st.audit(
          who,
          take === "import" ? "import.conflict.take-file" : "import.conflict.keep-portal",
          "supplier",
          c.ref,
          {
            field: c.field,
            conflict: id,
          },
        );
        return true;
      });
    });
    return done ? { ok: true, ref: c.ref } : { ok: false, error: "notFound" };
  } catch (e) {
    // SQLite names the column in its message, PostgreSQL in the detail ("Key (tax_code)=…").
    if (
      /UNIQUE constraint failed: organisations\.tax_code|^Key \(tax_code\)/m.test(
        `${(e as Error).message}\n${(e as { detail?: string }).detail ?? ""}`,
      )
    )
      return { ok: false, error: "taxCodeTaken" };
    throw e;
  }
}
