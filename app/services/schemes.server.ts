import type { ZodError } from "zod";
import { pickViEn, type Translate } from "~/modules/i18n";
import { getDb } from "~/utils/services.server";
import type { Actor } from "~/modules/auth/permissions";
import { todayInHanoi } from "~/modules/clock";
import {
  applicationState,
  applyProblem,
  budgetUse,
  decisionProblem,
  schemeWindow,
  type Decision,
  type SchemeForm,
} from "~/modules/schemes/rules";
import { schemeDecisionMail } from "~/modules/schemes/mail";
import { UPLOADS, kindOfStoredName } from "~/modules/profile/files";
import { absoluteUrl } from "~/utils/env.server";
import { fileError, removeUploads, storeUpload, uploadPath } from "~/services/profile.server";
import { sendMailInBackground } from "~/services/auth.server";
import { writeTx } from "../../db/queries/events-tx";
import { resubmitSince } from "~/modules/resubmit";
import { auditAction } from "~/services/audit.server";
import { queueMail } from "../../db/queries/mail";
import { orgRecipients } from "../../db/queries/mail-notices";
import {
  applicationsOfOrg,
  applicationsOfScheme,
  approvedAmounts,
  decideApplication,
  documentsOf,
  findApplication,
  getApplication,
  getDocument,
  getScheme,
  infoRequestsOf,
  insertApplication,
  insertDocuments,
  insertScheme,
  sameSchemeSince,
  listSchemes,
  reopenApplication,
} from "../../db/queries/schemes";
import { newsOfScheme } from "../../db/queries/news";

// Support schemes (docs/decisions/190-support-schemes.md): organisers publish and review, firms
// apply from /my with documents. The rules are in app/modules/schemes/rules.ts; this is the only
// door to the tables. Every write is audited in its own transaction.

/** At most this many documents with one application (each within UPLOADS.schemeDocument). */
export const MAX_DOCUMENTS = 5;

const today = () => todayInHanoi(new Date());

export async function schemesWithBudget() {
  const db = getDb();
  const day = today();
  return Promise.all(
    (await listSchemes(db)).map(async (s) => ({
      ...s,
      window: schemeWindow(s, day),
      budgetUse: budgetUse(s.budget, await approvedAmounts(db, s.id)),
    })),
  );
}

/**
 * Creates a scheme and answers its id; the same scheme created again by the same organiser within
 * the resubmit window is the one already made (decision 701), checked under the write lock.
 */
export async function createScheme(actor: Actor, v: SchemeForm): Promise<number> {
  const since = resubmitSince(new Date());
  const values = { ...v, recognition: v.recognition ? 1 : 0, createdBy: actor.userId };
  return writeTx(getDb(), async (tx) => {
    const repeated =
      actor.userId === null ? undefined : await sameSchemeSince(tx, values, actor.userId, since);
    if (repeated !== undefined) return repeated;
    const id = await insertScheme(tx, values);
    await auditAction(tx, actor, "scheme_create", "support_scheme", id, v);
    return id;
  });
}

export class SchemeError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** A scheme with its applications, their documents and the budget use (organisers). */
export async function schemeReview(id: number) {
  const db = getDb();
  const scheme = await getScheme(db, id);
  if (!scheme) return null;
  const apps = await applicationsOfScheme(db, id);
  const ids = apps.map((a) => a.id);
  const [docs, requests, news] = await Promise.all([
    documentsOf(db, ids),
    infoRequestsOf(db, ids),
    newsOfScheme(db, id),
  ]);
  return {
    scheme: { ...scheme, window: schemeWindow(scheme, today()) },
    budget: budgetUse(
      scheme.budget,
      apps.filter((a) => a.status === "approved" && !a.withdrawnAt).map((a) => a.amount ?? 0),
    ),
    applications: apps.map((a) => withHistory(a, docs, requests)),
    news,
  };
}

type Doc = Awaited<ReturnType<typeof documentsOf>>[number];
type InfoRequest = Awaited<ReturnType<typeof infoRequestsOf>>[number];

/**
 * An application with its shown state, its own documents and its questions and answers — those
 * of the current round; an earlier, withdrawn round's are kept apart as `earlier` (history).
 */
