import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { readMultipartForm } from "~/services/profile.server";
import { getImportJob, IMPORT_MAX_BYTES, uploadIntent } from "~/services/admin-import.server";
import { openConflictCount } from "~/services/import-conflicts.server";
import { Options } from "~/components/ui/field";
import { useT } from "~/components/i18n";
import { renderImportMessage } from "~/modules/import/messages";
import { importConfirmFields } from "~/modules/import/confirm";
import { getTranslator } from "~/utils/locale.server";
import { titleMeta } from "~/components/meta";
import { Button } from "~/components/ui/button";
import { ExportLinks } from "~/components/export-links";
import { ImportReportView } from "~/components/profile/import-report";
import { Notice } from "~/components/import/sheet-mapping";
import { JobReport, ProgressBar, useImportProgress } from "~/components/import/job";

// The CLI's `import` as an upload (issue 3, item 5): upload a cnht-directory/1 file, see what
// would be created, updated, left unchanged and rejected (a dry run that writes nothing), then
// confirm; the import runs as a job with a progress bar. Without JavaScript the confirmation
// waits for the import to end and shows its report. A spreadsheet goes to its mapping step
// first (admin.import_.sheet.tsx), as a list of firms or of sourcing requests (issue 12).

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const params = new URL(request.url).searchParams;
  const id = params.get("job");
  const job = id ? await getImportJob(id) : null;
  return {
    job: job && {
      id: job.id,
      source: job.source,
      done: job.done,
      total: job.total,
      finished: job.finishedAt !== null,
      error: job.error,
      report: job.report,
    },
    expired: (id !== null && !job) || params.has("expired"),
    conflicts: await openConflictCount(),
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("preview"),
    replace: z.literal("on").optional(),
    kind: z.enum(["auto", "firms", "requests"]).default("auto"),
  }),
  z.object({
    intent: z.literal("confirm"),
    ...importConfirmFields,
  }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const form = await readMultipartForm(request, () => IMPORT_MAX_BYTES);
  const submission = parseWithZod(form, { schema });
  if (submission.status !== "success")
    return data({ error: "profile.error.choice", vars: {}, preview: null }, { status: 400 });
  const a = await uploadIntent(actor, submission.value, form.get("file"));
  if (a.type === "redirect") return redirect(a.to);
  if (a.type === "error") {
    // A file that cannot be read at all is explained in the organiser's language (its English is
    // the CLI's); a library's own words inside it stay as the library wrote them.
    const vars = a.detail
      ? { ...a.vars, message: renderImportMessage(a.detail, getTranslator(request).t) }
      : a.vars;
    return data({ error: a.error, vars, preview: null }, { status: a.status });
  }
  return { error: null, vars: {}, preview: a.preview };
}

export default function AdminImport() {
  const t = useT();
  const { job, expired, conflicts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [started, setStarted] = useState<string | null>(null);
  const [startError, setStartError] = useState(false);
  const progress = useImportProgress(
    started,
    useCallback(() => setStarted(null), []),
  );
  // A job started elsewhere (a spreadsheet's confirmation redirects here) is followed too.
  const runningJob = job && !job.finished ? job.id : null;
  useEffect(() => {
    if (runningJob) setStarted(runningJob);
  }, [runningJob]);
  const preview = actionData?.preview ?? null;

  // With JavaScript the confirmation starts the job through the JSON endpoint and polls it;
  // the plain form below is the fallback.
  const confirm = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const res = await fetch("/admin/import/progress", {
      method: "POST",
      body: new URLSearchParams(new FormData(e.currentTarget) as unknown as Record<string, string>),
    });
    const body = (await res.json().catch(() => ({}))) as { job?: string };
    if (body.job) setStarted(body.job);
    else setStartError(true);
  };

  if (started) return <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 0} />;

  return (
    <section className="max-w-4xl space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t("import.title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("import.lead")}</p>
        {conflicts > 0 && (
          <p className="mt-1 text-sm">
            <Link className="font-medium underline" to="/admin/import/conflicts">
              {t("conflicts.link", { n: conflicts })}
            </Link>
          </p>
        )}
      </div>

      {job && !job.finished && <ProgressBar done={job.done} total={job.total} />}
      {job?.error && <Notice tone="error">{t("import.failed", { message: job.error })}</Notice>}
      {job?.report && <JobReport source={job.source} report={job.report} />}
      {(expired || startError) && <Notice tone="error">{t("import.expired")}</Notice>}

      {preview ? (
        <div className="space-y-4 rounded-lg border border-amber-200 bg-white p-5">
          <h3 className="text-lg font-semibold">{t("import.previewTitle")}</h3>
          <p className="text-sm text-slate-600">{preview.fileName}</p>
          <ImportReportView report={preview.report} title={t("import.previewTitle")} />
          <Form
            method="post"
            encType="multipart/form-data"
            onSubmit={confirm}
            className="flex items-center gap-3"
          >
            <input type="hidden" name="intent" value="confirm" />
            <input type="hidden" name="token" value={preview.token} />
            <input type="hidden" name="fileName" value={preview.fileName} />
            <input type="hidden" name="replace" value={preview.replace ? "on" : "off"} />
            <Button type="submit">{t("import.confirm")}</Button>
            <Link to="/admin/import">{t("import.cancel")}</Link>
          </Form>
        </div>
      ) : (
        !job?.report && (
          <Form
            method="post"
            encType="multipart/form-data"
            className="space-y-4 rounded-lg border bg-white p-5"
          >
            <input type="hidden" name="intent" value="preview" />
            {actionData?.error && <Notice tone="error">{t(actionData.error, actionData.vars)}</Notice>}
            <div>
              <label htmlFor="import-file" className="mb-1 block text-sm font-medium text-slate-700">
                {t("import.file")}
              </label>
              <input
                id="import-file"
                name="file"
                type="file"
                accept="application/json,.json,.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                required
                className="block text-sm"
              />
            </div>
            <label className="flex flex-col text-sm">
              {t("import.kind.label")}
              <select name="kind" defaultValue="auto" className="max-w-sm rounded border px-2 py-1">
                <Options
                  items={["auto", "firms", "requests"] as const}
                  value={(k) => k}
                  label={(k) => t(`import.kind.${k}`)}
                />
              </select>
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="replace" value="on" /> {t("import.replace")}
            </label>
            <Button type="submit" disabled={busy}>
              {busy ? t("import.previewing") : t("import.preview")}
            </Button>
          </Form>
        )
      )}
      <div className="space-y-1">
        <p className="text-sm font-medium">{t("import.requestsExport")}</p>
        <ExportLinks base="/admin/export/requests" />
      </div>
    </section>
  );
}

export const meta = titleMeta("import.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
