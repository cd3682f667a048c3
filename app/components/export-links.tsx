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
