import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import {
  mappingStep,
  previewSheet,
  saveSheetMapping,
  startSheetImport,
} from "~/services/admin-import.server";
import { useT } from "~/components/i18n";
import { scrollRegion } from "~/components/ui/table";
import { pageMeta } from "~/components/meta";
import { Button } from "~/components/ui/button";
import { ImportReportView, SheetSummaryView } from "~/components/profile/import-report";
import { FIELDS, type Field } from "~/modules/import/spreadsheet/headers";
import type { SheetMapping } from "~/modules/import/spreadsheet/types";

// The mapping step of a spreadsheet upload (issue 12): the columns with the field each feeds —
// proposed from the headers, or a mapping saved for files of this shape — changed with selects,
// optionally saved by name; then a preview (a dry run) and the confirmation, which starts the
// import job whose report /admin/import shows.

const TOKEN = /^[0-9a-f]{32}$/;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const sheet = url.searchParams.get("sheet") ?? undefined;
  const savedId = Number(url.searchParams.get("saved")) || undefined;
  const step = TOKEN.test(token) ? await mappingStep(token, { sheet, savedId }) : null;
  if (!step) throw redirect("/admin/import?expired=1");
  return { step };
}

const fieldValue = z.union([z.enum(FIELDS), z.literal("")]);
const formSchema = z.object({
  intent: z.enum(["preview", "save", "confirm"]),
  token: z.string().regex(TOKEN),
  sheet: z.string().max(200).optional(),
  headerRow: z.coerce.number().int().min(1).max(1_000_000),
  saveName: z.string().trim().max(100).optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const form = await request.formData();
  const parsed = formSchema.safeParse(Object.fromEntries([...form].filter(([k]) => !k.startsWith("col_"))));
  if (!parsed.success)
    return data({ error: "profile.error.choice", vars: {}, report: null, saved: null }, { status: 400 });
  const v = parsed.data;
  const step = await mappingStep(v.token, { sheet: v.sheet });
  if (!step) return redirect("/admin/import?expired=1");
  // The columns are the file's; only each column's field comes from the form.
  const columns = [];
  const taken = new Map<Field, string>();
  for (const c of step.mapping) {
    const f = fieldValue.safeParse(form.get(`col_${c.column}`) ?? "");
    if (!f.success)
      return data({ error: "profile.error.choice", vars: {}, report: null, saved: null }, { status: 400 });
    const field = f.data === "" ? null : f.data;
    if (field && field !== "rowNumber" && taken.has(field))
      return data(
        {
          error: "import.sheet.twice",
          vars: { a: taken.get(field)!, b: c.column },
          report: null,
          saved: null,
        },
        { status: 400 },
      );
    if (field) taken.set(field, c.column);
    columns.push({ column: c.column, header: c.header, field });
  }
  const mapping: SheetMapping = { format: "cnht-sheet-mapping/1", headerRow: v.headerRow, columns };
  if (v.intent === "save") {
    if (!v.saveName)
      return data({ error: "import.sheet.nameNeeded", vars: {}, report: null, saved: null }, { status: 400 });
    await saveSheetMapping(actor, v.token, v.sheet, v.saveName, mapping);
    return { error: null, vars: {}, report: null, saved: v.saveName };
  }
  if (v.intent === "confirm") {
    const job = await startSheetImport(actor, v.token, v.sheet, mapping);
    if (!job) return redirect("/admin/import?expired=1");
    return redirect(`/admin/import?job=${job}`);
  }
  const p = await previewSheet(actor, v.token, v.sheet, mapping);
  if (!p) return redirect("/admin/import?expired=1");
  if (!p.ok) return data({ error: p.error, vars: p.vars ?? {}, report: null, saved: null }, { status: 400 });
  return { error: null, vars: {}, report: p.report, saved: null };
}

export default function ImportSheetMapping() {
  const t = useT();
  const { step } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const report = result?.report ?? null;
  const hidden = (
    <>
      <input type="hidden" name="token" value={step.token} />
      <input type="hidden" name="headerRow" value={step.headerRow} />
      <input type="hidden" name="sheet" value={step.sheet} />
    </>
  );
  return (
    <section className="max-w-5xl space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t("import.sheet.title")}</h2>
        <p className="mt-1 text-sm text-slate-600">
          {t("import.sheet.lead", { file: step.fileName, sheet: step.sheet, row: step.headerRow })}
        </p>
      </div>

      {step.sheets.length > 1 && (
        <Form method="get" className="flex flex-wrap items-end gap-2 text-sm">
          <input type="hidden" name="token" value={step.token} />
          <label className="flex flex-col">
            {t("import.sheet.sheet")}
            <select name="sheet" defaultValue={step.sheet} className="rounded border px-2 py-1">
              {step.sheets.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            {t("import.sheet.open")}
          </Button>
        </Form>
      )}
      {step.saved.length > 0 && (
        <Form method="get" className="flex flex-wrap items-end gap-2 text-sm">
          <input type="hidden" name="token" value={step.token} />
          <input type="hidden" name="sheet" value={step.sheet} />
          <label className="flex flex-col">
            {t("import.sheet.useSaved")}
            <select name="saved" className="rounded border px-2 py-1">
              {step.saved.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            {t("import.sheet.apply")}
          </Button>
        </Form>
      )}
      {step.appliedName && (
        <p role="status" className="text-sm text-emerald-800">
          {t("import.sheet.applied", { name: step.appliedName })}
        </p>
      )}
      {result?.saved && (
        <p role="status" className="text-sm text-emerald-800">
          {t("import.sheet.savedAs", { name: result.saved })}
        </p>
      )}
      {result?.error && (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {t(result.error, result.vars)}
        </div>
      )}
      {step.missing.length > 0 && !report && (
        <p className="text-sm text-amber-800">{t("import.sheet.needs")}</p>
      )}

      <Form method="post" className="space-y-4 rounded-lg border bg-white p-5">
        {hidden}
        <section className="overflow-x-auto" {...scrollRegion(t("import.sheet.columns"))}>
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t("import.sheet.columns")}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-2 text-left font-medium text-slate-500">
                  {t("import.sheet.column")}
                </th>
                <th scope="col" className="px-2 py-2 text-left font-medium text-slate-500">
                  {t("import.sheet.header")}
                </th>
                <th scope="col" className="px-2 py-2 text-left font-medium text-slate-500">
                  {t("import.sheet.field")}
                </th>
                <th scope="col" className="px-2 py-2 text-left font-medium text-slate-500">
                  {t("import.sheet.examples")}
                </th>
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
                      className="max-w-[14rem] rounded border px-2 py-1"
                    >
                      <option value="">{t("import.field.none")}</option>
                      {FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(`import.field.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-2 py-1 text-slate-600">{step.samples[i]?.join(" · ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <div className="flex flex-wrap items-end gap-3">
          <Button type="submit" name="intent" value="preview" disabled={busy}>
            {busy ? t("import.previewing") : t("import.preview")}
          </Button>
          <label className="flex flex-col text-sm">
            {t("import.sheet.saveName")}
            <input name="saveName" maxLength={100} className="rounded border px-2 py-1" />
          </label>
          <Button type="submit" name="intent" value="save" variant="secondary" disabled={busy}>
            {t("import.sheet.save")}
          </Button>
          <Link to="/admin/import" className="text-sm">
            {t("import.cancel")}
          </Link>
        </div>
      </Form>

      {report && (
        <div className="space-y-4 rounded-lg border border-amber-200 bg-white p-5">
          <h3 className="text-lg font-semibold">{t("import.previewTitle")}</h3>
          <ImportReportView report={report} title={t("import.previewTitle")} />
          <SheetSummaryView s={report.spreadsheet} />
          {/* The confirmation imports exactly the mapping that was previewed. */}
          <Form method="post">
            {hidden}
            {report.spreadsheet.mapping.map((c) => (
              <input key={c.column} type="hidden" name={`col_${c.column}`} value={c.field ?? ""} />
            ))}
            <Button type="submit" name="intent" value="confirm" disabled={busy}>
              {t("import.confirm")}
            </Button>
          </Form>
        </div>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("import.sheet.title") }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
