import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { auditActor } from "~/modules/auth/permissions";
import { listUsers, setUserStatus } from "~/services/accounts.server";
import { recordAudit } from "~/services/audit.server";
import { useLocale, useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Field, TextInput } from "~/components/ui/field";
import { Pagination, pageHref } from "~/components/ui/pagination";
import { Table, Td } from "~/components/ui/table";
import { formatDateTime } from "~/components/format";

const PAGE = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  const url = new URL(request.url);
  const q = url.searchParams.get("q")?.trim().slice(0, 200) || undefined;
  const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse(url.searchParams.get("page"));
  const { rows, total } = await listUsers(getDb(), { q, limit: PAGE, offset: (page - 1) * PAGE });
  return { rows, page, pages: Math.max(1, Math.ceil(total / PAGE)), selfId: actor.userId };
}

const schema = z.object({
  intent: z.enum(["suspend", "reactivate"]),
  userId: z.coerce.number().int().positive(),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const { t } = getTranslator(request);
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  const { intent, userId } = parsed.data;
  if (userId === actor.userId)
    return redirectWithToast(request, "/admin/users", { kind: "error", message: t("admin.users.notSelf") });
  const db = getDb();
  const target = await db
    .selectFrom("users")
    .where("id", "=", userId)
    .select(["email", "role"])
    .executeTakeFirst();
  if (!target) throw new Response("Not found", { status: 404 });
  // Organisers cannot suspend admins; admins can suspend anyone but themselves.
  if (target.role === "admin" && actor.role !== "admin") throw new Response("Forbidden", { status: 403 });
  await db.transaction().execute(async (tx) => {
    // Suspension also bumps the session version: the account is logged out everywhere at once.
    await setUserStatus(tx, userId, intent === "suspend" ? "suspended" : "active");
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: intent,
      entity: "user",
      entityRef: String(userId),
    });
  });
  return redirectWithToast(request, "/admin/users", {
    kind: "success",
    message: t(intent === "suspend" ? "admin.users.suspended" : "admin.users.reactivated", {
      email: target.email,
    }),
  });
}

export default function AdminUsers() {
  const t = useT();
  const locale = useLocale();
  const { rows, page, pages, selfId } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section className="space-y-4">
      <Form method="get" className="flex items-end gap-3">
        <Field id="q" label={t("admin.filter.q")}>
          <TextInput id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} />
        </Field>
        <Button type="submit" variant="secondary">
          {t("admin.filter")}
        </Button>
      </Form>
      <Table
        caption={t("admin.nav.users")}
        head={[
          t("auth.name"),
          t("auth.email"),
          t("admin.users.role"),
          t("admin.users.org"),
          t("admin.users.lastLogin"),
          t("admin.users.status"),
          "",
        ]}
      >
        {rows.map((u) => (
          <tr key={u.id}>
            <Td>{u.name}</Td>
            <Td>{u.email}</Td>
            <Td>{t(`my.role.${u.role}`)}</Td>
            <Td>{u.orgRef}</Td>
            <Td>{formatDateTime(u.lastLoginAt, locale)}</Td>
            <Td>
              <Badge tone={u.status === "active" ? "green" : "red"}>{t(`admin.status.${u.status}`)}</Badge>
            </Td>
            <Td>
              {u.id !== selfId && (
                <Form method="post">
                  <input type="hidden" name="userId" value={u.id} />
                  <input
                    type="hidden"
                    name="intent"
                    value={u.status === "active" ? "suspend" : "reactivate"}
                  />
                  <Button
                    type="submit"
                    variant="ghost"
                    aria-label={`${t(u.status === "active" ? "admin.users.suspend" : "admin.users.reactivate")}: ${u.email}`}
                  >
                    {t(u.status === "active" ? "admin.users.suspend" : "admin.users.reactivate")}
                  </Button>
                </Form>
              )}
            </Td>
          </tr>
        ))}
      </Table>
      <Pagination
        page={page}
        pages={pages}
        hrefFor={(p) => pageHref(params, p)}
        label={t("admin.nav.users")}
      />
    </section>
  );
}

export const meta: MetaFunction = () => [{ title: "Tài khoản · Accounts — CNHT Hà Nội" }];
