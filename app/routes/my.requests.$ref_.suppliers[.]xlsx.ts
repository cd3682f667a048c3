import { requestSuppliersDownload } from "~/services/export.server";

// A request's ranked suppliers with the reasons, for its buyer's accounts and organisers.
export const loader = requestSuppliersDownload("xlsx");
