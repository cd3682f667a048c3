import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { forbidden, notFound } from "~/utils/responses";
import { formOrBadRequest } from "~/utils/form-body.server";
import { filterText, pageCount, pageNumber, queryParams } from "~/utils/request-input";
import { changeAccountStatus, listUsers } from "~/services/accounts.server";
import { useLocale, useT } from "~/components/i18n";
import { FilterText, FilteredTable } from "~/components/admin/listing";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { formatDateTime } from "~/components/format";
import { titleMeta } from "~/components/meta";

const PAGE = 50;
const filters = z.object({ q: filterText(200), page: pageNumber });

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  const { q, page } = queryParams(request, filters);
  const { rows, total } = await listUsers(getDb(), { q, limit: PAGE, offset: (page - 1) * PAGE });
  return { rows, page, pages: pageCount(total, PAGE), selfId: actor.userId };
}

const schema = z.object({
  intent: z.enum(["suspend", "reactivate"]),
  userId: z.coerce.number().int().positive(),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const { t } = getTranslator(request);
  const { intent, userId } = await formOrBadRequest(request, schema);
  const r = await changeAccountStatus(getDb(), actor, userId, intent);
  if (!r.ok && r.reason === "notFound") notFound();
  if (!r.ok && r.reason === "forbidden") forbidden();
  return redirectWithToast(request, "/admin/users", {
    kind: r.ok ? "success" : "error",
    message: r.ok
      ? t(intent === "suspend" ? "admin.users.suspended" : "admin.users.reactivated", { email: r.email })
      : t("admin.users.notSelf"),
  });
}

export default function AdminUsers() {
  const t = useT();
  const locale = useLocale();
  const { rows, page, pages, selfId } = useLoaderData<typeof loader>();
  return (
    <FilteredTable
      filters={<FilterText name="q" type="search" label={t("admin.filter.q")} />}
      page={page}
      pages={pages}
      pagesLabel={t("admin.nav.users")}
      caption={t("admin.nav.users")}
      rows={rows}
      rowKey={(u) => u.id}
      columns={[
        { head: t("auth.name"), cell: (u) => u.name },
        { head: t("auth.email"), cell: (u) => u.email },
        { head: t("admin.users.role"), cell: (u) => t(`my.role.${u.role}`) },
        { head: t("admin.users.org"), cell: (u) => u.orgRef },
        { head: t("admin.users.lastLogin"), cell: (u) => formatDateTime(u.lastLoginAt, locale) },
        {
          head: t("admin.users.status"),
          cell: (u) => (
            <Badge tone={u.status === "active" ? "green" : "red"}>{t(`admin.status.${u.status}`)}</Badge>
          ),
        },
        {
          head: "",
          cell: (u) =>
            u.id !== selfId && (
              <Form method="post">
                <input type="hidden" name="userId" value={u.id} />
                <input type="hidden" name="intent" value={u.status === "active" ? "suspend" : "reactivate"} />
                <Button
                  type="submit"
                  variant="ghost"
                  label={t(u.status === "active" ? "admin.users.suspend" : "admin.users.reactivate")}
                  item={u.email}
                />
              </Form>
            ),
        },
      ]}
    />
  );
}

export const meta = titleMeta("admin.nav.users");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
