// The audit log, the door from routes to it (routes never import db/; see docs/decisions/250-layers.md).
import { listAudit, recordAudit } from "../../db/queries/audit";
import { auditActionLabel, auditDetails } from "~/modules/i18n/audit-labels";
import type { Locale } from "~/modules/i18n";
import { getDb } from "~/utils/services.server";

export { listAudit, recordAudit };

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
