import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { z } from "zod";
import { rateLimitWrite, requireOwnOrg } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { getServices } from "~/utils/services.server";
import { getBuyer, getRequest, getSupplier } from "~/services/directory.server";
import { auditActor, type Actor } from "~/modules/auth/permissions";
import { supplierSchema as directorySupplierSchema } from "~/modules/directory/schema";
import { prepareBuyer, prepareRequest, prepareSupplier } from "~/modules/import/prepare";
import { supplierRecordFromForm, type SupplierProfileForm } from "~/modules/profile/supplier-form";
import { buyerRecordFromForm, type BuyerProfileForm } from "~/modules/profile/buyer-form";
import { newRequestRef, requestRecordFromForm, type RequestForm } from "~/modules/profile/request-form";
import { certificatesChanged, changedFields, type CertificateState } from "~/modules/profile/diff";
import { isStoredName, sniff, uploadProblem, UPLOADS, type UploadSlot } from "~/modules/profile/files";
import { cleanTyped } from "~/modules/text/typed";
import { DirectoryImportStatements } from "../../db/queries/directory-import";
import { isConstraintError } from "../../db/queries/events-tx";
import { withStatements, type Statements } from "../../db/statements";
import {
  getSupplierExtras,
  ProfileStatements,
  requestIdOfBuyer,
  requestRefExists,
  setRequestStatus,
} from "../../db/queries/profile";
import { auditAction } from "~/services/audit.server";
import { listRecognitions } from "../../db/queries/recognitions";
import { bodyType, readForm, unreadableForm } from "~/utils/form-body.server";
import { resubmitSince } from "~/modules/resubmit";

// The door from the /my pages to profile and request writes. Saving goes through the importer's
// own statements (taxonomy mapping, sector, content hash, outbox) so a profile saved on the web
// and the same record imported from the city's list end up as the same rows.

export type ProfileActor = Actor & { orgId: number; orgRef: string };
type FieldErrors = Record<string, string[]>;

const ORG_VERSION = `SELECT updated_at AS updatedAt FROM organisations WHERE id = ?`;
const REQUEST_VERSION = `SELECT updated_at AS updatedAt FROM sourcing_requests WHERE id = ?`;

// ---- uploads ----------------------------------------------------------------------------

export function uploadsDir(): string {
  return path.join(getServices().env.dataDir, "uploads");
}

/** Text fields are short; anything longer is cut here and refused by the schema's limit. */
const TEXT_PART_MAX = 64 * 1024;

/**
 * Reads a multipart form without trusting its sizes: each file part keeps at most its slot's
 * limit plus one byte (the rest is drained), so an oversized file is reported next to its
 * field instead of filling memory. `limitFor` gives the byte limit of a file field.
 */
export async function readMultipartForm(
  request: Request,
  limitFor: (field: string) => number,
): Promise<FormData> {
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    const cap = filename === undefined ? TEXT_PART_MAX : limitFor(name) + 1;
    const chunks: Uint8Array[] = [];
    let kept = 0;
    for await (const chunk of data) {
      if (kept >= cap) continue;
      const part = chunk.subarray(0, cap - kept);
      chunks.push(part);
      kept += part.length;
    }
    const bytes = Buffer.concat(chunks);
    if (filename === undefined) return cleanTyped(bytes.toString("utf8"));
    if (!filename && !bytes.length) return undefined; // an empty file input
    return new File([bytes], filename, { type: contentType });
  };
  // The form's text fields arrive whole in a URL-encoded body too (a script, a browser without
  // the upload): read them, with no file in it — a field that needs one says so.
  if (bodyType(request) === "application/x-www-form-urlencoded") return readForm(request);
  try {
    return await unstable_parseMultipartFormData(request, handler);
  } catch {
    // Only the body can be at fault here (no boundary, bytes that are not parts): a 400 that
    // says so, not the 500 Remix gives an action's throw.
    unreadableForm(request);
  }
}

/** The byte limit of a profile form's file field. */
export function profileUploadLimit(field: string): number {
  return field === "logo" ? UPLOADS.logo.maxBytes : UPLOADS.certificate.maxBytes;
}

async function head(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, 16).arrayBuffer());
}

/** "profile.error.fileType|kinds=PDF, PNG, JPEG" for the field, or null. */
export async function fileError(slot: UploadSlot, file: File): Promise<string | null> {
  const p = uploadProblem(slot, file.size, await head(file));
  if (!p) return null;
  return p.key === "profile.error.fileTooBig" ? `${p.key}|max=${p.max}` : `${p.key}|kinds=${p.kinds}`;
}

