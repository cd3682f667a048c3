import { getDb } from "~/utils/services.server";
import type { Actor } from "~/modules/auth/permissions";
import { pickViEn, type Locale } from "~/modules/i18n";
import { todayInHanoi } from "~/modules/clock";
import {
  fieldChanges,
  infoRequestProblem,
  SCHEME_FIELDS,
  withdrawProblem,
  type SchemeForm,
} from "~/modules/schemes/rules";

type DecisionProblem = "decided" | "amount" | "overBudget" | "reason";
import { schemeInfoRequestMail } from "~/modules/schemes/mail";
import { absoluteUrl } from "~/utils/env.server";
import { sendMailInBackground } from "~/services/auth.server";
import { writeTx } from "../../db/queries/events-tx";
import { auditAction } from "~/services/audit.server";
import { queueMail } from "../../db/queries/mail";
import { orgRecipients } from "../../db/queries/mail-notices";
import { insertNotifications, memberIds } from "../../db/queries/engagement";
import {
  answerInfoRequest,
  getApplication,
  getScheme,
  insertDocuments,
  insertInfoRequest,
  openInfoRequest,
  organiserIds,
  recognisedSupport,
  setSchemeArchived,
  updateScheme,
  withdrawApplication,
} from "../../db/queries/schemes";
import { decide, SchemeError, withStoredDocuments } from "./schemes.server";

// What happens to a scheme and an application after they exist (issue 16, decision 330):
// organisers edit (with a version check) and archive schemes; a firm withdraws its application;
// organisers ask for more information and the firm answers with text and documents. Every write
// is audited in the transaction that makes it; the other side is told in the app (and the firm
// by mail in its language). A firm's writes name its organisation in the where clause.

/** A write refused for a reason the page shows (a key under "schemes.err."). */
export type LifecycleProblem =
  "notFound" | "stale" | "decided" | "withdrawn" | "infoOpen" | "noQuestion" | "answer";

/** The scheme's row values from the organiser's form (recognition is a 0/1 column). */
const rowOf = (v: SchemeForm) => ({ ...v, recognition: v.recognition ? 1 : 0 });

/**
 * An organiser's edit, made on `version`. Refused as "stale" when a colleague saved after that
 * version was loaded, so neither edit is silently lost; the audit row keeps each changed field
 * before and after. An edit that changes nothing writes nothing.
 */
export async function editScheme(
  actor: Actor,
  id: number,
  version: number,
  v: SchemeForm,
): Promise<LifecycleProblem | null> {
  return writeTx(getDb(), async (tx) => {
    const before = await getScheme(tx, id);
    if (!before) return "notFound";
    if (before.version !== version) return "stale";
    const after = rowOf(v);
    const changes = fieldChanges(before, after, SCHEME_FIELDS);
    if (Object.keys(changes).length === 0) return null;
    if (!(await updateScheme(tx, id, version, after))) return "stale";
    await auditAction(tx, actor, "scheme_update", "support_scheme", id, { version: version + 1, changes });
    return null;
  });
}

/** Archives (or restores) a scheme: archived, it leaves the firms' list and the profile panel. */
export async function archiveScheme(actor: Actor, id: number, archived: boolean): Promise<boolean> {
  return writeTx(getDb(), async (tx) => {
    if (!(await setSchemeArchived(tx, id, archived))) return false;
    await auditAction(tx, actor, archived ? "scheme_archive" : "scheme_restore", "support_scheme", id);
    return true;
  });
}

/** A firm withdraws its own undecided application (another firm's id is "notFound"). */
export async function withdrawFromScheme(
  actor: Actor & { orgId: number },
  applicationId: number,
): Promise<LifecycleProblem | null> {
  return writeTx(getDb(), async (tx) => {
    const app = await getApplication(tx, applicationId);
    if (!app || app.orgId !== actor.orgId) return "notFound";
    const problem = withdrawProblem(app);
    if (problem) return problem;
    if (!(await withdrawApplication(tx, app.id, actor.orgId))) return "decided";
    await auditAction(tx, actor, "scheme_withdraw", "scheme_application", app.id, {
      schemeId: app.schemeId,
      orgId: app.orgId,
    });
    return null;
  });
}

const schemeName = (s: { nameVi: string; nameEn: string }, l: Locale) => pickViEn(s.nameVi, s.nameEn, l);

/**
 * An organiser asks the applicant for more information. One open question at a time; the firm's
 * members are notified in the app and its first contact by mail in their language, both in the
 * transaction that records the question (the mail is sent after it commits).
 */
