import { requestListDownload } from "~/services/export.server";

// /admin/export/requests.{xlsx,csv}: every sourcing request, for organisers (issue 12 §3),
// under headers `import --requests` reads back.
export const loader = requestListDownload;
