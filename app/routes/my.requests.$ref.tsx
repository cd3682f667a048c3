import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { isOrganiser, rateLimitWrite, requireUser } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import {
  dismissalsFor,
  dismissMatch,
  findRequest,
  findSupplier,
  industrialZones,
  matchesForRequest,
  undoDismissal,
} from "~/services/matching.server";
import { redirectWithToast } from "~/utils/session.server";
import { interests, nextSteps } from "~/services/engagement.server";
import { MeetingRequestButtons, MessageLink, ShortlistForm } from "~/components/engage/next-steps";
import { pickLang, pickText } from "~/modules/i18n";
import { DISMISS_REASONS, zoneKey } from "~/modules/matching";
import { useT } from "~/components/i18n";
import { ReasonChips, ScoreBar } from "~/components/match-reasons";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { Button } from "~/components/ui/button";
import { ExportLinks } from "~/components/export-links";

// The buyer's ranked suppliers for one sourcing request: score bar, reasons as ✓/✗/? chips,
// filters, and "not relevant" with a reason code (kept in match_dismissals for the organisers).

async function guard(request: Request, ref: string) {
  const actor = await requireUser(request);
  const req = await findRequest(ref);
  if (!req) throw new Response("Not found", { status: 404 });
  if (!isOrganiser(actor) && actor.orgId !== req.buyerOrgId) throw new Response("Forbidden", { status: 403 });
  return { actor, req };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, req } = await guard(request, params.ref ?? "");
  const locale = getLocale(request);
  const url = new URL(request.url);
  const verifiedOnly = url.searchParams.get("verified") === "1";
  const zone = url.searchParams.get("zone") ? zoneKey(url.searchParams.get("zone")!) : undefined;
  const [matches, zones, dismissed] = await Promise.all([
    matchesForRequest(req, { limit: 20, verifiedOnly, zone, withoutDismissed: true }),
    industrialZones(),
    dismissalsFor(req.id),
  ]);
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
    })),
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("dismiss"),
    supplier: z.string().min(1).max(64),
    reason: z.enum(DISMISS_REASONS),
    note: z.string().max(500).optional(),
    score: z.coerce.number().min(0).max(1).optional(),
  }),
  z.object({ intent: z.literal("restore"), supplier: z.string().min(1).max(64) }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, req } = await guard(request, params.ref ?? "");
  await rateLimitWrite(request, actor);
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Invalid form", { status: 400 });
  const input = parsed.data;
  const supplier = await findSupplier(input.supplier);
  if (!supplier) throw new Response("No such supplier", { status: 400 });
  const { t, locale } = getTranslator(request);
  const name = pickText(supplier.name, locale);
  const back = `/my/requests/${req.ref}${new URL(request.url).search}`;
  if (input.intent === "dismiss") {
    await dismissMatch({
      requestId: req.id,
      supplierOrgId: supplier.orgId,
      reason: input.reason,
      note: input.note?.trim() || null,
      score: input.score ?? null,
      userId: actor.userId,
    });
    return redirectWithToast(request, back, {
      kind: "success",
      message: t("matching.notRelevant.done", { name }),
    });
  }
  await undoDismissal(req.id, supplier.orgId);
  return redirectWithToast(request, back, {
    kind: "success",
    message: t("matching.dismissed.restored", { name }),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t) => ({ title: data ? `${t("matching.request.kicker")}: ${data.title}` : undefined }));

