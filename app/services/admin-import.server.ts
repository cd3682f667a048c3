import crypto from "node:crypto";
import { decodeUtf8 } from "~/modules/import/encoding";
import fs from "node:fs";
import path from "node:path";
import { getServices } from "~/utils/services.server";
import { DirectoryFormatError, importDirectory, type ImportReport } from "~/services/directory.server";
import { auditActor, type Actor } from "~/modules/auth/permissions";
import { uploadsDir } from "~/services/profile.server";
import { listMappings, mappingById, mappingForShape, saveMapping } from "../../db/queries/import-mappings";
import {
  importJobById,
  insertImportJob,
  pruneImportJobs,
  updateImportJob,
} from "../../db/queries/import-jobs";
import { SpreadsheetError, sheetKind } from "~/modules/import/spreadsheet/read";
import {
  headersOf,
  importSpreadsheet,
  parseMapping,
  planSpreadsheet,
  shapeOf,
  type SheetPlan,
  type SpreadsheetReport,
} from "~/services/import/spreadsheet.server";
import type { ColumnMapping, Field } from "~/modules/import/spreadsheet/headers";
import { REQUEST_FIELDS, type ListKind, type RequestField } from "~/modules/import/spreadsheet/requests";
import { FIELDS } from "~/modules/import/spreadsheet/headers";
import { date as cellDate } from "~/modules/import/spreadsheet/cells";
import type { CellValue, SheetMapping } from "~/modules/import/spreadsheet/types";
import type { ImportMessage } from "~/modules/import/messages";

// The organiser's import upload (/admin/import): the CLI's importer behind a form. The file is
// kept under the data folder between the preview (a dry run: everything done, then rolled
// back) and the confirmation, then imported by a job in this process whose progress the page
// polls. Each job is also a row (import_jobs, ADR 465), written as it goes: with several
// instances on one database the page polls whichever instance nginx picks. The running
// instance answers from memory (on SQLite the import holds the one connection between batches,
// so its own progress never waits for the database); any other reads the row. The staged files
// live in the data folder, which several instances share (ADR 466, docs/deploy.md).

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
const KEEP_MS = 60 * 60 * 1000;
/** An unfinished job whose row has not moved for this long lost its process (a restart). */
const STALE_MS = 10 * 60 * 1000;

export interface ImportJob {
  id: string;
  source: string;
  done: number;
  total: number;
  report: ImportReport | SpreadsheetReport | null;
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
  pruneImportJobs(getServices().db, new Date(now - KEEP_MS).toISOString()).catch((e) =>
    console.warn(`import jobs: pruning failed: ${(e as Error).message}`),
  );
  if (!fs.existsSync(stagingDir())) return;
  for (const f of fs.readdirSync(stagingDir())) {
    const p = path.join(stagingDir(), f);
    if (now - fs.statSync(p).mtimeMs > KEEP_MS) fs.rmSync(p, { force: true });
  }
}

export type Preview =
  | { ok: true; token: string; fileName: string; replace: boolean; report: ImportReport }
  | { ok: false; error: string; vars?: Record<string, string>; detail?: ImportMessage };

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
      return { ok: false, error: "import.badFile", vars: { message: e.message }, detail: e.detail };
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
export async function startImport(
  actor: Actor,
  token: string,
  fileName: string,
  replace: boolean,
): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const taken = takeStaged(stagedFile(token));
  if (!taken) return null;
  const text = fs.readFileSync(taken, "utf8");
  fs.rmSync(taken, { force: true });
  return inBackground(fileName, (job, progress) =>
    importDirectory(getServices(), text, {
      replace,
      actor: auditActor(actor),
      source: job.source,
      ...progress,
    }),
  );
}

/**
 * A job by id: this instance's own from memory, else another instance's from its row. An
 * unfinished row that stopped moving is reported as failed: its process is gone.
 */