export async function storeUpload(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniff(bytes);
  if (!kind) throw new Error("storeUpload: unchecked file"); // callers check first
  const name = `${crypto.randomBytes(16).toString("hex")}.${kind}`;
  fs.mkdirSync(uploadsDir(), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(uploadsDir(), name), bytes, { flag: "wx", mode: 0o600 });
  return name;
}

export function removeUploads(names: (string | null | undefined)[]): void {
  for (const n of names) if (n && isStoredName(n)) fs.rmSync(path.join(uploadsDir(), n), { force: true });
}

/** The stored file's path on disk, when the name is one of ours and the file is there. */
export function uploadPath(name: string | null): string | null {
  if (!name || !isStoredName(name)) return null;
  const p = path.join(uploadsDir(), name);
  return fs.existsSync(p) ? p : null;
}

// ---- supplier profile -------------------------------------------------------------------

export async function loadSupplierForEdit(orgRef: string, orgId: number) {
  const db = getServices().db;
  const [view, extras] = await Promise.all([
    getSupplier(db, orgRef, { withContact: true }),
    getSupplierExtras(db, orgId),
  ]);
  if (!view || !extras) return null;
  return { view, extras };
}

export type SaveResult =
  | { ok: true; changed: string[]; verificationRemoved: boolean }
  | { ok: false; fieldErrors: FieldErrors }
  | { ok: false; stale: true; version: string };

/**
 * Someone else saved (another member, an import, an organiser) since the form was opened: its
 * `version` (the record's updated_at then) is no longer the record's. Checked inside the write
 * transaction, so two saves cannot both pass; thrown to roll back, caught by the caller.
 */
class StaleForm extends Error {
  constructor(readonly current: string) {
    super("stale form");
  }
}

async function checkVersion(sx: Statements, sql: string, id: number, expected?: string) {
  if (expected === undefined) return;
  const row = await sx.get<{ updatedAt: string }>(sql, [id]);
  if (row && row.updatedAt !== expected) throw new StaleForm(row.updatedAt);
}

const withoutUndefined = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

/**
 * Saves the supplier's form over its own organisation (the session's: nothing in the form says
 * which firm). One transaction: the importer's supplier rows, the extras, the scans, the
 * verification (removed when the certificates changed), the search outbox row and the audit entry.
 */
export async function saveSupplierProfile(
  actor: ProfileActor,
  v: SupplierProfileForm,
  expectedVersion?: string,
): Promise<SaveResult> {
  const { db, sqlite } = getServices();
  const current = await loadSupplierForEdit(actor.orgRef, actor.orgId);
  if (!current) throw new Response("Not found", { status: 404 });
  const { view, extras } = current;

  // Files first: refuse wrong types and sizes before anything is written.
  const errors: FieldErrors = {};
  const certs = v.certifications ?? [];
  for (const [i, c] of certs.entries())
    if (c.file) {
      const e = await fileError("certificate", c.file);
      if (e) errors[`certifications[${i}].file`] = [e];
    }
  if (v.logo) {
    const e = await fileError("logo", v.logo);
    if (e) errors.logo = [e];
  }
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };

  const record = supplierRecordFromForm(v, actor.orgRef, view);
  const checked = directorySupplierSchema.safeParse(record);
  if (!checked.success) throw new Error(`profile form produced an invalid record: ${checked.error.message}`);
  const prepared = prepareSupplier(checked.data);

  // A kept scan must be one this firm already has: the hidden field is the client's word.
  const ownFiles = new Set(extras.certificates.map((c) => c.filePath).filter(Boolean));
  const stored: string[] = [];
  try {
    const files: (string | null)[] = [];
    for (const c of certs) {
      if (c.file) {
        const name = await storeUpload(c.file);
        stored.push(name);
        files.push(name);
      } else files.push(!c.removeFile && c.keepFile && ownFiles.has(c.keepFile) ? c.keepFile : null);
    }
    let logoPath = v.removeLogo ? null : extras.logoPath;
    if (v.logo) {
      logoPath = await storeUpload(v.logo);
      stored.push(logoPath);
    }

    const before: CertificateState[] = view.certifications.map((c, i) => ({
      ...c,
      filePath: extras.certificates[i]?.filePath ?? null,
    }));
    const after: CertificateState[] = prepared.certifications.map((c, i) => ({ ...c, filePath: files[i] }));
    const certsChanged = certificatesChanged(before, after);
    const newExtras = { equipment: v.equipment ?? null, capacityNotes: v.capacityNotes ?? null, logoPath };
    const changed = changedFields(
      {
        ...(withoutUndefined(prepareSupplier(view).record) as object),
        certificationFiles: before.map((c) => c.filePath),
        extras: { equipment: extras.equipment, capacityNotes: extras.capacityNotes, logo: extras.logoPath },
      },
      {
        ...(withoutUndefined(prepared.record) as object),
        certificationFiles: files,
        extras: { equipment: newExtras.equipment, capacityNotes: newExtras.capacityNotes, logo: logoPath },
      },
    );

    let verificationRemoved = false;
    await withStatements({ db, sqlite }, (sx) => {
      const st = new DirectoryImportStatements(sx);
      const ps = new ProfileStatements(sx);
      return sx.tx(async () => {
        await checkVersion(sx, ORG_VERSION, actor.orgId, expectedVersion);
        await st.writeSupplier(actor.orgId, prepared);
        await ps.setExtras(actor.orgId, newExtras);
        for (const [i, f] of files.entries()) await ps.setCertificateFile(actor.orgId, i, f);
        if (certsChanged) verificationRemoved = await ps.removeVerification(actor.orgId);
        await ps.touch(actor.orgId);
        await st.outbox(actor.orgRef, "upsert");
        await st.audit(auditActor(actor), "profile.update", "supplier", actor.orgRef, {
          changed,
          ...(verificationRemoved ? { verificationRemoved: true } : {}),
        });
      });
    });
    // Scans and logos no longer referenced go once the new rows are committed.
    const kept = new Set([...files, logoPath]);
    removeUploads(
      [...extras.certificates.map((c) => c.filePath), extras.logoPath].filter((f) => !kept.has(f)),
    );
    return { ok: true, changed, verificationRemoved };
  } catch (e) {
    removeUploads(stored);
    if (e instanceof StaleForm) return { ok: false, stale: true, version: e.current };
    // SQLite names the column in its message, PostgreSQL in the detail ("Key (tax_code)=…").
    if (
      isConstraintError(e, "UNIQUE") &&
      /organisations\.tax_code|^Key \(tax_code\)/m.test(
        `${(e as Error).message}\n${(e as { detail?: string }).detail ?? ""}`,
      )
    )
      return { ok: false, fieldErrors: { taxCode: ["auth.error.taxCodeTaken"] } };
    throw e;
  }
}