function withHistory<A extends Parameters<typeof applicationState>[0] & { id: number; round: number }>(
  a: A,
  docs: Doc[],
  requests: InfoRequest[],
) {
  const mine = requests.filter((r) => r.applicationId === a.id);
  const docsOf = (requestId: number | null, round: number) =>
    docs
      .filter((d) => d.applicationId === a.id && d.infoRequestId === requestId && d.round === round)
      .map((d) => ({ id: d.id, size: d.size }));
  const roundOf = (round: number) => ({
    documents: docsOf(null, round),
    infoRequests: mine
      .filter((r) => r.round === round)
      .map((r) => ({ ...r, documents: docsOf(r.id, round) })),
  });
  const current = roundOf(a.round);
  return {
    ...a,
    state: applicationState(
      a,
      current.infoRequests.some((r) => r.answeredAt === null),
    ),
    ...current,
    earlier: Array.from({ length: a.round - 1 }, (_, i) => ({ round: i + 1, ...roundOf(i + 1) })),
  };
}

/** The schemes as a firm sees them on /my/schemes: each with the firm's own application. */
export async function schemesForFirm(orgId: number) {
  const db = getDb();
  const day = today();
  const [schemes, apps] = await Promise.all([listSchemes(db), applicationsOfOrg(db, orgId)]);
  const ids = apps.map((a) => a.id);
  const [docs, requests] = await Promise.all([documentsOf(db, ids), infoRequestsOf(db, ids)]);
  const shown = schemes.filter((s) => {
    const applied = apps.some((a) => a.schemeId === s.id);
    // An archived scheme stays visible only to the firms that applied to it.
    return applied || (!s.archivedAt && schemeWindow(s, day) !== "upcoming");
  });
  return Promise.all(
    shown.map(async (s) => {
      const app = apps.find((a) => a.schemeId === s.id) ?? null;
      return {
        ...s,
        window: schemeWindow(s, day),
        news: await newsOfScheme(db, s.id),
        application: app && withHistory(app, docs, requests),
      };
    }),
  );
}

/**
 * Adds to `errors.documents` what is wrong with the files: too many, or one that is not a PDF,
 * PNG or JPEG by its bytes or is too large (the profile uploads' own checks).
 */
async function checkDocuments(files: File[], errors: Record<string, string[]>) {
  if (files.length > MAX_DOCUMENTS) errors.documents = [`schemes.err.tooMany|max=${MAX_DOCUMENTS}`];
  for (const f of files) {
    const e = await fileError("schemeDocument", f);
    if (e) (errors.documents ??= []).push(e);
  }
}

/**
 * Checks the firm's documents, adding to the form's other `errors`, and answers with them if
 * there are any. Else stores the documents and runs `write` with them as document rows (path
 * and size). When the write fails the stored files are removed again; a SchemeError (thrown
 * inside the write, which rolls it back) comes back as the form's error.
 */
export async function withStoredDocuments<T>(
  files: File[],
  errors: Record<string, string[]>,
  write: (documents: { filePath: string; size: number }[]) => Promise<T>,
): Promise<T | { errors: Record<string, string[]> }> {
  await checkDocuments(files, errors);
  if (Object.keys(errors).length) return { errors };
  const stored: string[] = [];
  try {
    for (const f of files) stored.push(await storeUpload(f));
    return await write(stored.map((filePath, i) => ({ filePath, size: files[i]!.size })));
  } catch (e) {
    removeUploads(stored);
    if (e instanceof SchemeError) return { errors: { form: [`schemes.err.${e.key}`] } };
    throw e;
  }
}

/**
 * A firm applies with a note and documents. Files are checked (type by their bytes, size) with
 * the profile uploads' own rules before anything is stored; returns field errors or the id.
 * After a withdrawal the same application is submitted again as its next round (decision 380):
 * the earlier round's note, documents and questions stay on record, the audit row keeps the
 * note and withdrawal time the new round replaced.
 */
