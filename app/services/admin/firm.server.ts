import type { FirmAction } from "~/modules/directory/admin-firm-forms";
import { getDb } from "~/utils/services.server";
import { notFound } from "~/utils/responses";
import {
  deleteRecognition,
  getFirmByRef,
  insertRecognition,
  linkToCityRef,
  listMembers,
  listRecognitions,
  refTaken,
  setVerified,
} from "~/services/accounts.server";
import { auditAction } from "~/services/audit.server";

// The organisers' page of one firm (/admin/firms/REF): its facts, members and recognitions, and
// the changes made there (verify/approve, link to a city REF, add or remove a recognition).

type Firm = Awaited<ReturnType<typeof loadAdminFirm>>;

/** The firm with this REF, or a 404. */
export async function loadAdminFirm(ref: string | undefined) {
  const firm = ref ? await getFirmByRef(getDb(), ref) : undefined;
  return firm ?? notFound();
}

export async function adminFirmPage(ref: string | undefined) {
  const firm = await loadAdminFirm(ref);
  const db = getDb();
  const [recognitions, members] = await Promise.all([
    listRecognitions(db, firm.id),
    listMembers(db, firm.id),
  ]);
  return { firm, recognitions, members };
}

/**
 * What a change ends in: where to go with which message key, or the errors to show on the form
 * (form errors are message keys the route translates; field errors stay keys for the page).
 */
export type FirmChangeResult =
  | { to: string; message: string; params?: Record<string, string> }
  | { formErrors?: string[]; fieldErrors?: Record<string, string[]> };

export async function changeFirm(who: string, firm: Firm, v: FirmAction): Promise<FirmChangeResult> {
  const db = getDb();
  const here = `/admin/firms/${firm.ref}`;
  if (v.intent === "verify" || v.intent === "unverify") {
    // For a buyer organisation "verified" is the organisers' approval (contacts for its members).
    await db.transaction().execute(async (tx) => {
      await setVerified(tx, firm.id, firm.ref, v.intent === "verify");
      await auditAction(tx, who, v.intent, "organisation", firm.ref);
    });
    const done =
      firm.kind === "buyer"
        ? v.intent === "verify"
          ? "admin.firm.approvedDone"
          : "admin.firm.unapprovedDone"
        : v.intent === "verify"
          ? "admin.firm.verifiedDone"
          : "admin.firm.unverifiedDone";
    return { to: here, message: done, params: { ref: firm.ref } };
  }
  if (v.intent === "link") return linkFirm(who, firm, v.cityRef);
  if (v.intent === "addRecognition") {
    await db.transaction().execute(async (tx) => {
      const id = await insertRecognition(tx, {
        orgId: firm.id,
        kind: v.kind,
        product: v.product || null,
        year: v.year,
        note: v.note || null,
      });
      await auditAction(tx, who, "recognition_add", "organisation", firm.ref, { id, ...v });
    });
    return { to: here, message: "admin.rec.added" };
  }
  await db.transaction().execute(async (tx) => {
    if (await deleteRecognition(tx, firm.id, v.id))
      await auditAction(tx, who, "recognition_remove", "organisation", firm.ref, { id: v.id });
  });
  return { to: here, message: "admin.rec.removed" };
}

/**
 * "This portal firm is the city's REF X": only for a portal-registered firm not linked yet,
 * never onto a ref another firm holds (docs/decisions/090-ref-namespaces.md).
 */
async function linkFirm(who: string, firm: Firm, cityRef: string): Promise<FirmChangeResult> {
  if (firm.origin !== "portal" || firm.linkedAt) return { formErrors: ["admin.link.notPortal"] };
  const linked = await getDb()
    .transaction()
    .execute(async (tx) => {
      if (await refTaken(tx, cityRef)) return false;
      await linkToCityRef(tx, { ...firm, kind: firm.kind === "buyer" ? "buyer" : "supplier" }, cityRef);
      await auditAction(tx, who, "ref.link", "organisation", cityRef, { from: firm.ref, to: cityRef });
      return true;
    });
  if (!linked) return { fieldErrors: { cityRef: [`admin.link.taken|ref=${cityRef}`] } };
  return {
    to: `/admin/firms/${cityRef}`,
    message: "admin.link.done",
    params: { from: firm.ref, to: cityRef },
  };
}
