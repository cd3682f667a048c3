import { Form } from "@remix-run/react";
import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import { scrollRegion } from "~/components/ui/table";
import { Button } from "~/components/ui/button";
import { Options } from "~/components/ui/field";

// The pieces of the spreadsheet mapping page (/admin/import/sheet): the GET forms that reopen the
// step with another sheet, kind of list or saved mapping, and the table of columns with the
// field each one feeds.

interface StepView {
  token: string;
  sheet: string;
  sheets: string[];
  kind: "firms" | "requests";
  guessedKind: "firms" | "requests";
  saved: { id: number; name: string }[];
  fields: readonly string[];
  mapping: { column: string; header: string; field: string | null }[];
  samples: (string | { date: string })[][];
}

const select = "rounded border px-2 py-1";

/** Another sheet of the workbook, the kind of list (proposed from the headers), a saved mapping. */
export function StepChoosers({ step }: { step: StepView }) {
  const t = useT();
  return (
    <>
      <Form method="get" className="flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="token" value={step.token} />
        {step.sheets.length > 1 && (
          <label className="flex flex-col">
            {t("import.sheet.sheet")}
            <select name="sheet" defaultValue={step.sheet} className={select}>
              {step.sheets.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        )}
        {step.sheets.length <= 1 && <input type="hidden" name="sheet" value={step.sheet} />}
        <label className="flex flex-col">
          {t("import.kind.label")}
          <select name="kind" defaultValue={step.kind} className={select}>
            <option value="firms">{t("import.kind.firms")}</option>
            <option value="requests">{t("import.kind.requests")}</option>
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {t(step.sheets.length > 1 ? "import.sheet.open" : "import.kind.apply")}
        </Button>
      </Form>
      <p className="text-sm text-slate-600">
        {t("import.kind.guessed", { kind: t(`import.kind.${step.guessedKind}`) })}
      </p>
      {step.saved.length > 0 && (
        <Form method="get" className="flex flex-wrap items-end gap-2 text-sm">
          <input type="hidden" name="token" value={step.token} />
          <input type="hidden" name="sheet" value={step.sheet} />
          <label className="flex flex-col">
            {t("import.sheet.useSaved")}
            <select name="saved" className={select}>
              <Options items={step.saved} value={(m) => m.id} label={(m) => m.name} />
            </select>
          </label>
          <Button type="submit" variant="secondary">
            {t("import.sheet.apply")}
          </Button>
        </Form>
      )}
    </>
  );
}

/** Each column of the file: its letters, header, a select for its field, a few example values. */
export function MappingTable({ step }: { step: StepView }) {
  const t = useT();
  const locale = useLocale();
  const th = "px-2 py-2 text-left font-medium text-slate-500";
  return (
    <section className="overflow-x-auto" {...scrollRegion(t("import.sheet.columns"))}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("import.sheet.columns")}</caption>
        <thead>
          <tr>
            {["column", "header", "field", "examples"].map((k) => (
              <th key={k} scope="col" className={th}>
                {t(`import.sheet.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {step.mapping.map((c, i) => (
            <tr key={c.column}>
              <td className="px-2 py-1 font-mono">{c.column}</td>
              <td className="px-2 py-1">{c.header}</td>
              <td className="px-2 py-1">
                <select
                  name={`col_${c.column}`}
                  defaultValue={c.field ?? ""}
                  aria-label={t("import.sheet.fieldOf", { column: c.column, header: c.header })}
                  className={`max-w-[14rem] ${select}`}
                >
                  <option value="">{t("import.field.none")}</option>
                  <Options items={step.fields} value={(f) => f} label={(f) => t(`import.field.${f}`)} />
                </select>
              </td>
              <td className="px-2 py-1 text-slate-600">
                {step.samples[i]
                  ?.map((v) => (typeof v === "string" ? v : formatDate(v.date, locale)))
                  .join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Notice({ tone, children }: { tone: "ok" | "warn" | "error"; children: React.ReactNode }) {
  if (tone === "error")
    return (
      <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {children}
      </div>
    );
  return (
    <p role="status" className={`text-sm ${tone === "ok" ? "text-emerald-800" : "text-amber-800"}`}>
      {children}
    </p>
  );
}
