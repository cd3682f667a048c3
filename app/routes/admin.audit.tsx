import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getLocale } from "~/utils/locale.server";
import { auditActionLabel, auditDetails } from "~/modules/i18n/audit-labels";
import { listAudit } from "~/services/audit.server";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { Field, TextInput } from "~/components/ui/field";
import { Pagination, pageHref } from "~/components/ui/pagination";
import { Table, Td } from "~/components/ui/table";

const PAGE = 100;
const filters = z.object({
  actor: z.string().trim().max(64).optional().catch(undefined),
  entity: z.string().trim().max(64).optional().catch(undefined),
  ref: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const f = filters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, total } = await listAudit(getDb(), {
    actor: f.actor || undefined,
    entity: f.entity || undefined,
    entityRef: f.ref || undefined,
    limit: PAGE,
    offset: (f.page - 1) * PAGE,
  });
  const locale = getLocale(request);
  return {
    rows: rows.map((r) => ({
      ...r,
      actionLabel: auditActionLabel(r.action, locale),
      detailList: auditDetails(r.details),
    })),
    page: f.page,
    pages: Math.max(1, Math.ceil(total / PAGE)),
  };
}

export default function AdminAudit() {
  const t = useT();
  const { rows, page, pages } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section className="space-y-4">
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <Field id="actor" label={t("admin.audit.actor")}>
          <TextInput id="actor" name="actor" placeholder="user:1" defaultValue={params.get("actor") ?? ""} />
        </Field>
        <Field id="entity" label={t("admin.audit.entity")}>
          <TextInput
            id="entity"
            name="entity"
            placeholder="organisation"
            defaultValue={params.get("entity") ?? ""}
          />
        </Field>
        <Field id="ref" label={t("admin.firm.ref")}>
          <TextInput id="ref" name="ref" defaultValue={params.get("ref") ?? ""} />
        </Field>
        <Button type="submit" variant="secondary">
          {t("admin.filter")}
        </Button>
      </Form>
      <Table
        caption={t("admin.nav.audit")}
        hideCaption
        head={[
          t("admin.audit.at"),
          t("admin.audit.actor"),
          t("admin.audit.action"),
          t("admin.audit.entity"),
          t("admin.audit.details"),
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="whitespace-nowrap">{r.at.slice(0, 19).replace("T", " ")}</Td>
            <Td>{r.actor}</Td>
            <Td>
              <span title={r.action}>{r.actionLabel}</span>
            </Td>
            <Td>
              {r.entity} {r.entityRef}
            </Td>
            <Td className="max-w-md text-xs">
              {r.detailList.length > 0 && (
                <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2">
                  {r.detailList.map((d, i) => (
                    <div key={i} className="contents">
                      <dt className="text-slate-500">{d.key}</dt>
                      <dd className="break-words">{d.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </Td>
          </tr>
        ))}
      </Table>
      <Pagination
        page={page}
        pages={pages}
        hrefFor={(p) => pageHref(params, p)}
        label={t("admin.nav.audit")}
      />
    </section>
  );
}

export const meta: MetaFunction = () => [{ title: "Nhật ký · Audit log — CNHT Hà Nội" }];
