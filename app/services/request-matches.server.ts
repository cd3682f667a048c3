import { z } from "zod";
import type { Actor } from "~/modules/auth/permissions";
import { pickLang, pickText, type Locale } from "~/modules/i18n";
import { DISMISS_REASONS, zoneKey, type DismissReason } from "~/modules/matching";
import { badRequest, forbidden, notFound } from "~/utils/responses";
import { fieldMessage, firstFieldText } from "~/modules/i18n/field-message";
import { translator } from "~/modules/i18n/translate";
import { isOrganiser, requireUser } from "~/services/auth.server";
import {
  dismissalsFor,
  dismissMatch,
  findRequest,
  findSupplier,
  industrialZones,
  matchesForRequest,
  undoDismissal,
  type VerdictSide,
} from "~/services/matching.server";
import { interests, nextSteps } from "~/services/engagement.server";

// The buyer's ranked suppliers for one sourcing request (/my/requests/REF), and "not relevant"
// with a reason code (kept in match_dismissals for the organisers) or taking that back.

/**
 * The signed-in user and the request, when it is their firm's (or they organise). Whoever is not
 * a buyer's account is refused (403) whatever the ref; another buyer's request is "not found"
 * (404), exactly as an unknown ref and as on its edit page: a ref's existence is not told to
 * those who may not see it (decision 650).
 */
export async function ownRequest(request: Request, ref: string) {
  const actor = await requireUser(request);
  const organiser = isOrganiser(actor);
  if (!organiser && (actor.orgId === null || actor.role !== "buyer")) forbidden();
  const req = await findRequest(ref);
  if (!req || (!organiser && req.buyerOrgId !== actor.orgId)) notFound();
  return { actor, req };
}

type Req = Awaited<ReturnType<typeof ownRequest>>["req"];

export async function requestMatchesPage(actor: Actor, req: Req, url: URL, locale: Locale) {
  const verifiedOnly = url.searchParams.get("verified") === "1";
  const zone = url.searchParams.get("zone") ? zoneKey(url.searchParams.get("zone")!) : undefined;
  // Each side's verdicts hide suppliers only from that side; the other side's show as a note
  // (decision 703).
  const side = verdictSide(actor);
  const [matches, zones, verdicts] = await Promise.all([
    matchesForRequest(req, { limit: 20, verifiedOnly, zone, withoutDismissed: true, dismissedBy: side }),
    industrialZones(),
    dismissalsFor(req.id),
  ]);
  const dismissed = verdicts.filter((d) => d.givenBy === side);
  const otherSide = new Map(verdicts.filter((d) => d.givenBy !== side).map((d) => [d.supplierOrgId, d]));
  // Suppliers that said they are interested come first in their own list, and are marked below.
  const interested = await interests.of(req.id);
  const interestedIds = new Set(interested.map((i) => i.id));
  const steps = new Map(
    await Promise.all(
      matches.map(async (m) => [m.supplier.orgId, await nextSteps(actor, m.supplier.orgId)] as const),
    ),
  );
  // Each supplier's zone under the same (accented) spelling as the filter lists it.
  const zoneLabel = new Map(zones.map((z) => [z.key, z.label]));
  return {
    ref: req.ref,
    title: pickText(req.title, locale),
    titleLang: pickLang(req.title, locale),
    filters: { verifiedOnly, zone: zone ?? "" },
    zones,
    matches: matches.map((m) => ({
      ref: m.supplier.ref,
      name: pickText(m.supplier.name, locale),
      nameLang: pickLang(m.supplier.name, locale),
      zone:
        m.supplier.industrialZone &&
        (zoneLabel.get(zoneKey(m.supplier.industrialZone)) ?? m.supplier.industrialZone),
      score: m.score,
      reasons: m.result.reasons.map((r) => ({ kind: r.kind, met: r.met, text: pickText(r.text, locale) })),
      interested: interestedIds.has(m.supplier.orgId),
      steps: steps.get(m.supplier.orgId)!,
      otherVerdict: otherVerdict(otherSide.get(m.supplier.orgId)),
    })),
    interested: interested.map((i) => ({
      ref: i.ref,
      name: pickText({ vi: i.nameVi, en: i.nameEn }, locale),
      note: i.note,
    })),
    dismissed: dismissed.map((d) => ({
      ref: d.ref,
      name: pickText({ vi: d.nameVi, en: d.nameEn }, locale),
      reason: d.reason,
      otherVerdict: otherVerdict(otherSide.get(d.supplierOrgId)),
    })),
  };
}

/** Organisers (and admins) speak for the organisers' side; everyone else here is the buyer. */
function verdictSide(actor: Actor): VerdictSide {
  return isOrganiser(actor) ? "organiser" : "buyer";
}

function otherVerdict(d: { givenBy: VerdictSide; reason: DismissReason; note: string | null } | undefined) {
  return d ? { givenBy: d.givenBy, reason: d.reason, note: d.note } : null;
}

/** A supplier's ref: missing, empty or too long is "no such supplier", as an unknown one is. */
const supplier = z
  .string({ errorMap: () => ({ message: "matching.dismiss.noSupplier" }) })
  .min(1)
  .max(64);
const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("dismiss"),
    supplier,
    reason: z.enum(DISMISS_REASONS, { errorMap: () => ({ message: "matching.dismiss.reason" }) }),
    note: z
      .string()
      .max(500, fieldMessage("matching.dismiss.noteTooLong", { max: 500 }))
      .optional(),
    score: z.coerce.number().min(0).max(1).optional(),
  }),
  z.object({ intent: z.literal("restore"), supplier }),
]);

/**
 * Marks a supplier "not relevant" for the request, or takes that back. Our forms never post
 * anything else, so a bad form or an unknown supplier is a 400 naming the field. Returns the toast's message
 * key and the supplier's name for it.
 */
export async function changeDismissal(actor: Actor, req: Req, form: FormData, locale: Locale) {
  const t = translator(locale);
  const parsed = schema.safeParse(Object.fromEntries(form));
  // Named in the reader's language, by the field at fault (decision 702).
  if (!parsed.success)
    badRequest(
      firstFieldText(t, parsed.error.issues, ["supplier", "reason", "note"], "matching.dismiss.badForm"),
    );
  const input = parsed.data;
  const supplier = (await findSupplier(input.supplier)) ?? badRequest(t("matching.dismiss.noSupplier"));
  const name = pickText(supplier.name, locale);
  if (input.intent === "dismiss") {
    await dismissMatch({
      requestId: req.id,
      supplierOrgId: supplier.orgId,
      reason: input.reason,
      note: input.note?.trim() || null,
      score: input.score ?? null,
      userId: actor.userId,
      givenBy: verdictSide(actor),
    });
    return { message: "matching.notRelevant.done", name };
  }
  await undoDismissal(req.id, supplier.orgId, verdictSide(actor));
  return { message: "matching.dismissed.restored", name };
}
