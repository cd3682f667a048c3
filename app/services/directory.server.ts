// The door from routes, API helpers and the CLI to the directory data (DESIGN.md: *.server.ts
// files are the only way from routes to db/). Reads take the Kysely handle first, like every
// query function, so a caller inside a transaction passes the transaction.
export {
  getSupplier,
  listSuppliers,
  getBuyer,
  loadSuppliers,
  loadBuyers,
  directoryStats,
} from "../../db/queries/organisations";
export type { SupplierListRow, DirectoryStats } from "../../db/queries/organisations";
export { getRequest, listRequests, loadRequests } from "../../db/queries/requests";
export { contractSupplier, contractBuyer, contractRequest } from "../modules/directory/canonical";
export type {
  SupplierView,
  BuyerView,
  RequestView,
  TermView,
  CertificationView,
  RequestTermView,
  DirectorySupplier,
  DirectoryBuyer,
  DirectoryRequest,
  DirectoryText,
} from "../modules/directory/types";
export { importDirectory, type ImportOptions, type ImportTarget } from "./import/run.server";
export { exportDirectory } from "./import/export.server";
export { formatReport, type ImportReport } from "../modules/import/report";
export { DirectoryFormatError, formatRejection, type Rejection } from "../modules/import/validate";
export { formatDirectory } from "../modules/directory/canonical";
