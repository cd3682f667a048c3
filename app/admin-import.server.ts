import crypto from "node:crypto";
import { decodeUtf8 } from "~/modules/import/encoding";
import fs from "node:fs";
import path from "node:path";
import { getServices } from "~/services.server";
import { DirectoryFormatError, importDirectory, type ImportReport } from "~/directory.server";
import { auditActor, type Actor } from "~/modules/auth/permissions";
import { uploadsDir } from "~/profile.server";

// The organiser's import upload (/admin/import): the CLI's importer behind a form. The file is
// kept under the data folder between the preview (a dry run: everything done, then rolled
// back) and the confirmation, then imported by a job in this process whose progress the page
// polls. Jobs live in memory: a restart forgets them, the audit log keeps what was imported.

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
const KEEP_MS = 60 * 60 * 1000;

export interface ImportJob {
  id: string;
  source: string;
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
  startedAt: number;
  finishedAt: number | null;
}

const JOBS = "__cnhtImportJobs";
function jobs(): Map<string, ImportJob> {
  const g = globalThis as unknown as Record<string, Map<string, ImportJob> | undefined>;
  return (g[JOBS] ??= new Map());
}

const stagingDir = () => path.join(uploadsDir(), "imports");
const TOKEN = /^[0-9a-f]{32}$/;
const stagedFile = (token: string) => path.join(stagingDir(), `${token}.json`);

/** Forgets finished jobs and staged files older than an hour. */
function prune(now = Date.now()): void {
  for (const [id, j] of jobs()) if (j.finishedAt !== null && now - j.finishedAt > KEEP_MS) jobs().delete(id);
  if (!fs.existsSync(stagingDir())) return;
  for (const f of fs.readdirSync(stagingDir())) {
    const p = path.join(stagingDir(), f);
    if (now - fs.statSync(p).mtimeMs > KEEP_MS) fs.rmSync(p, { force: true });
  }
}

export type Preview =
  | { ok: true; token: string; fileName: string; replace: boolean; report: ImportReport }
  | { ok: false; error: string; vars?: Record<string, string> };

/** Dry-runs the uploaded file (nothing is written) and stages it for the confirmation. */
export async function previewImport(actor: Actor, file: File, replace: boolean): Promise<Preview> {
  prune();
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, error: "import.tooBig", vars: { max: "50 MB" } };
  const fileName = file.name.slice(0, 200) || "upload.json";
  let report: ImportReport;
  let text: string;
  try {
    text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    report = await importDirectory(getServices(), text, {
      dryRun: true,
      replace,
      actor: auditActor(actor),
      source: fileName,
    });
  } catch (e) {
    if (e instanceof DirectoryFormatError)
      return { ok: false, error: "import.badFile", vars: { message: e.message } };
    throw e;
  }
  const token = crypto.randomBytes(16).toString("hex");
  fs.mkdirSync(stagingDir(), { recursive: true, mode: 0o700 });
  fs.writeFileSync(stagedFile(token), text, { flag: "wx", mode: 0o600 });
  return { ok: true, token, fileName, replace, report };
}

/**
 * Starts importing a staged file; returns the job id (unguessable: the progress endpoint takes it
 * as its only credential, see admin.import.progress.ts), or null when the staged file is gone.
 */
export function startImport(actor: Actor, token: string, fileName: string, replace: boolean): string | null {
  if (!TOKEN.test(token) || !fs.existsSync(stagedFile(token))) return null;
  const text = fs.readFileSync(stagedFile(token), "utf8");
  fs.rmSync(stagedFile(token), { force: true }); // one confirmation, one import
  const job: ImportJob = {
    id: crypto.randomBytes(16).toString("hex"),
    source: fileName.slice(0, 200),
    done: 0,
    total: 0,
    report: null,
    error: null,
    startedAt: Date.now(),
    finishedAt: null,
  };
  jobs().set(job.id, job);
  importDirectory(getServices(), text, {
    replace,
    actor: auditActor(actor),
    source: job.source,
    // Small batches: a progress step every 100 records, and web requests get a turn in between.
    batchSize: 100,
    onProgress: (done, total) => {
      job.done = done;
      job.total = total;
    },
  })
    .then((report) => {
      job.report = report;
      job.done = job.total;
    })
    .catch((e: unknown) => {
      job.error = e instanceof Error ? e.message : String(e);
    })
    .finally(() => {
      job.finishedAt = Date.now();
    });
  return job.id;
}

export function getImportJob(id: string): ImportJob | null {
  return TOKEN.test(id) ? (jobs().get(id) ?? null) : null;
}