// ---- buyer profile ----------------------------------------------------------------------

export async function loadBuyerForEdit(orgRef: string) {
  return getBuyer(getServices().db, orgRef, { withContact: true });
}

export async function saveBuyerProfile(
  actor: ProfileActor,
  v: BuyerProfileForm,
  expectedVersion?: string,
): Promise<{ changed: string[] } | { stale: true; version: string }> {
  const { db, sqlite } = getServices();
  const current = await loadBuyerForEdit(actor.orgRef);
  if (!current) throw new Response("Not found", { status: 404 });
  const prepared = prepareBuyer(buyerRecordFromForm(v, actor.orgRef));
  const changed = changedFields(
    withoutUndefined(prepareBuyer(current).record),
    withoutUndefined(prepared.record),
  );
  try {
    await withStatements({ db, sqlite }, (sx) => {
      const st = new DirectoryImportStatements(sx);
      return sx.tx(async () => {
        await checkVersion(sx, ORG_VERSION, actor.orgId, expectedVersion);
        await st.writeBuyer(actor.orgId, prepared);
        await st.audit(auditActor(actor), "profile.update", "buyer", actor.orgRef, { changed });
      });
    });
  } catch (e) {
    if (e instanceof StaleForm) return { stale: true, version: e.current };
    throw e;
  }
  return { changed };
}

// ---- sourcing requests ------------------------------------------------------------------

/** Creates a request of the actor's buyer organisation; returns its new ref. */
/**
 * Posts the buyer's request and answers its ref. The same form sent again within
 * the resubmit window (app/modules/resubmit.ts) makes nothing and answers the request the first one made: a recent request
 * is the same when its stored content hash is the hash this form would have under its ref. The
 * check runs inside the write lock (sx.tx), so two copies sent at once make one request too.
 */
export async function createRequest(actor: ProfileActor, v: RequestForm): Promise<string> {
  const { db, sqlite } = getServices();
  let ref = newRequestRef((n) => crypto.randomBytes(n));
  for (let i = 0; i < 5 && (await requestRefExists(db, ref)); i++)
    ref = newRequestRef((n) => crypto.randomBytes(n));
  const prepared = (r: string) => prepareRequest(requestRecordFromForm(v, r, actor.orgRef));
  const since = resubmitSince(new Date());
  return withStatements({ db, sqlite }, (sx) => {
    const st = new DirectoryImportStatements(sx);
    const ps = new ProfileStatements(sx);
    return sx.tx(async () => {
      for (const r of await ps.requestsMadeSince(actor.orgId, since))
        if (r.visibility === v.visibility && r.contentHash === prepared(r.ref).hash) return r.ref;
      const id = await st.writeRequest(undefined, actor.orgId, prepared(ref));
      await ps.setVisibility(id, actor.orgId, v.visibility);
      await st.audit(auditActor(actor), "request.create", "request", ref, { visibility: v.visibility });
      return ref;
    });
  });
}

