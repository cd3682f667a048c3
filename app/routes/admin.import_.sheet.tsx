import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { mappingStep, sheetFormIntent } from "~/services/admin-import.server";
import { queryParams } from "~/utils/request-input";
import { LIST_KINDS } from "~/modules/import/spreadsheet/requests";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { Button } from "~/components/ui/button";
import { ImportReportView, SheetSummaryView } from "~/components/profile/import-report";
import { MappingTable, Notice, StepChoosers } from "~/components/import/sheet-mapping";
import { readForm } from "~/utils/form-body.server";

// The mapping step of a spreadsheet upload (issue 12): the kind of list (firms or sourcing
// requests, proposed from the headers), the columns with the field each feeds — proposed, or a
// mapping saved for files of this shape — changed with selects, optionally saved by name; then a
// preview (a dry run) and the confirmation, which starts the import job /admin/import shows.

const token = z.string().regex(/^[0-9a-f]{32}$/);
const kind = z.enum(LIST_KINDS);
const query = z.object({
  token: token.catch(""),
  sheet: z.string().max(200).optional().catch(undefined),
  saved: z.coerce.number().int().positive().optional().catch(undefined),
  kind: kind.optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const q = queryParams(request, query);
  const step = q.token
    ? await mappingStep(q.token, { sheet: q.sheet, savedId: q.saved, kind: q.kind })
    : null;
  if (!step) throw redirect("/admin/import?expired=1");
  return { step };
}

const schema = z.object({
  intent: z.enum(["preview", "save", "confirm"]),
  token,
  sheet: z.string().max(200).optional(),
  headerRow: z.coerce.number().int().min(1).max(1_000_000),
  saveName: z.string().trim().max(100).optional(),
  kind: kind.default("firms"),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema });
  if (submission.status !== "success")
    return data(
      {
        answer: { type: "error", error: "profile.error.choice", vars: {} },
        reply: submission.reply(),
      } as const,
      { status: 400 },
    );
  const answer = await sheetFormIntent(actor, submission.value, (c) => String(form.get(`col_${c}`) ?? ""));
  if (answer.type === "redirect") return redirect(answer.to);
  return data({ answer, reply: submission.reply() }, { status: answer.type === "error" ? 400 : 200 });
}

export default function ImportSheetMapping() {
  const t = useT();
  const { step } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [form] = useForm({ lastResult: result?.reply });
  const busy = useNavigation().state === "submitting";
  const answer = result?.answer;
  const report = answer?.type === "preview" ? answer.report : null;
  const hidden = (
    <>
      <input type="hidden" name="token" value={step.token} />
      <input type="hidden" name="headerRow" value={step.headerRow} />
      <input type="hidden" name="sheet" value={step.sheet} />
      <input type="hidden" name="kind" value={step.kind} />
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
      <StepChoosers step={step} />
      {step.appliedName && <Notice tone="ok">{t("import.sheet.applied", { name: step.appliedName })}</Notice>}
      {answer?.type === "saved" && (
        <Notice tone="ok">{t("import.sheet.savedAs", { name: answer.name })}</Notice>
      )}
      {answer?.type === "error" && <Notice tone="error">{t(answer.error, answer.vars)}</Notice>}
      {step.missing.length > 0 && !report && (
        <Notice tone="warn">
          {t(step.kind === "requests" ? "import.sheet.needsRequests" : "import.sheet.needs")}
        </Notice>
      )}

      <Form method="post" {...getFormProps(form)} className="space-y-4 rounded-lg border bg-white p-5">
        {hidden}
        {/* Keyed by the proposal: selects keep their defaultValue when the step reopens otherwise. */}
        <MappingTable
          key={`${step.kind}|${step.sheet}|${step.mapping.map((c) => c.field).join()}`}
          step={step}
        />
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

export const meta = titleMeta("import.sheet.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
