import { eventFileDownload } from "~/services/event-export.server";

// /admin/events/ID/export/{registrations,schedule-by-participant,schedule-by-table}.{xlsx,csv}:
// the organisers' event lists as files (issue 12 §3).
export const loader = eventFileDownload;
