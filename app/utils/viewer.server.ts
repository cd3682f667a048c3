import { getActor, isOrganiser } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import {
  CONTACT_VIEWS_PER_DAY,
  decideContactAccess,
  type ContactDecision,
} from "~/modules/auth/contact-access";
import { contactViewer, recentContactViews, recordContactView } from "../../db/queries/contact-access";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Overridable for tests and for a city that wants another figure (CONTACT_VIEWS_PER_DAY). */
function dailyLimit(): number {
  const n = Number(process.env.CONTACT_VIEWS_PER_DAY);
  return Number.isInteger(n) && n > 0 ? n : CONTACT_VIEWS_PER_DAY;
}

/**
 * Whether this request may read the contacts of `firm`, and when it may, the view is recorded
 * (viewer, firm, time) so the firm sees who looked (docs/decisions/091-contact-access.md):
 * organisers, and verified members (confirmed email) of buyer organisations the organisers
 * approved, within a daily number of firms. Call it only when the contacts will be shown.
 */
export async function contactAccess(
  request: Request,
  firm: { id: number },
  via: "page" | "api",
): Promise<ContactDecision> {
  const actor = await getActor(request);
  const db = getDb();
  const viewer = actor ? await contactViewer(db, actor) : null;
  const key = { userId: actor?.userId ?? null, tokenId: actor?.tokenId ?? null };
  const usage =
    actor && !isOrganiser(actor) && (key.userId !== null || key.tokenId !== null)
      ? await recentContactViews(db, key, firm.id, new Date(Date.now() - DAY_MS).toISOString())
      : { firmsSeen: 0, seenThisFirm: false };
  const decision = decideContactAccess(viewer, firm, { ...usage, limit: dailyLimit() });
  if (decision.visible && decision.record)
    await recordContactView(db, { ...key, orgId: actor?.orgId ?? null }, firm.id, via);
  return decision;
}

/** A request restricted to organisers is shown to them and to the buyer who posted it, only. */
export async function maySeeRestrictedRequest(request: Request, buyerOrgId: number): Promise<boolean> {
  const actor = await getActor(request);
  return isOrganiser(actor) || (actor !== null && actor.orgId === buyerOrgId);
}
