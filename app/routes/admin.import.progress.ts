import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { apiError, apiJson } from "~/utils/api.server";
import { requireWriter } from "~/services/auth.server";
import { getImportJob, startImport } from "~/services/admin-import.server";
import { readForm } from "~/utils/form-body.server";
import { importConfirmFields } from "~/modules/import/confirm";

// The import upload's progress, as JSON for the page's progress bar.
// GET ?job=ID answers { done, total, finished, error } without reading the session: on SQLite
// the import holds the database connection while it runs, so a guard that reads the session's
// user would wait for the end. The instance running the job answers from memory, any other from
// the job's row (ADR 465). The job id is 128 random bits handed only to the organiser who started
// it, and the answer holds nothing but counts. POST starts the job (organisers, as any write).

export async function loader({ request }: LoaderFunctionArgs) {
  const job = await getImportJob(new URL(request.url).searchParams.get("job") ?? "");
  if (!job) return apiError(404, "not_found", "No such import job.");
  return apiJson(
    { done: job.done, total: job.total, finished: job.finishedAt !== null, error: job.error },
    { headers: { "Cache-Control": "no-store" } },
  );
}

const startSchema = z.object(importConfirmFields);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const parsed = startSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return apiError(400, "invalid_request", "token and fileName are required.");
  const job = await startImport(actor, parsed.data.token, parsed.data.fileName, parsed.data.replace === "on");
  if (!job) return apiError(410, "expired", "This preview has expired; upload the file again.");
  return apiJson({ job });
}