/** Null when the ref is not one of the actor's organisation's requests (the caller answers 404). */
export async function updateRequest(
  actor: ProfileActor,
  ref: string,
  v: RequestForm,
  expectedVersion?: string,
): Promise<{ changed: string[] } | { stale: true; version: string } | null> {
  const { db, sqlite } = getServices();
  const own = await requestIdOfBuyer(db, ref, actor.orgId);
  if (!own) return null;
  const before = await getRequest(db, ref);
  const prepared = prepareRequest(requestRecordFromForm(v, ref, actor.orgRef));
  const changed = changedFields(
    { ...(withoutUndefined(prepareRequest(before!).record) as object), visibility: own.visibility },
    { ...(withoutUndefined(prepared.record) as object), visibility: v.visibility },
  );
  try {
    await withStatements({ db, sqlite }, (sx) => {
      const st = new DirectoryImportStatements(sx);
      const ps = new ProfileStatements(sx);
      return sx.tx(async () => {
        await checkVersion(sx, REQUEST_VERSION, own.id, expectedVersion);
        await st.writeRequest(own.id, actor.orgId, prepared);
        await ps.setVisibility(own.id, actor.orgId, v.visibility);
        await st.audit(auditActor(actor), "request.update", "request", ref, { changed });
      });
    });
  } catch (e) {
    if (e instanceof StaleForm) return { stale: true, version: e.current };
    throw e;
  }
  return { changed };
}

/** Close or reopen one of the actor's requests; false when it is not theirs. */
export async function setOwnRequestStatus(
  actor: ProfileActor,
  ref: string,
  status: "open" | "closed",
): Promise<boolean> {
  const { db } = getServices();
  return db.transaction().execute(async (tx) => {
    if (!(await setRequestStatus(tx, ref, actor.orgId, status))) return false;
    await auditAction(tx, actor, status === "closed" ? "request.close" : "request.reopen", "request", ref);
    return true;
  });
}

export async function loadOwnRequest(actor: ProfileActor, ref: string) {
  const { db } = getServices();
  if (!(await requestIdOfBuyer(db, ref, actor.orgId))) return null;
  return getRequest(db, ref);
}

const statusForm = z.object({
  intent: z.enum(["close", "reopen"]),
  ref: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

/**
 * The close/reopen action of the request pages: only a request of the session's organisation
 * (404 otherwise), then back to `back(ref)` with a toast.
 */
export async function changeRequestStatus(
  request: Request,
  back: (ref: string) => string,
): Promise<Response> {
  const actor = await requireOwnOrg(request, "buyer");
  await rateLimitWrite(request, actor);
  const { t } = getTranslator(request);
  const parsed = statusForm.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) throw new Response(t("profile.error.choice"), { status: 400 });
  const { intent, ref } = parsed.data;
  if (!(await setOwnRequestStatus(actor, ref, intent === "close" ? "closed" : "open")))
    throw new Response(t("requests.notFound"), { status: 404 });
  return redirectWithToast(request, back(ref), {
    kind: "success",
    message: t(intent === "close" ? "requests.closed" : "requests.reopened", { ref }),
  });
}

/** After a request is posted or edited: its page (the ranked suppliers), with a toast naming it. */
export function savedRequestRedirect(
  request: Request,
  ref: string,
  message: "requests.created" | "requests.updated",
): Promise<Response> {
  const { t } = getTranslator(request);
  return redirectWithToast(request, `/my/requests/${ref}`, { kind: "success", message: t(message, { ref }) });
}

/** What the public profile shows beyond the directory record: equipment, capacity, logo, recognitions. */
export async function publicProfileExtras(orgId: number) {
  const db = getServices().db;
  const [extras, recognitions] = await Promise.all([
    getSupplierExtras(db, orgId),
    listRecognitions(db, orgId),
  ]);
  return {
    equipment: extras?.equipment ?? null,
    capacityNotes: extras?.capacityNotes ?? null,
    logoVersion: extras?.logoPath ? extras.updatedAt : null,
    recognitions: recognitions.map((r) => ({ kind: r.kind, product: r.product, year: r.year, note: r.note })),
  };
}

// The door for routes to these reads and writes (routes never import db/ or search/;
// docs/decisions/250-layers.md).
export { getCertificateFile, getLogo, listOwnRequests } from "../../db/queries/profile";
