// The audit log, the door from routes to it (routes never import db/; see docs/decisions/250-layers.md).
import { listAudit, recordAudit } from "../../db/queries/audit";
import { auditActionLabel, auditDetails } from "~/modules/i18n/audit-labels";
import type { Locale } from "~/modules/i18n";
import { auditActor, type Actor } from "~/modules/auth/permissions";
import { getDb } from "~/utils/services.server";
import type { Db } from "../../db/connection";

export { listAudit, recordAudit };

/**
 * Records that a person or token did `action` to one record (`entity` with its id or ref): the
 * entry every service writes after a change, inside the change's transaction when it has one.
 * `actor` is the signed-in actor, or the log's actor column itself ('user:ID', 'cli') where the
 * writer has no Actor (sign-up, password reset, the CLI).
 */
export function auditAction(
  db: Db,
  actor: Pick<Actor, "kind" | "userId" | "tokenId"> | string,
  action: string,
  entity: string,
  entityRef: string | number,
  details?: unknown,
): Promise<void> {
  const who = typeof actor === "string" ? actor : auditActor(actor);
  return recordAudit(db, { actor: who, action, entity, entityRef: String(entityRef), details });
}

export const AUDIT_PAGE = 100;

/** One page of the audit log for /admin/audit, with each code's label and the details as pairs. */
export async function auditLogPage(
  f: { actor?: string; entity?: string; entityRef?: string; page: number },
  locale: Locale,
) {
  const { rows, total } = await listAudit(getDb(), {
    actor: f.actor,
    entity: f.entity,
    entityRef: f.entityRef,
    limit: AUDIT_PAGE,
    offset: (f.page - 1) * AUDIT_PAGE,
  });
  return {
    rows: rows.map((r) => ({
      ...r,
      actionLabel: auditActionLabel(r.action, locale),
      detailList: auditDetails(r.details),
    })),
    total,
  };
}