export default function RequestMatches() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <PageHeader
        kicker={t("matching.request.kicker")}
        title={d.title}
        titleLang={d.titleLang}
        lead={t("matching.request.lead")}
      />
      <div className="mb-4">
        <ExportLinks
          base={`/my/requests/${encodeURIComponent(d.ref)}/suppliers`}
          search={`verified=${d.filters.verifiedOnly ? "1" : ""}&zone=${encodeURIComponent(d.filters.zone)}`}
        />
      </div>
      <Form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
        aria-label={t("matching.filters")}
      >
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="verified" value="1" defaultChecked={d.filters.verifiedOnly} />
          {t("matching.verifiedOnly")}
        </label>
        <label className="flex flex-col text-sm">
          {t("matching.zone")}
          <select name="zone" defaultValue={d.filters.zone} className="mt-1 rounded border-slate-300">
            <option value="">{t("matching.zone.any")}</option>
            {d.zones.map((z) => (
              <option key={z.key} value={z.key}>
                {z.label}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {t("matching.apply")}
        </Button>
      </Form>
      {d.interested.length > 0 && (
        <section
          className="mb-6 rounded-lg border border-green-200 bg-green-50 p-4"
          aria-labelledby="interested-h"
        >
          <h2 id="interested-h" className="mb-2 font-semibold">
            {t("engage.interest.title", { count: d.interested.length })}
          </h2>
          <ul className="space-y-1 text-sm">
            {d.interested.map((i) => (
              <li key={i.ref}>
                <Link to={`/suppliers/${i.ref}`}>{i.name}</Link>{" "}
                <span className="font-mono text-xs text-slate-500">{i.ref}</span>
                {i.note && <span className="text-slate-700"> — “{i.note}”</span>}{" "}
                <Link
                  to={`/my/messages/new?to=${encodeURIComponent(i.ref)}&request=${encodeURIComponent(d.ref)}`}
                >
                  {t("engage.message.send")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {d.matches.length === 0 ? (
        <p className="text-slate-600">{t("matching.none")}</p>
      ) : (
        <ol className="space-y-3">
          {d.matches.map((m) => (
            <li key={m.ref} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 className="text-lg font-semibold" lang={m.nameLang}>
                  <Link to={`/suppliers/${m.ref}`}>{m.name}</Link>
                  {m.zone && <span className="ml-2 text-sm font-normal text-slate-500">{m.zone}</span>}
                </h2>
                <ScoreBar score={m.score} />
              </div>
              {m.interested && (
                <p className="mt-1 text-sm font-medium text-green-800">{t("engage.interest.badge")}</p>
              )}
              <ReasonChips reasons={m.reasons} />
              <div className="mt-3 flex flex-wrap items-start gap-3">
                <MeetingRequestButtons steps={m.steps} toRef={m.ref} toName={m.name} />
                <ShortlistForm lists={m.steps.shortlists} supplierRef={m.ref} name={m.name} />
                <MessageLink steps={m.steps} toRef={m.ref} requestRef={d.ref} />
              </div>
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer text-slate-600">{t("matching.notRelevant")}</summary>
                <Form method="post" className="mt-2 flex flex-wrap items-end gap-3">
                  <input type="hidden" name="intent" value="dismiss" />
                  <input type="hidden" name="supplier" value={m.ref} />
                  <input type="hidden" name="score" value={m.score} />
                  <label className="flex flex-col">
                    {t("matching.notRelevant.reason")}
                    <select name="reason" required className="mt-1 rounded border-slate-300">
                      {DISMISS_REASONS.map((r) => (
                        <option key={r} value={r}>
                          {t(`matching.reason.${r}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="flex flex-col">
                    {t("matching.notRelevant.note")}
                    <input name="note" maxLength={500} className="mt-1 rounded border-slate-300" />
                  </label>
                  <Button type="submit" variant="secondary" disabled={busy}>
                    {t("matching.notRelevant.submit")}
                  </Button>
                </Form>
              </details>
            </li>
          ))}
        </ol>
      )}
      {d.dismissed.length > 0 && (
        <section className="mt-8" aria-labelledby="dismissed-heading">
          <h2 id="dismissed-heading" className="mb-2 text-lg font-semibold">
            {t("matching.dismissed.title", { count: d.dismissed.length })}
          </h2>
          <ul className="space-y-1 text-sm">
            {d.dismissed.map((x) => (
              <li key={x.ref} className="flex items-center gap-3">
                <span>{x.name}</span>
                <span className="text-slate-500">{t(`matching.reason.${x.reason}`)}</span>
                <Form method="post">
                  <input type="hidden" name="intent" value="restore" />
                  <input type="hidden" name="supplier" value={x.ref} />
                  <button type="submit" className="text-brand-700 underline">
                    {t("matching.dismissed.restore")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