export async function getImportJob(id: string): Promise<ImportJob | null> {
  if (!TOKEN.test(id)) return null;
  const mine = jobs().get(id);
  if (mine) return mine;
  const row = await importJobById(getServices().db, id);
  if (!row) return null;
  const updated = Date.parse(row.updatedAt);
  const lost = row.finishedAt === null && Date.now() - updated > STALE_MS;
  return {
    id: row.id,
    source: row.source,
    done: row.done,
    total: row.total,
    report: row.report ? (JSON.parse(row.report) as ImportJob["report"]) : null,
    error: lost ? "the import stopped before it finished (its server was restarted)" : row.error,
    startedAt: Date.parse(row.startedAt),
    finishedAt: row.finishedAt ? Date.parse(row.finishedAt) : lost ? updated : null,
  };
}

/**
 * Claims a staged file for one confirmation: renamed away first, so of two confirmations of one
 * token (a double click, or two instances sharing the folder) only one gets the file.
 */
function takeStaged(file: string): string | null {
  const taken = `${file}.${crypto.randomBytes(6).toString("hex")}.taken`;
  try {
    fs.renameSync(file, taken);
    return taken;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/** A new job, in memory and as its row (written before the import starts). */
async function newJob(source: string): Promise<ImportJob> {
  const job: ImportJob = {
    id: crypto.randomBytes(16).toString("hex"),
    source: source.slice(0, 200),
    done: 0,
    total: 0,
    report: null,
    error: null,
    startedAt: Date.now(),
    finishedAt: null,
  };
  await insertImportJob(getServices().db, {
    id: job.id,
    source: job.source,
    now: new Date(job.startedAt).toISOString(),
  });
  jobs().set(job.id, job);
  return job;
}

// ---- Spreadsheets (issue 12): upload → mapping → preview → confirm. The file is staged under a
// token with its name; the mapping step reads it again for each step (a few hundred ms for a
// department's list), so nothing but the file lives between requests.

const stagedSheet = (token: string, kind: "xlsx" | "csv") => path.join(stagingDir(), `${token}.${kind}`);
const stagedName = (token: string) => path.join(stagingDir(), `${token}.name`);

export function isSpreadsheetName(name: string): boolean {
  return sheetKind(name) !== null;
}

/** Stages an uploaded spreadsheet; returns its token, or an error key when it cannot be read. */
export async function stageSpreadsheet(
  file: File,
): Promise<
  | { ok: true; token: string }
  | { ok: false; error: string; vars?: Record<string, string>; detail?: ImportMessage }
> {
  prune();
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, error: "import.tooBig", vars: { max: "50 MB" } };
  const fileName = file.name.slice(0, 200);
  const kind = sheetKind(fileName)!;
  const buf = new Uint8Array(await file.arrayBuffer());
  try {
    await planSpreadsheet(buf, fileName);
  } catch (e) {
    if (e instanceof SpreadsheetError)
      return { ok: false, error: "import.badFile", vars: { message: e.message }, detail: e.detail };
    throw e;
  }
  const token = crypto.randomBytes(16).toString("hex");
  fs.mkdirSync(stagingDir(), { recursive: true });
  fs.writeFileSync(stagedSheet(token, kind), buf, { flag: "wx" });
  fs.writeFileSync(stagedName(token), fileName, { flag: "wx" });
  return { ok: true, token };
}

function readStaged(token: string): { buf: Uint8Array; fileName: string; kind: "xlsx" | "csv" } | null {
  if (!TOKEN.test(token) || !fs.existsSync(stagedName(token))) return null;
  const fileName = fs.readFileSync(stagedName(token), "utf8");
  const kind = sheetKind(fileName);
  if (!kind || !fs.existsSync(stagedSheet(token, kind))) return null;
  return { buf: fs.readFileSync(stagedSheet(token, kind)), fileName, kind };
}

export interface MappingStep {
  token: string;
  fileName: string;
  sheet: string;
  sheets: string[];
  headerRow: number;
  /** Firms or requests, as chosen or guessed; and what the headers suggest. */
  kind: ListKind;
  guessedKind: ListKind;
  /** The fields a column of this kind of list can feed (the selects' options). */
  fields: readonly string[];
  mapping: ColumnMapping<Field | RequestField>[];
  missing: string[];
  /** Up to three example values per column: text, or a calendar date the page writes as people read it. */
  samples: Sample[][];
  /** The saved mapping applied because the header row has its shape, if any. */
  appliedName: string | null;
  saved: { id: number; name: string }[];
  converted: SheetPlan["converted"];
}

export type Sample = string | { date: string };

// Fields whose number cells are Excel serial dates (45123 is 15/07/2023), read as the import
// reads them (cells.date); a founding year written as a year (1995) stays a number.
const DATE_FIELDS = new Set<string>(["certificationValidUntil", "targetDate", "founded"]);

function sample(v: CellValue, field: string | null): Sample | null {
  if (v === null || v === "") return null;
  if (v instanceof Date) return { date: v.toISOString().slice(0, 10) };
  if (typeof v === "number" && field && DATE_FIELDS.has(field)) {
    if (field === "founded" && Number.isInteger(v) && v >= 1800 && v <= 2100) return String(v);
    const d = cellDate(v);
    if (d.ok) return { date: d.value };
  }
  return String(v);
}

/**
 * The mapping step for a staged file: the given mapping, else a saved one (chosen, or the one
 * saved for this header shape), else the proposal.
 */
export async function mappingStep(
  token: string,
  opts: { sheet?: string; savedId?: number; mapping?: SheetMapping; kind?: ListKind } = {},
): Promise<MappingStep | null> {
  const staged = readStaged(token);
  if (!staged) return null;
  const db = getServices().db;
  const proposal = await planSpreadsheet(staged.buf, staged.fileName, { sheet: opts.sheet, kind: opts.kind });
  let plan = proposal;
  let appliedName: string | null = null;
  let saved = opts.savedId ? await mappingById(db, opts.savedId) : null;
  if (!opts.mapping && !saved && proposal.headerRow)
    saved = await mappingForShape(db, shapeOf(headersOf(proposal.grid, proposal.headerRow)));
  let given = opts.mapping ?? (saved ? parseMapping(saved.mapping) : undefined);
  // A saved mapping of the other kind does not override the organiser's choice of kind.
  if (given && !opts.mapping && !opts.savedId && opts.kind && (given.kind ?? "firms") !== opts.kind)
    given = undefined;
  if (given) {
    plan = await planSpreadsheet(staged.buf, staged.fileName, { sheet: opts.sheet, mapping: given });
    appliedName = opts.mapping ? null : (saved?.name ?? null);
  }
  const rows = plan.grid.rows
    .slice(plan.headerRow, plan.headerRow + 40)
    .filter((r) => r.some((v) => v !== null));
  return {
    token,
    fileName: staged.fileName,
    sheet: plan.grid.sheet,
    sheets: plan.sheets,
    headerRow: plan.headerRow,
    kind: plan.kind,
    guessedKind: plan.guessedKind,
    fields: plan.kind === "requests" ? REQUEST_FIELDS : FIELDS,
    mapping: plan.mapping,
    missing: plan.missing,
    samples: plan.mapping.map((c, i) =>
      rows
        .map((r) => sample(r[i] ?? null, c.field))
        .filter((x): x is Sample => x !== null)
        .slice(0, 3),
    ),
    appliedName,
    saved: (await listMappings(db)).map((m) => ({ id: m.id, name: m.name })),
    converted: plan.converted,
  };
}

/** A staged file with the organiser's mapping applied: what each intent of the mapping page works on. */
type StagedPlan = { token: string; staged: NonNullable<ReturnType<typeof readStaged>>; plan: SheetPlan };

/** The staged file of `token` planned with the organiser's mapping; null when it is gone. */
async function stagedPlan(token: string, sheet: string | undefined, mapping: SheetMapping) {
  const staged = readStaged(token);
  if (!staged) return null;
  return { token, staged, plan: await planSpreadsheet(staged.buf, staged.fileName, { sheet, mapping }) };
}

/** Saves the organiser's mapping by name for the next file of the same header shape. */
async function saveSheetMapping(actor: Actor, { plan }: StagedPlan, name: string, mapping: SheetMapping) {
  await saveMapping(getServices().db, {
    name,
    shape: shapeOf(headersOf(plan.grid, mapping.headerRow)),
    mapping: JSON.stringify(mapping),
    createdBy: auditActor(actor),
  });
}

export type SheetPreview =
  { ok: true; report: SpreadsheetReport } | { ok: false; error: string; vars?: Record<string, string> };

/** Dry-runs the staged spreadsheet with a mapping: the preview (nothing written). */
async function previewSheet(actor: Actor, { staged, plan }: StagedPlan): Promise<SheetPreview> {
  if (plan.missing.length)
    return {
      ok: false,
      error: plan.kind === "requests" ? "import.sheet.missingRequests" : "import.sheet.missing",
    };
  const report = await importSpreadsheet(getServices(), plan, {
    dryRun: true,
    actor: auditActor(actor),
    source: staged.fileName,
  });
  return { ok: true, report };
}

/** Starts importing the staged spreadsheet with the confirmed mapping; the job id, or null. */
async function startSheetImport(actor: Actor, { token, staged, plan }: StagedPlan): Promise<string | null> {
  if (plan.missing.length) return null;
  // One confirmation, one import: the first to claim the file runs it.
  const taken = takeStaged(stagedSheet(token, staged.kind));
  if (!taken) return null;
  fs.rmSync(taken, { force: true });
  fs.rmSync(stagedName(token), { force: true });
  return inBackground(staged.fileName, (_job, progress) =>
    importSpreadsheet(getServices(), plan, {
      actor: auditActor(actor),
      source: staged.fileName,
      ...progress,
    }),
  );
}

// One job's bookkeeping, the same for JSON and spreadsheet imports: progress as it runs, then the
// report or the error, and when it finished (the progress route polls these fields).
type Job = ReturnType<typeof jobs> extends Map<string, infer J> ? J : never;

/**
 * Runs an import as a new job in the background; the job's id. The import gets the job's progress
 * in small batches: a progress step every 100 records, and web requests get a turn in between.
 */
async function inBackground(
  source: string,
  run: (
    job: Job,
    progress: { batchSize: number; onProgress: ReturnType<typeof progressOf> },
  ) => Promise<NonNullable<Job["report"]>>,
): Promise<string> {
  const job = await newJob(source);
  run(job, { batchSize: 100, onProgress: progressOf(job) }).then(...settle(job));
  return job.id;
}

function progressOf(job: Job) {
  return (done: number, total: number) => {
    job.done = done;
    job.total = total;
    saveRow(job);
  };
}

function settle(job: Job) {
  return [
    (report: NonNullable<Job["report"]>) => {
      job.report = report;
      job.done = job.total;
      job.finishedAt = Date.now();
      saveRow(job);
    },
    (e: unknown) => {
      job.error = e instanceof Error ? e.message : String(e);
      job.finishedAt = Date.now();
      saveRow(job);
    },
  ] as const;
}

// The row follows the job one write at a time, in order, each writing the job as it is then:
// the import never waits for these writes, and a failed one is only logged (this instance still
// answers from memory; the next write catches the row up).
const rowWrites = new Map<string, Promise<void>>();
function saveRow(job: Job): void {
  const write = async () => {
    await updateImportJob(getServices().db, job.id, {
      done: job.done,
      total: job.total,
      ...(job.report ? { report: JSON.stringify(job.report) } : {}),
      ...(job.error !== null ? { error: job.error } : {}),
      ...(job.finishedAt !== null ? { finishedAt: new Date(job.finishedAt).toISOString() } : {}),
      now: new Date().toISOString(),
    });
  };
  const next = (rowWrites.get(job.id) ?? Promise.resolve())
    .then(write)
    .catch((e) => console.warn(`import job ${job.id}: its row was not updated: ${(e as Error).message}`));
  rowWrites.set(job.id, next);
  void next.then(() => {
    if (rowWrites.get(job.id) === next) rowWrites.delete(job.id);
  });
}

const EXPIRED = "/admin/import?expired=1";

/** What the mapping page's form sends besides each column's field. */
export interface SheetForm {
  intent: "preview" | "save" | "confirm";
  token: string;
  sheet?: string;
  headerRow: number;
  saveName?: string;
  kind: ListKind;
}

export type SheetAnswer =
  | { type: "redirect"; to: string }
  | { type: "error"; error: string; vars: Record<string, string> }
  | { type: "saved"; name: string }
  | { type: "preview"; report: SpreadsheetReport };

/**
 * One submission of the mapping page: the file's columns with the field the organiser chose for
 * each (`choice(column)`, "" for none), checked against the kind's fields; then the preview (a dry
 * run), the mapping saved by name, or the confirmed import's job.
 */
export async function sheetFormIntent(
  actor: Actor,
  v: SheetForm,
  choice: (column: string) => string,
): Promise<SheetAnswer> {
  const step = await mappingStep(v.token, { sheet: v.sheet, kind: v.kind });
  if (!step) return { type: "redirect", to: EXPIRED };
  // The columns are the file's; only each column's field comes from the form.
  const columns: SheetMapping["columns"] = [];
  const taken = new Map<string, string>();
  for (const c of step.mapping) {
    const field = choice(c.column);
    if (field !== "" && !step.fields.includes(field))
      return { type: "error", error: "profile.error.choice", vars: {} };
    if (field && field !== "rowNumber" && taken.has(field))
      return { type: "error", error: "import.sheet.twice", vars: { a: taken.get(field)!, b: c.column } };
    if (field) taken.set(field, c.column);
    columns.push({ column: c.column, header: c.header, field: (field || null) as Field | null });
  }
  const mapping: SheetMapping = {
    format: "cnht-sheet-mapping/1",
    ...(v.kind === "requests" ? { kind: "requests" as const } : {}),
    headerRow: v.headerRow,
    columns,
  };
  const planned = await stagedPlan(v.token, v.sheet, mapping);
  if (!planned) return { type: "redirect", to: EXPIRED };
  if (v.intent === "save") {
    if (!v.saveName) return { type: "error", error: "import.sheet.nameNeeded", vars: {} };
    await saveSheetMapping(actor, planned, v.saveName, mapping);
    return { type: "saved", name: v.saveName };
  }
  if (v.intent === "confirm") {
    const job = await startSheetImport(actor, planned);
    return { type: "redirect", to: job ? `/admin/import?job=${job}` : EXPIRED };
  }
  const p = await previewSheet(actor, planned);
  if (!p.ok) return { type: "error", error: p.error, vars: p.vars ?? {} };
  return { type: "preview", report: p.report };
}

/** What the upload page's form sends besides the file. */
export type UploadForm =
  | { intent: "preview"; replace?: "on"; kind: ListKind | "auto" }
  | { intent: "confirm"; token: string; fileName: string; replace?: "on" | "off" };

export type UploadAnswer =
  | { type: "redirect"; to: string }
  | { type: "error"; error: string; vars: Record<string, string>; status: number; detail?: ImportMessage }
  | { type: "preview"; preview: { token: string; fileName: string; replace: boolean; report: ImportReport } };

/**
 * One submission of /admin/import: a JSON file is dry-run and staged for its confirmation; a
 * spreadsheet is staged and goes to its mapping step (with the kind of list the organiser chose,
 * or none: the step proposes one from the headers); a confirmation starts the job.
 */
export async function uploadIntent(actor: Actor, v: UploadForm, file: unknown): Promise<UploadAnswer> {
  const fail = (
    error: string,
    vars: Record<string, string> = {},
    status = 400,
    detail?: ImportMessage,
  ): UploadAnswer => ({ type: "error", error, vars, status, ...(detail ? { detail } : {}) });
  if (v.intent === "confirm") {
    const job = await startImport(actor, v.token, v.fileName, v.replace === "on");
    return job ? { type: "redirect", to: `/admin/import?job=${job}` } : fail("import.expired", {}, 410);
  }
  if (!(file instanceof File) || file.size === 0) return fail("import.noFile");
  if (isSpreadsheetName(file.name)) {
    if (v.replace === "on") return fail("import.sheet.noReplace");
    const staged = await stageSpreadsheet(file);
    if (!staged.ok) return fail(staged.error, staged.vars, 400, staged.detail);
    const kind = v.kind === "auto" ? "" : `&kind=${v.kind}`;
    return { type: "redirect", to: `/admin/import/sheet?token=${staged.token}${kind}` };
  }
  const p = await previewImport(actor, file, v.replace === "on");
  if (!p.ok) return fail(p.error, p.vars, 400, p.detail);
  return {
    type: "preview",
    preview: { token: p.token, fileName: p.fileName, replace: p.replace, report: p.report },
  };
}
