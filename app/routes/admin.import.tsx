import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigate, useNavigation } from "@remix-run/react";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import { readMultipartForm } from "~/services/profile.server";
import {
  getImportJob,
  IMPORT_MAX_BYTES,
  isSpreadsheetName,
  previewImport,
  stageSpreadsheet,
  startImport,
} from "~/services/admin-import.server";
import { useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { Button } from "~/components/ui/button";
import { ImportReportView, SheetSummaryView } from "~/components/profile/import-report";
import { openConflictCount } from "~/services/import-conflicts.server";

// The CLI's `import` as an upload (issue 3, item 5): upload a cnht-directory/1 file, see what
// would be created, updated, left unchanged and rejected (a dry run that writes nothing), then
// confirm; the import runs as a job with a progress bar. Without JavaScript the confirmation
// waits for the import to end and shows its report.

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const id = new URL(request.url).searchParams.get("job");
  const job = id ? getImportJob(id) : null;
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
    expired: (id !== null && !job) || new URL(request.url).searchParams.has("expired"),
    conflicts: await openConflictCount(),
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("preview"), replace: z.literal("on").optional() }),
  z.object({
    intent: z.literal("confirm"),
    token: z.string().regex(/^[0-9a-f]{32}$/),
    fileName: z.string().max(200),
    replace: z.enum(["on", "off"]).optional(),
  }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const form = await readMultipartForm(request, () => IMPORT_MAX_BYTES);
  const parsed = schema.safeParse(Object.fromEntries([...form].filter(([k]) => k !== "file")));
  if (!parsed.success)
    return data({ error: "profile.error.choice", vars: {}, preview: null }, { status: 400 });
  const v = parsed.data;
  if (v.intent === "confirm") {
    const job = startImport(actor, v.token, v.fileName, v.replace === "on");
    if (!job) return data({ error: "import.expired", vars: {}, preview: null }, { status: 410 });
    return redirect(`/admin/import?job=${job}`);
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return data({ error: "import.noFile", vars: {}, preview: null }, { status: 400 });
  // A spreadsheet goes to its mapping step first (admin.import_.sheet.tsx).
  if (isSpreadsheetName(file.name)) {
    if (v.replace === "on")
      return data({ error: "import.sheet.noReplace", vars: {}, preview: null }, { status: 400 });
    const staged = await stageSpreadsheet(file);
    if (!staged.ok)
      return data({ error: staged.error, vars: staged.vars ?? {}, preview: null }, { status: 400 });
    return redirect(`/admin/import/sheet?token=${staged.token}`);
  }
  const p = await previewImport(actor, file, v.replace === "on");
  if (!p.ok) return data({ error: p.error, vars: p.vars ?? {}, preview: null }, { status: 400 });
  return {
    error: null,
    vars: {},
    preview: { token: p.token, fileName: p.fileName, replace: p.replace, report: p.report },
  };
}

/** Polls the job's progress until it ends, then shows its report (the page's loader). */
function useImportProgress(job: string | null, onEnd: () => void) {
  const navigate = useNavigate();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!job) return;
    let stop = false;
    const tick = async () => {
      const r = await fetch(`/admin/import/progress?job=${job}`).catch(() => null);
      const p = r?.ok ? ((await r.json()) as { done: number; total: number; finished: boolean }) : null;
      if (stop) return;
      if (p) setProgress({ done: p.done, total: p.total });
      if (p?.finished || !p) {
        onEnd();
        navigate(`/admin/import?job=${job}`, { replace: true });
      } else setTimeout(tick, 250);
    };
    void tick();
    return () => {
      stop = true;
    };
  }, [job, navigate, onEnd]);
  return progress;
}

function ProgressBar({ done, total }: { done: number; total: number }) {
  const t = useT();
  return (
    <div role="status" className="space-y-2 rounded-lg border bg-white p-5">
      <p className="text-sm">{t("import.running", { done, total: total || "…" })}</p>
      <progress className="h-3 w-full" value={done} max={total || 1} aria-label={t("import.title")} />
    </div>
  );
}

export default function AdminImport() {
  const t = useT();
  const { job, expired, conflicts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
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
  const busy = navigation.state === "submitting";
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
      {job?.error && <Alert>{t("import.failed", { message: job.error })}</Alert>}
      {job?.report && (
        <div className="space-y-4 rounded-lg border bg-white p-5">
          <p role="status" className="font-medium text-emerald-800">
            {t("import.done", { seconds: (job.report.durationMs / 1000).toFixed(1) })} ({job.source})
          </p>
          <ImportReportView report={job.report} title={t("import.title")} />
          {"spreadsheet" in job.report && <SheetSummaryView s={job.report.spreadsheet} />}
          <Link to="/admin/import">{t("import.again")}</Link>
        </div>
      )}
      {(expired || startError) && <Alert>{t("import.expired")}</Alert>}

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
            {actionData?.error && <Alert>{t(actionData.error, actionData.vars)}</Alert>}
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
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="replace" value="on" /> {t("import.replace")}
            </label>
            <Button type="submit" disabled={busy}>
              {busy ? t("import.previewing") : t("import.preview")}
            </Button>
          </Form>
        )
      )}
    </section>
  );
}

function Alert({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {children}
    </div>
  );
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("import.title") }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
