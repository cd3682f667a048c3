import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/services/auth.server";
import { getLocale } from "~/utils/locale.server";
import { findSupplierById, matchesForSupplier, missingCertificates } from "~/services/matching.server";
import { pickLang, pickText } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { ReasonChips } from "~/components/match-reasons";
import { titleMeta } from "~/components/meta";
import { PageHeader, Panel } from "~/components/page-header";

// A supplier's open sourcing requests that fit it, with the reasons, and the certificates that
// would qualify it for the requests it almost fits ("add IATF 16949 to qualify for 6 requests").

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const locale = getLocale(request);
  const supplier =
    actor.orgId !== null && actor.role === "supplier" ? await findSupplierById(actor.orgId) : null;
  if (!supplier) return { hasProfile: false as const };
  const [matches, missing] = await Promise.all([
    matchesForSupplier(supplier, { limit: 30, includeRestricted: false }),
    missingCertificates(supplier, { includeRestricted: false }),
  ]);
  return {
    hasProfile: true as const,
    matches: matches.map((m) => ({
      ref: m.request.ref,
      title: pickText(m.request.title, locale),
      titleLang: pickLang(m.request.title, locale),
      targetDate: m.request.targetDate,
      score: m.score,
      reasons: m.result.reasons.map((r) => ({ kind: r.kind, met: r.met, text: pickText(r.text, locale) })),
    })),
    missing: missing.map((m) => ({
      cert: m.wanted.term.text,
      count: m.requests.length,
      requests: m.requests.map((r) => ({ ref: r.ref, title: pickText(r.title, locale) })),
    })),
  };
}

export const meta = titleMeta("matching.opportunities.title");

type Found = Extract<Awaited<ReturnType<typeof loader>>, { hasProfile: true }>;

// The certificates that would open more requests, then the requests that fit, best first.
function Matches({ missing, matches }: Pick<Found, "missing" | "matches">) {
  const t = useT();
  return (
    <>
      {missing.length > 0 && (
        <Panel id="missing" title={t("matching.opportunities.missing.title")} className="mb-6">
          <ul className="space-y-2">
            {missing.map((m) => (
              <li key={m.cert}>
                <details>
                  <summary className="cursor-pointer font-medium">
                    {t("matching.opportunities.missing.item", { cert: m.cert, count: m.count })}
                  </summary>
                  <ul className="ml-5 mt-1 list-disc text-sm">
                    {m.requests.map((r) => (
                      <li key={r.ref}>
                        <Link to={`/requests/${r.ref}`}>{r.title}</Link>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      {matches.length === 0 ? (
        <p className="text-slate-600">{t("matching.opportunities.none")}</p>
      ) : (
        <ol className="space-y-3">
          {matches.map((m) => (
            <li key={m.ref} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 className="text-lg font-semibold" lang={m.titleLang}>
                  <Link to={`/requests/${m.ref}`}>{m.title}</Link>
                </h2>
                <span className="text-sm tabular-nums text-slate-700">
                  {t("matching.score", { score: Math.round(m.score * 100) })}
                </span>
              </div>
              <ReasonChips reasons={m.reasons} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export default function Opportunities() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  // Without a supplier profile there is nothing to match: no lead, one sentence instead.
  const lead = d.hasProfile ? t("matching.opportunities.lead") : undefined;
  return (
    <>
      <PageHeader title={t("matching.opportunities.title")} lead={lead} />
      {d.hasProfile ? (
        <Matches missing={d.missing} matches={d.matches} />
      ) : (
        <p className="text-slate-600">{t("matching.opportunities.noProfile")}</p>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
