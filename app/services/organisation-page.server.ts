import type { Actor } from "~/modules/auth/permissions";
import type { OrganisationForm } from "~/modules/auth/organisation-form";
import { getDb } from "~/utils/services.server";
import { publicOrigin } from "~/utils/env.server";
import type { getTranslator } from "~/utils/locale.server";
import { createInvite, registerOrganisation, removeMember } from "~/services/auth/accounts.server";
import {
  getMembership,
  getOrgSummary,
  listMembers,
  listOpenInvites,
  revokeInvite,
} from "~/services/accounts.server";
import { auditAction } from "~/services/audit.server";

// The session's organisation page (/my/organisation): what it shows, registering a firm, and the
// owner's invites and members. The route only parses, authorises and renders.

type T = ReturnType<typeof getTranslator>["t"];

export async function organisationPage(actor: Actor) {
  const db = getDb();
  if (actor.orgId === null)
    return { org: null, accountType: actor.role, isOwner: false, members: [], invites: [] };
  // Everything below is read by the session's own organisation id: no id comes from the URL.
  const [org, membership, members, invites] = await Promise.all([
    getOrgSummary(db, actor.orgId),
    getMembership(db, actor.userId!),
    listMembers(db, actor.orgId),
    listOpenInvites(db, actor.orgId),
  ]);
  const isOwner = membership?.role === "owner";
  return {
    org: org && {
      ref: org.ref,
      kind: org.kind,
      nameVi: org.nameVi,
      nameEn: org.nameEn,
      taxCode: org.taxCode,
      country: org.country,
      verifiedAt: org.verifiedAt,
    },
    accountType: actor.role,
    isOwner,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      role: m.role,
      self: m.id === actor.userId,
    })),
    invites: isOwner ? invites : [],
  };
}

export type OrganisationPage = Awaited<ReturnType<typeof organisationPage>>;

type Toast = { kind: "success" | "error"; message: string };

/**
 * What a valid post of the page does. The answer says how the route replies: a toast back to
 * the page, a new firm (the session is then rotated), a taxCode taken, or an invite link.
 */
export async function organisationAction(
  actor: Actor,
  v: OrganisationForm,
  t: T,
): Promise<{ toast: Toast } | { registered: Toast } | { taxCodeTaken: true } | { inviteLink: string }> {
  const db = getDb();
  const back = (message: string, kind: Toast["kind"] = "success") => ({ toast: { kind, message } });

  if (v.intent === "supplier" || v.intent === "buyer") {
    if (actor.kind !== "user" || actor.orgId !== null) return back(t("org.alreadyMember"), "error");
    const r = await registerOrganisation(
      db,
      { id: actor.userId!, email: actor.email ?? "" },
      v.intent === "supplier"
        ? { kind: "supplier", nameVi: v.nameVi, nameEn: v.nameEn ?? null, taxCode: v.taxCode }
        : { kind: "buyer", name: v.name, country: v.country },
    );
    if (!r.ok)
      return r.reason === "alreadyMember" ? back(t("org.alreadyMember"), "error") : { taxCodeTaken: true };
    const name = v.intent === "supplier" ? v.nameVi : v.name;
    return { registered: { kind: "success", message: t("org.registered", { name, ref: r.ref }) } };
  }

  // Member management: only the owner, and only of the session's own organisation — any
  // organisation id in the form is ignored (there is none to read).
  const membership = actor.userId === null ? undefined : await getMembership(db, actor.userId);
  if (
    actor.orgId === null ||
    actor.orgRef === null ||
    membership?.role !== "owner" ||
    membership.orgId !== actor.orgId
  )
    throw new Response(t("org.ownerOnly"), { status: 403 });
  const owner = { userId: actor.userId!, orgId: actor.orgId, orgRef: actor.orgRef };
  // Shown once, on this response: the link is a secret and is not stored in readable form.
  if (v.intent === "invite") return { inviteLink: await createInvite(db, owner, publicOrigin()) };
  if (v.intent === "revokeInvite") {
    if (await revokeInvite(db, owner.orgId, v.inviteId))
      await auditAction(db, `user:${owner.userId}`, "invite_revoke", "organisation", owner.orgRef, {
        inviteId: v.inviteId,
      });
    return back(t("org.invite.revoked"));
  }
  const removed = await removeMember(db, owner, v.memberId);
  return back(removed ? t("org.member.removed") : t("org.member.notRemoved"), removed ? "success" : "error");
}
