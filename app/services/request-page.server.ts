import { z } from "zod";
import type { Actor } from "~/modules/auth/permissions";
import { pickLang, pickText, type Locale } from "~/modules/i18n";
import { getDb } from "~/utils/services.server";
import { notFound } from "~/utils/responses";
import { maySeeRestrictedRequest } from "~/utils/viewer.server";
import { getActor } from "~/services/auth.server";
import { getRequest } from "~/services/directory.server";
import { conceptLabel } from "~/services/supplier-cards.server";
import { expressInterest, interests, nextSteps } from "~/services/engagement.server";
import { readForm } from "~/utils/form-body.server";

// The public page of one sourcing request (/requests/REF) and a supplier's "interested".

const KINDS = ["process", "material", "product", "certification"] as const;

export async function publicRequestPage(request: Request, ref: string, locale: Locale) {
  const r = await getRequest(getDb(), ref);
  // A restricted request does not exist for anyone else: 404, not 403, so refs cannot be probed.
  if (!r || (r.visibility !== "public" && !(await maySeeRestrictedRequest(request, r.buyerOrgId))))
    notFound();
  const needs = KINDS.map((kind) => ({
    kind,
    items: [
      ...new Set(
        r.terms
          .filter((x) => x.kind === kind)
          .map((x) => (x.conceptId ? conceptLabel(x.conceptId, locale) : x.text)),
      ),
    ],
  }));
  // A supplier reading an opportunity can say it is interested, ask the buyer for a meeting at
  // an open fair, or write to it (issue 14).
  const actor = await getActor(request);
  const supplierOrg = actor?.role === "supplier" && actor.orgId !== null ? actor.orgId : null;
  const engage =
    supplierOrg !== null
      ? {
          interested: await interests.has(r.id, supplierOrg),
          open: r.status === "open",
          steps: await nextSteps(actor, r.buyerOrgId),
        }
      : null;
  return {
    engage,
    ref: r.ref,
    title: pickText(r.title, locale),
    titleLang: pickLang(r.title, locale),
    description: pickText(r.description, locale),
    descriptionLang: pickLang(r.description, locale),
    buyerRef: r.buyer,
    buyerName: pickText(r.buyerName, locale),
    buyerNameLang: pickLang(r.buyerName, locale),
    status: r.status,
    annualVolume: r.annualVolume ?? null,
    targetDate: r.targetDate ?? null,
    needs,
  };
}

const interestSchema = z.object({
  intent: z.literal("interest"),
  note: z.string().trim().max(500).optional(),
});

/**
 * Records the supplier's interest in a public request (404 for any other), reading the form only
 * once the request is known. Returns the page to go back to and whether the form was accepted: a bad
 * form or a request no longer open is refused without a change.
 */
export async function interestFromForm(request: Request, actor: Actor & { orgId: number }, ref: string) {
  const r = await getRequest(getDb(), ref);
  if (!r || r.visibility !== "public") notFound();
  const here = `/requests/${r.ref}`;
  const parsed = interestSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success || r.status !== "open") return { here, ok: false };
  await expressInterest(
    actor,
    {
      id: r.id,
      ref: r.ref,
      buyerOrgId: r.buyerOrgId,
      title: { vi: r.title.vi ?? null, en: r.title.en ?? null },
    },
    parsed.data.note || null,
  );
  return { here, ok: true };
}
