import { directoryDownload } from "~/services/export.server";

// The directory as on /suppliers (same q and filters) as a .csv file; contacts for organisers only.
export const loader = directoryDownload("csv");