export async function applyToScheme(
  actor: Actor & { orgId: number },
  schemeId: number,
  input: { note: string; files: File[] },
): Promise<{ errors: Record<string, string[]> } | { id: number }> {
  const db = getDb();
  const scheme = await getScheme(db, schemeId);
  // An id that names no scheme is the route's 404 (a throw here was an uncaught 500).
  if (!scheme) return { errors: { form: ["schemes.err.notFound"] } };
  const problem = applyProblem(scheme, today(), (await findApplication(db, schemeId, actor.orgId)) ?? null);
  if (problem) return { errors: { form: [`schemes.err.${problem}`] } };
  const errors: Record<string, string[]> = {};
  if (input.note.length > 4000) errors.note = ["schemes.err.tooLong"];
  if (input.files.length === 0) errors.documents = ["schemes.err.documents"];
  return withStoredDocuments(input.files, errors, async (documents) => {
    const id = await writeTx(db, async (tx) => {
      // Checked again inside the write lock: two tabs submitting at once make one application.
      const existing = await findApplication(tx, schemeId, actor.orgId);
      const again = applyProblem(scheme, today(), existing ?? null);
      if (again) throw new SchemeError(again);
      const values = { note: input.note, submittedBy: actor.userId };
      let id: number;
      let round = 1;
      if (existing) {
        if (!(await reopenApplication(tx, existing.id, actor.orgId, values)))
          throw new SchemeError("applied");
        [id, round] = [existing.id, existing.round + 1];
      } else id = await insertApplication(tx, { schemeId, orgId: actor.orgId, ...values });
      await insertDocuments(tx, id, round, documents);
      await auditAction(tx, actor, existing ? "scheme_reapply" : "scheme_apply", "scheme_application", id, {
        schemeId,
        orgId: actor.orgId,
        documents: documents.length,
        ...(existing && {
          round,
          previous: { note: existing.note, withdrawnAt: existing.withdrawnAt },
        }),
      });
      return id;
    });
    return { id };
  });
}

/** The byte limit of the application form's file field. */
export function schemeUploadLimit(): number {
  return UPLOADS.schemeDocument.maxBytes;
}

/**
 * An organiser's decision, under the write lock: the budget check sees every approval committed
 * before it, so two organisers approving at once cannot together exceed the budget. The applicant
 * is told by mail (queued in the same transaction, sent after it).
 */
export async function decide(actor: Actor, applicationId: number, d: Decision): Promise<string | null> {
  const db = getDb();
  const result = await writeTx(db, async (tx) => {
    const app = await getApplication(tx, applicationId);
    if (!app) return { problem: "notFound" as const };
    const scheme = (await getScheme(tx, app.schemeId))!;
    const problem = decisionProblem(
      app.status,
      d,
      budgetUse(scheme.budget, await approvedAmounts(tx, scheme.id)),
      !!app.withdrawnAt,
    );
    if (problem) return { problem };
    const status = d.action === "approve" ? ("approved" as const) : ("rejected" as const);
    const amount = d.action === "approve" ? d.amount : null;
    const reason = d.action === "reject" ? d.reason.trim() : null;
    if (!(await decideApplication(tx, app.id, { status, amount, reason, decidedBy: actor.userId })))
      return { problem: "decided" as const };
    await auditAction(
      tx,
      actor,
      d.action === "approve" ? "scheme_approve" : "scheme_reject",
      "scheme_application",
      app.id,
      { schemeId: scheme.id, orgId: app.orgId, amount, reason },
    );
    const to = (await orgRecipients(tx, [app.orgId])).get(app.orgId);
    if (!to) return { problem: null, mailId: null };
    const locale = to.locale;
    const mail = schemeDecisionMail(locale, {
      schemeName: pickViEn(scheme.nameVi, scheme.nameEn, locale),
      status,
      amount,
      reason,
      url: absoluteUrl("/my/schemes"),
    });
    const mailId = await queueMail(tx, {
      kind: "scheme_decision",
      to: to.email,
      ...mail,
      dedupeKey: `scheme-decision:${app.id}`,
    });
    return { problem: null, mailId };
  });
  if (result.problem) return result.problem;
  sendMailInBackground(result.mailId ?? null);
  return null;
}

/** A document's file on disk with the firm that owns it (the route checks who asks). */
export async function schemeDocumentFile(id: number) {
  const doc = await getDocument(getDb(), id);
  if (!doc) return null;
  const kind = kindOfStoredName(doc.filePath);
  return kind ? { orgId: doc.orgId, kind, path: uploadPath(doc.filePath) } : null;
}

/** The scheme form's first message per field, in the reader's language. */
export function schemeErrors(error: ZodError, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const i of error.issues) errors[String(i.path[0] ?? "form")] ??= t(`schemes.err.${i.message}`);
  return errors;
}
