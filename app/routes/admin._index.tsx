import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { listFirms } from "~/services/accounts.server";
import { pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { FilterForm, FilterSelect, FilterText, ListPages } from "~/components/admin/listing";
import { filterText, pageCount, pageNumber, queryParams } from "~/utils/request-input";
import { Table, Td } from "~/components/ui/table";
import { formatDate } from "~/components/format";
import { pageMeta } from "~/components/meta";

const PAGE = 50;
// Unknown filter values are ignored rather than errors: these are shareable URLs.
const filters = z.object({
  q: filterText(200),
  kind: z.enum(["supplier", "buyer"]).optional().catch(undefined),
  verified: z.enum(["yes", "no"]).optional().catch(undefined),
  recognition: z.enum(["spcncl", "cnht_support"]).optional().catch(undefined),
  page: pageNumber,
});

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
    <section className="space-y-4">
      <FilterForm>
        <FilterText name="q" type="search" label={t("admin.filter.q")} />
        <FilterSelect
          name="kind"
          label={t("admin.filter.kind")}
          options={[
            { value: "supplier", label: t("admin.kind.supplier") },
            { value: "buyer", label: t("admin.kind.buyer") },
          ]}
        />
        <FilterSelect
          name="verified"
          label={t("admin.filter.verified")}
          options={[
            { value: "yes", label: t("admin.filter.verifiedYes") },
            { value: "no", label: t("admin.filter.verifiedNo") },
          ]}
        />
        <FilterSelect
          name="recognition"
          label={t("admin.filter.recognition")}
          options={[
            { value: "spcncl", label: t("admin.rec.spcncl") },
            { value: "cnht_support", label: t("admin.rec.cnht_support") },
          ]}
        />
      </FilterForm>
      <Table
        caption={t("admin.firms.count", { n: total })}
        head={[
          t("admin.firm.ref"),
          t("admin.firm.name"),
          t("admin.filter.kind"),
          t("admin.firm.taxCode"),
          t("admin.firm.members"),
          t("admin.firm.verified"),
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <Link to={`/admin/firms/${r.ref}`}>{r.ref}</Link>
            </Td>
            <Td>{pickText({ vi: r.nameVi, en: r.nameEn }, locale)}</Td>
            <Td>{t(`admin.kind.${r.kind}`)}</Td>
            <Td>{r.taxCode}</Td>
            <Td>{r.members}</Td>
            <Td>
              {r.verifiedAt ? (
                <Badge tone="green">{formatDate(r.verifiedAt, locale)}</Badge>
              ) : r.kind === "supplier" ? (
                <Badge tone="amber">{t("admin.filter.verifiedNo")}</Badge>
              ) : null}
            </Td>
          </tr>
        ))}
      </Table>
      <ListPages page={page} pages={pages} label={t("admin.nav.firms")} />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("admin.nav.firms") }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