export async function requestInformation(
  actor: Actor,
  applicationId: number,
  question: string,
): Promise<LifecycleProblem | null> {
  const db = getDb();
  const r = await writeTx(db, async (tx) => {
    const app = await getApplication(tx, applicationId);
    if (!app) return { problem: "notFound" as const };
    const problem = infoRequestProblem(app, !!(await openInfoRequest(tx, app.id, app.round)));
    if (problem) return { problem };
    const scheme = (await getScheme(tx, app.schemeId))!;
    const id = await insertInfoRequest(tx, {
      applicationId: app.id,
      round: app.round,
      question,
      askedBy: actor.userId,
    });
    await auditAction(tx, actor, "scheme_info_request", "scheme_application", app.id, {
      schemeId: scheme.id,
      orgId: app.orgId,
      requestId: id,
      question,
    });
    const link = `/my/schemes#scheme-${scheme.id}`;
    await insertNotifications(tx, await memberIds(tx, [app.orgId]), {
      kind: "scheme_info_request",
      params: { name: { vi: scheme.nameVi, en: scheme.nameEn } },
      link,
    });
    const to = (await orgRecipients(tx, [app.orgId])).get(app.orgId);
    if (!to) return { problem: null, mailId: null };
    const mail = schemeInfoRequestMail(to.locale, {
      schemeName: schemeName(scheme, to.locale),
      question,
      url: absoluteUrl(link),
    });
    const mailId = await queueMail(tx, {
      kind: "scheme_info_request",
      to: to.email,
      ...mail,
      dedupeKey: `scheme-info:${id}`,
    });
    return { problem: null, mailId };
  });
  if (r.problem) return r.problem;
  sendMailInBackground(r.mailId ?? null);
  return null;
}

/**
 * The firm answers the open question with text and, optionally, documents (checked like the
 * application's). Organisers are notified in the app. Another firm's application is "notFound".
 */
export async function answerInformation(
  actor: Actor & { orgId: number },
  applicationId: number,
  input: { answer: string; files: File[] },
): Promise<{ errors: Record<string, string[]> } | { ok: true }> {
  const db = getDb();
  const errors: Record<string, string[]> = {};
  const answer = input.answer.trim();
  if (!answer) errors.answer = ["schemes.err.answer"];
  if (answer.length > 4000) errors.answer = ["schemes.err.tooLong"];
  return withStoredDocuments(input.files, errors, async (documents) => {
    await writeTx(db, async (tx) => {
      const app = await getApplication(tx, applicationId);
      if (!app || app.orgId !== actor.orgId) throw new SchemeError("notFound");
      if (app.withdrawnAt) throw new SchemeError("withdrawn");
      const open = await openInfoRequest(tx, app.id, app.round);
      if (!open || !(await answerInfoRequest(tx, open.id, { answer, answeredBy: actor.userId })))
        throw new SchemeError("noQuestion");
      await insertDocuments(tx, app.id, app.round, documents, open.id);
      await auditAction(tx, actor, "scheme_info_answer", "scheme_application", app.id, {
        schemeId: app.schemeId,
        orgId: app.orgId,
        requestId: open.id,
        documents: documents.length,
      });
      const scheme = (await getScheme(tx, app.schemeId))!;
      await insertNotifications(tx, await organiserIds(tx), {
        kind: "scheme_info_answer",
        params: {
          name: { vi: app.orgNameVi, en: app.orgNameEn },
          request: { vi: scheme.nameVi, en: scheme.nameEn },
        },
        link: `/admin/schemes/${scheme.id}`,
      });
    });
    return { ok: true as const };
  });
}

/** "Supported by the programme": the firm's approvals under schemes marked as recognitions. */
export async function programmeSupport(orgId: number, locale: Locale) {
  return (await recognisedSupport(getDb(), orgId)).map((s) => ({
    id: s.id,
    name: schemeName(s, locale),
    kind: s.kind,
    standard: s.standard,
    // The year in Hanoi's calendar (an approval late on 31 December UTC is already January there).
    year: s.decidedAt ? Number(todayInHanoi(new Date(s.decidedAt)).slice(0, 4)) : null,
  }));
}

export type ReviewIntent =
  | { intent: "approve"; applicationId: number; amount: number }
  | { intent: "reject"; applicationId: number; reason: string }
  | { intent: "ask"; applicationId: number; question: string }
  | { intent: "archive" }
  | { intent: "restore" }
  | { intent: "edit"; version: number; scheme: SchemeForm };

/**
 * Everything an organiser does on /admin/schemes/ID, one door for the route: an application must
 * belong to this scheme (another scheme's id is "notFound"). Returns the refusal's key or null.
 */
export async function reviewScheme(
  actor: Actor,
  schemeId: number,
  v: ReviewIntent,
): Promise<LifecycleProblem | DecisionProblem | null> {
  if (v.intent === "edit") return editScheme(actor, schemeId, v.version, v.scheme);
  if (v.intent === "archive" || v.intent === "restore")
    return (await archiveScheme(actor, schemeId, v.intent === "archive")) ? null : "notFound";
  const app = await getApplication(getDb(), v.applicationId);
  if (!app || app.schemeId !== schemeId) return "notFound";
  if (v.intent === "ask") return requestInformation(actor, app.id, v.question);
  return (await decide(
    actor,
    app.id,
    v.intent === "approve" ? { action: "approve", amount: v.amount } : { action: "reject", reason: v.reason },
  )) as DecisionProblem | null;
}
