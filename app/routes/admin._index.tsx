import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { listFirms } from "~/services/accounts.server";
import { pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { FilterSelect, FilterText, FilteredTable } from "~/components/admin/listing";
import { filterText, pageCount, pageNumber, queryParams } from "~/utils/request-input";
import { formatDate } from "~/components/format";
import { titleMeta } from "~/components/meta";

const PAGE = 50;
// Unknown filter values are ignored rather than errors: these are shareable URLs.
const filters = z.object({
  q: filterText(200),
  kind: z.enum(["supplier", "buyer"]).optional().catch(undefined),
  verified: z.enum(["yes", "no"]).optional().catch(undefined),
  recognition: z.enum(["spcncl", "cnht_support"]).optional().catch(undefined),
  page: pageNumber,
});

// Each select filter's values with their label keys; its own label is `admin.filter.<name>`.
const SELECTS = {
  kind: { supplier: "admin.kind.supplier", buyer: "admin.kind.buyer" },
  verified: { yes: "admin.filter.verifiedYes", no: "admin.filter.verifiedNo" },
  recognition: { spcncl: "admin.rec.spcncl", cnht_support: "admin.rec.cnht_support" },
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const f = queryParams(request, filters);
  const { rows, total } = await listFirms(getDb(), { ...f, limit: PAGE, offset: (f.page - 1) * PAGE });
  return { rows, total, page: f.page, pages: pageCount(total, PAGE) };
}

export default function AdminFirms() {
  const t = useT();
  const locale = useLocale();
  const { rows, total, page, pages } = useLoaderData<typeof loader>();
  return (
    <FilteredTable
      filters={
        <>
          <FilterText name="q" type="search" label={t("admin.filter.q")} />
          {Object.entries(SELECTS).map(([name, options]) => (
            <FilterSelect
              key={name}
              name={name}
              label={t(`admin.filter.${name}`)}
              options={Object.entries(options).map(([value, key]) => ({ value, label: t(key) }))}
            />
          ))}
        </>
      }
      page={page}
      pages={pages}
      pagesLabel={t("admin.nav.firms")}
      caption={t("admin.firms.count", { n: total })}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { head: t("admin.firm.ref"), cell: (r) => <Link to={`/admin/firms/${r.ref}`}>{r.ref}</Link> },
        { head: t("admin.firm.name"), cell: (r) => pickText({ vi: r.nameVi, en: r.nameEn }, locale) },
        { head: t("admin.filter.kind"), cell: (r) => t(`admin.kind.${r.kind}`) },
        { head: t("admin.firm.taxCode"), cell: (r) => r.taxCode },
        { head: t("admin.firm.members"), cell: (r) => r.members },
        {
          head: t("admin.firm.verified"),
          cell: (r) =>
            r.verifiedAt ? (
              <Badge tone="green">{formatDate(r.verifiedAt, locale)}</Badge>
            ) : r.kind === "supplier" ? (
              <Badge tone="amber">{t("admin.filter.verifiedNo")}</Badge>
            ) : null,
        },
      ]}
    />
  );
}

export const meta = titleMeta("admin.nav.firms");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
