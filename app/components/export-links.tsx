import { useT } from "~/components/i18n";

/**
 * "Download: Excel · CSV · JSON" for a list: plain links to the list's resource routes
 * (`base` + ".xlsx" …), carrying the page's own query so the file holds what the page lists.
 */
export function ExportLinks({
  base,
  search = "",
  formats = ["xlsx", "csv"],
}: {
  base: string;
  search?: string;
  formats?: ("xlsx" | "csv" | "json")[];
}) {
  const t = useT();
  const q = new URLSearchParams(search);
  q.delete("page");
  const qs = q.toString() ? `?${q}` : "";
  return (
    <p className="text-sm text-slate-600">
      {t("export.label")}:{" "}
      {formats.map((f, i) => (
        <span key={f}>
          {i > 0 && " · "}
          <a href={`${base}.${f}${qs}`} download className="underline">
            {t(`export.${f}`)}
          </a>
        </span>
      ))}
    </p>
  );
}

/** The organisers' event files (registrations, schedule by participant, by table), each as Excel and CSV. */
export function EventExportLinks({
  eventId,
  files = ["registrations", "schedule-by-participant", "schedule-by-table", "schedule-grid"],
}: {
  eventId: number;
  files?: ("registrations" | "schedule-by-participant" | "schedule-by-table" | "schedule-grid")[];
}) {
  const t = useT();
  const label = {
    registrations: "export.registrations",
    "schedule-by-participant": "export.byParticipant",
    "schedule-by-table": "export.byTable",
    "schedule-grid": "export.scheduleGrid",
  } as const;
  return (
    <ul className="space-y-1 text-sm text-slate-600">
      {files.map((f) => (
        <li key={f}>
          {t(label[f])}:{" "}
          {(["xlsx", "csv"] as const).map((fmt, i) => (
            <span key={fmt}>
              {i > 0 && " · "}
              <a href={`/admin/events/${eventId}/export/${f}.${fmt}`} download className="underline">
                {t(`export.${fmt}`)}
              </a>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
