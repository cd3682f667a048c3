import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getLocale } from "~/utils/locale.server";
import { pickLang, pickText } from "~/modules/i18n";
import { DISMISS_REASONS, type DismissReason } from "~/modules/matching";
import {
  dismissalsByReason,
  dismissalsByRequest,
  mostDismissedSuppliers,
  type ReasonCounts,
} from "~/services/matching.server";
import { useT } from "~/components/i18n";
import { Table, Td } from "~/components/ui/table";
import { pageMeta } from "~/components/meta";

// Organisers' report on buyers' "not relevant" verdicts (issue 5): why suggestions miss, where,
// and which suppliers keep being turned down. The full list is the CSV (admin.matching[.]csv.ts).

const REQUESTS_SHOWN = 50;
const SUPPLIERS_SHOWN = 20;

/** Reasons of one row, most frequent first, as [code, count]. */
function reasonList(counts: ReasonCounts): [DismissReason, number][] {
  return DISMISS_REASONS.filter((r) => counts[r])
    .map((r): [DismissReason, number] => [r, counts[r]!])
    .sort((a, b) => b[1] - a[1]);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["organiser", "admin"]);
  const db = getDb();
  const locale = getLocale(request);
  const [reasons, requests, suppliers] = await Promise.all([
    dismissalsByReason(db),
    dismissalsByRequest(db, REQUESTS_SHOWN),
    mostDismissedSuppliers(db, SUPPLIERS_SHOWN),
  ]);
  const count = new Map(reasons.map((r) => [r.reason, r.n]));
  return {
    total: reasons.reduce((s, r) => s + r.n, 0),
    // Every code, zeros included, so the organisers see which reasons never come up.
    byReason: DISMISS_REASONS.map((reason) => ({ reason, n: count.get(reason) ?? 0 })).sort(
      (a, b) => b.n - a.n,
    ),
    requests: requests.map((r) => ({
      ref: r.ref,
      title: pickText(r.title, locale),
      titleLang: pickLang(r.title, locale),
      buyerRef: r.buyerRef,
      buyer: pickText(r.buyerName, locale),
      buyerLang: pickLang(r.buyerName, locale),
      total: r.total,
      reasons: reasonList(r.reasons),
    })),
    suppliers: suppliers.map((s) => ({
      ref: s.ref,
      name: pickText(s.name, locale),
      nameLang: pickLang(s.name, locale),
      total: s.total,
      requests: s.requests,
      reasons: reasonList(s.reasons),
    })),
  };
}

function Reasons({ list }: { list: [DismissReason, number][] }) {
  const t = useT();
  return <>{list.map(([r, n]) => `${t(`matching.reason.${r}`)} ${n}`).join(" · ")}</>;
}

export default function AdminMatching() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  return (
    <section className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h2 className="text-xl font-semibold">{t("admin.nav.matching")}</h2>
          <p className="text-sm text-slate-600">{t("admin.matching.lead")}</p>
          <p className="mt-1 font-medium">{t("admin.matching.total", { n: d.total })}</p>
        </div>
        <a href="/admin/matching.csv" download className="text-brand-700 underline">
          {t("admin.matching.csv")}
        </a>
      </div>

      <Table
        caption={t("admin.matching.byReason")}
        head={[t("admin.matching.reason"), t("admin.matching.count"), "%"]}
      >
        {d.byReason.map((r) => (
          <tr key={r.reason} data-reason={r.reason}>
            <Td>{t(`matching.reason.${r.reason}`)}</Td>
            <Td className="tabular-nums">{r.n}</Td>
            <Td className="tabular-nums">{d.total ? Math.round((100 * r.n) / d.total) : 0}</Td>
          </tr>
        ))}
      </Table>

      <Table
        caption={t("admin.matching.byRequest")}
        head={[
          t("admin.matching.request"),
          t("admin.matching.title"),
          t("admin.matching.buyer"),
          t("admin.matching.count"),
          t("admin.matching.reasons"),
        ]}
      >
        {d.requests.length === 0 ? (
          <tr>
            <Td className="text-slate-500">{t("admin.none")}</Td>
          </tr>
        ) : (
          d.requests.map((r) => (
            <tr key={r.ref}>
              <Td className="whitespace-nowrap">
                <Link to={`/my/requests/${r.ref}`}>{r.ref}</Link>
              </Td>
              <Td>
                <span lang={r.titleLang}>{r.title}</span>
              </Td>
              <Td>
                <Link to={`/admin/firms/${r.buyerRef}`} lang={r.buyerLang}>
                  {r.buyer}
                </Link>
              </Td>
              <Td className="tabular-nums">{r.total}</Td>
              <Td>
                <Reasons list={r.reasons} />
              </Td>
            </tr>
          ))
        )}
      </Table>

      <Table
        caption={t("admin.matching.bySupplier")}
        head={[
          t("admin.matching.supplier"),
          t("admin.matching.count"),
          t("admin.matching.requests"),
          t("admin.matching.reasons"),
        ]}
      >
        {d.suppliers.length === 0 ? (
          <tr>
            <Td className="text-slate-500">{t("admin.none")}</Td>
          </tr>
        ) : (
          d.suppliers.map((s) => (
            <tr key={s.ref}>
              <Td>
                <Link to={`/admin/firms/${s.ref}`} lang={s.nameLang}>
                  {s.name}
                </Link>{" "}
                <span className="text-slate-500">{s.ref}</span>
              </Td>
              <Td className="tabular-nums">{s.total}</Td>
              <Td className="tabular-nums">{s.requests}</Td>
              <Td>
                <Reasons list={s.reasons} />
              </Td>
            </tr>
          ))
        )}
      </Table>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("admin.nav.matching") }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
