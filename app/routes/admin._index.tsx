import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { listFirms } from "~/services/accounts.server";
import { pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Field, Select, TextInput } from "~/components/ui/field";
import { Pagination } from "~/components/ui/pagination";
import { Table, Td } from "~/components/ui/table";
import { formatDate } from "~/components/format";

const PAGE = 50;
// Unknown filter values are ignored rather than errors: these are shareable URLs.
const filters = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: z.enum(["supplier", "buyer"]).optional().catch(undefined),
  verified: z.enum(["yes", "no"]).optional().catch(undefined),
  recognition: z.enum(["spcncl", "cnht_support"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const f = filters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, total } = await listFirms(getDb(), {
    ...f,
    q: f.q || undefined,
    limit: PAGE,
    offset: (f.page - 1) * PAGE,
  });
  return { rows, total, page: f.page, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

export default function AdminFirms() {
  const t = useT();
  const locale = useLocale();
  const { rows, total, page, pages } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(p));
    return `?${next}`;
  };
  return (
    <section className="space-y-4">
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <Field id="q" label={t("admin.filter.q")}>
          <TextInput id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} />
        </Field>
        <Field id="kind" label={t("admin.filter.kind")}>
          <Select id="kind" name="kind" defaultValue={params.get("kind") ?? ""}>
            <option value="">{t("admin.filter.all")}</option>
            <option value="supplier">{t("admin.kind.supplier")}</option>
            <option value="buyer">{t("admin.kind.buyer")}</option>
          </Select>
        </Field>
        <Field id="verified" label={t("admin.filter.verified")}>
          <Select id="verified" name="verified" defaultValue={params.get("verified") ?? ""}>
            <option value="">{t("admin.filter.all")}</option>
            <option value="yes">{t("admin.filter.verifiedYes")}</option>
            <option value="no">{t("admin.filter.verifiedNo")}</option>
          </Select>
        </Field>
        <Field id="recognition" label={t("admin.filter.recognition")}>
          <Select id="recognition" name="recognition" defaultValue={params.get("recognition") ?? ""}>
            <option value="">{t("admin.filter.all")}</option>
            <option value="spcncl">{t("admin.rec.spcncl")}</option>
            <option value="cnht_support">{t("admin.rec.cnht_support")}</option>
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("admin.filter")}
        </Button>
      </Form>
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
      <Pagination page={page} pages={pages} hrefFor={hrefFor} label={t("admin.nav.firms")} />
    </section>
  );
}

export const meta: MetaFunction = () => [{ title: "Quản trị · Organiser console — CNHT Hà Nội" }];

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
