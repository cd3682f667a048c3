// Who may read a firm's contact details (docs/decisions/091-contact-access.md). Pure: the caller
// brings what the database says about the viewer and how many firms' contacts they read lately.

export type ContactDenial =
  | "login" // not logged in
  | "notBuyer" // a supplier (a competitor) or an account without an organisation role
  | "unverifiedEmail" // never proved they read their address
  | "noOrg" // a buyer account that belongs to no buyer organisation
  | "unapprovedOrg" // the organisers have not approved (or have suspended) the organisation
  | "limit"; // read the contacts of too many firms in the last 24 hours

export interface ContactViewer {
  role: "supplier" | "buyer" | "organiser" | "admin";
  kind: "user" | "token";
  /** Users only: when the email was confirmed (tokens are issued by organisers to an organisation). */
  emailVerifiedAt: string | null;
  org: {
    id: number;
    kind: "supplier" | "buyer" | "organiser";
    verifiedAt: string | null;
    status: "active" | "suspended";
  } | null;
}

/** Firms whose contacts one account may read in 24 hours (organisers have no limit). */
export const CONTACT_VIEWS_PER_DAY = 50;

export type ContactDecision =
  { visible: true; organiser: boolean; record: boolean } | { visible: false; reason: ContactDenial };

/**
 * `firmsSeen` is how many other firms' contacts the viewer read in the last 24 hours, and
 * `seenThisFirm` whether this firm is one of them (looking again costs nothing).
 */
export function decideContactAccess(
  viewer: ContactViewer | null,
  firm: { id: number },
  usage: { firmsSeen: number; seenThisFirm: boolean; limit?: number },
): ContactDecision {
  if (!viewer) return { visible: false, reason: "login" };
  if (viewer.role === "organiser" || viewer.role === "admin")
    return { visible: true, organiser: true, record: false };
  // A firm's own people see their own contacts, and it is no "view" to tell the firm about.
  if (viewer.org?.id === firm.id) return { visible: true, organiser: false, record: false };
  if (viewer.role !== "buyer") return { visible: false, reason: "notBuyer" };
  if (viewer.kind === "user" && !viewer.emailVerifiedAt) return { visible: false, reason: "unverifiedEmail" };
  if (!viewer.org || viewer.org.kind !== "buyer") return { visible: false, reason: "noOrg" };
  if (!viewer.org.verifiedAt || viewer.org.status !== "active")
    return { visible: false, reason: "unapprovedOrg" };
  if (!usage.seenThisFirm && usage.firmsSeen >= (usage.limit ?? CONTACT_VIEWS_PER_DAY))
    return { visible: false, reason: "limit" };
  return { visible: true, organiser: false, record: true };
}
