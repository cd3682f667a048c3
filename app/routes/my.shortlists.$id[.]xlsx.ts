import { shortlistDownload } from "~/services/export.server";

// One of the buyer's shortlists as a workbook with why each firm fits its requests (ADR 435);
// another organisation's list is a 404. The .csv beside it stays as it was (bookmarked URLs).
export const loader = shortlistDownload("xlsx");
