// The audit log, the door from routes to it (routes never import db/; see docs/decisions/250-layers.md).
export { listAudit, recordAudit } from "../../db/queries/audit";
