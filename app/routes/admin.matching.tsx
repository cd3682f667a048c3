import type { LoaderFunctionArgs } from "@remix-run/node";
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
import { DataTable, type Column } from "~/components/admin/data-table";
import { titleMeta } from "~/components/meta";

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
  // The buyers' verdicts are the figures (matching quality as buyers see it); the organisers'
  // own verdicts stand beside them in their own column, never added in (decision 703).
  const buyers = reasons.filter((r) => r.givenBy === "buyer");
  const count = new Map(buyers.map((r) => [r.reason, r.n]));
  const byOrganisers = new Map(reasons.filter((r) => r.givenBy === "organiser").map((r) => [r.reason, r.n]));
  return {
    total: buyers.reduce((s, r) => s + r.n, 0),
    // Every code, zeros included, so the organisers see which reasons never come up.
    byReason: DISMISS_REASONS.map((reason) => ({
      reason,
      n: count.get(reason) ?? 0,
      organisers: byOrganisers.get(reason) ?? 0,
    })).sort((a, b) => b.n - a.n),
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

type Dismissed = { ref: string; total: number; reasons: [DismissReason, number][] };

/**
 * The verdicts grouped by request or by supplier: the `who` columns, how many, the `more`
 * columns, and the reasons, most frequent first.
 */
function DismissalTable<R extends Dismissed>({
  caption,
  rows,
  who,
  more = [],
}: {
  caption: string;
  rows: R[];
  who: Column<R>[];
  more?: Column<R>[];
}) {
  const t = useT();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.ref}
      empty={t("admin.none")}
      columns={[
        ...who,
        { head: t("admin.matching.count"), cell: (r) => r.total, className: "tabular-nums" },
        ...more,
        { head: t("admin.matching.reasons"), cell: (r) => <Reasons list={r.reasons} /> },
      ]}
    />
  );
}

export default function AdminMatching() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  const requestColumns: Column<(typeof d.requests)[number]>[] = [
    {
      head: t("admin.matching.request"),
      cell: (r) => <Link to={`/my/requests/${r.ref}`}>{r.ref}</Link>,
      className: "whitespace-nowrap",
    },
    { head: t("admin.matching.title"), cell: (r) => <span lang={r.titleLang}>{r.title}</span> },
    {
      head: t("admin.matching.buyer"),
      cell: (r) => (
        <Link to={`/admin/firms/${r.buyerRef}`} lang={r.buyerLang}>
          {r.buyer}
        </Link>
      ),
    },
  ];
  const supplierColumns: Column<(typeof d.suppliers)[number]>[] = [
    {
      head: t("admin.matching.supplier"),
      cell: (s) => (
        <>
          <Link to={`/admin/firms/${s.ref}`} lang={s.nameLang}>
            {s.name}
          </Link>{" "}
          <span className="text-slate-500">{s.ref}</span>
        </>
      ),
    },
  ];
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

      <DataTable
        caption={t("admin.matching.byReason")}
        rows={d.byReason}
        rowKey={(r) => r.reason}
        rowProps={(r) => ({ "data-reason": r.reason })}
        columns={[
          { head: t("admin.matching.reason"), cell: (r) => t(`matching.reason.${r.reason}`) },
          { head: t("admin.matching.count"), cell: (r) => r.n, className: "tabular-nums" },
          {
            head: "%",
            cell: (r) => (d.total ? Math.round((100 * r.n) / d.total) : 0),
            className: "tabular-nums",
          },
          { head: t("admin.matching.byOrganisers"), cell: (r) => r.organisers, className: "tabular-nums" },
        ]}
      />

      <DismissalTable caption={t("admin.matching.byRequest")} rows={d.requests} who={requestColumns} />
      <DismissalTable
        caption={t("admin.matching.bySupplier")}
        rows={d.suppliers}
        who={supplierColumns}
        more={[{ head: t("admin.matching.requests"), cell: (s) => s.requests, className: "tabular-nums" }]}
      />
    </section>
  );
}

export const meta = titleMeta("admin.nav.matching");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
