import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { listConflicts, resolveConflict } from "~/services/import-conflicts.server";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { DataTable } from "~/components/admin/data-table";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

// Import conflicts (ADR 180): the fields an import kept as the firm saved them on the portal
// although the file said otherwise; the organiser takes one side for each.

export const meta = titleMeta("conflicts.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return listConflicts();
}

const schema = z.object({
  intent: z.literal("resolve"),
  id: z.coerce.number().int().positive(),
  take: z.enum(["import", "portal"]),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const { t } = getTranslator(request);
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  const r = await resolveConflict(actor, parsed.data.id, parsed.data.take);
  const back = "/admin/import/conflicts";
  if (!r.ok)
    return redirectWithToast(request, back, {
      kind: "error",
      message: t(r.error === "notFound" ? "conflicts.gone" : "conflicts.taxCodeTaken"),
    });
  return redirectWithToast(request, back, { kind: "success", message: t("conflicts.done", { ref: r.ref }) });
}

export default function ImportConflicts() {
  const t = useT();
  const { items, total } = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("conflicts.title")}</h2>
        <p className="text-sm text-slate-600">{t("conflicts.lead")}</p>
      </div>
      {total === 0 ? (
        <p>{t("conflicts.none")}</p>
      ) : (
        <DataTable
          caption={t("conflicts.count", { n: total })}
          rows={items}
          rowKey={(c) => c.id}
          columns={[
            {
              head: t("conflicts.firm"),
              cell: (c) => (
                <>
                  <Link className="underline" to={`/admin/firms/${encodeURIComponent(c.ref)}`}>
                    {c.ref}
                  </Link>{" "}
                  {c.name}
                </>
              ),
            },
            { head: t("conflicts.field"), cell: (c) => t(`conflicts.field.${c.field}`) },
            { head: t("conflicts.file"), cell: (c) => c.file },
            { head: t("conflicts.portal"), cell: (c) => c.portal },
            { head: t("conflicts.source"), cell: (c) => c.source ?? "" },
            {
              head: "",
              cell: (c) => (
                <Form method="post" className="flex flex-wrap gap-2">
                  <input type="hidden" name="intent" value="resolve" />
                  <input type="hidden" name="id" value={c.id} />
                  <Button type="submit" name="take" value="import" variant="secondary" disabled={busy}>
                    {t("conflicts.takeFile")}
                  </Button>
                  <Button type="submit" name="take" value="portal" variant="secondary" disabled={busy}>
                    {t("conflicts.keepPortal")}
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
