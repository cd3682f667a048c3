import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import { shortlists } from "~/services/engagement.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { safeRedirect } from "~/modules/auth/permissions";
import { displayName } from "~/modules/i18n";
import { shortlistName } from "~/modules/engagement";
import { firstFieldText } from "~/modules/i18n/field-message";
import { redirectWithToast } from "~/utils/session.server";
import { useT } from "~/components/i18n";
import type { InlineShortlistAnswer } from "~/components/engage/next-steps";
import { titleMeta } from "~/components/meta";
import { PageHeader, Panel } from "~/components/page-header";
import { SubmitButton } from "~/components/ui/button";
import { TextInput } from "~/components/ui/field";
import { IntentButton } from "~/components/ui/intent-button";
import { readForm } from "~/utils/form-body.server";

// A buyer's named shortlists of suppliers: made here or from search, profiles and matches
// (those forms post here with a returnTo), each exportable as an Excel workbook with why each
// firm fits the organisation's requests (ADR 435) or as the plain CSV. Only the buyer's own
// organisation's lists exist for it: every read and write goes by the organisation.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "buyer");
  const locale = getLocale(request);
  const lists = await shortlists.list(actor.orgId);
  return {
    lists: await Promise.all(
      lists.map(async (l) => ({
        id: l.id,
        name: l.name,
        items: (await shortlists.items(actor.orgId, l.id)).map((s) => ({
          ref: s.ref,
          name: displayName(s, locale, s.ref),
          verified: s.verifiedAt !== null,
        })),
      })),
    ),
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), name: shortlistName }),
  z.object({
    intent: z.literal("add"),
    supplier: z.string().min(1).max(64),
    shortlistId: z.coerce.number().int().positive().optional(),
    name: shortlistName.optional(),
    returnTo: z.string().max(2000).optional(),
    inline: z.literal("1").optional(),
  }),
  z.object({
    intent: z.literal("remove"),
    shortlistId: z.coerce.number().int().positive(),
    supplier: z.string().min(1).max(64),
  }),
  z.object({ intent: z.literal("delete"), shortlistId: z.coerce.number().int().positive() }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request, "buyer");
  const { t } = getTranslator(request);
  const here = "/my/shortlists";
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success)
    return redirectWithToast(request, here, {
      kind: "error",
      message: firstFieldText(t, parsed.error.issues, ["name"], "engage.badForm"),
    });
  const v = parsed.data;
  if (v.intent === "add") {
    const r = await shortlists.add(
      actor.orgId,
      v.supplier,
      { id: v.shortlistId, name: v.name },
      actor.userId,
    );
    const message = r ? t("engage.shortlist.added", { name: r.list.name }) : t("engage.badForm");
    // From search results or matches (fetcher): answer in place; otherwise go back there.
    if (v.inline) return json<InlineShortlistAnswer>({ ok: !!r, message, listId: r?.list.id });
    const back = safeRedirect(v.returnTo, here);
    return redirectWithToast(request, back, { kind: r ? "success" : "error", message });
  }
  if (v.intent === "create") await shortlists.create(actor.orgId, v.name, actor.userId);
  else if (v.intent === "remove") await shortlists.drop(actor.orgId, v.shortlistId, v.supplier);
  else await shortlists.remove(actor.orgId, v.shortlistId);
  const message = v.intent === "create" ? t("engage.shortlist.created", { name: v.name }) : t("engage.saved");
  return redirectWithToast(request, here, { kind: "success", message });
}

export const meta = titleMeta("engage.shortlist.title");

export default function Shortlists() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader title={t("engage.shortlist.title")} lead={t("engage.shortlist.lead")} />
      <Form method="post" className="mb-6 flex flex-wrap items-end gap-2">
        <input type="hidden" name="intent" value="create" />
        <label className="flex flex-col text-sm">
          {t("engage.shortlist.newName")}
          <TextInput name="name" required maxLength={80} />
        </label>
        <SubmitButton>{t("engage.shortlist.create")}</SubmitButton>
      </Form>
      {d.lists.length === 0 && <p className="text-slate-600">{t("engage.shortlist.none")}</p>}
      <div className="space-y-6">
        {d.lists.map((l) => (
          <Panel key={l.id} id={`list-${l.id}`} title={`${l.name} (${l.items.length})`}>
            <p className="mb-3 flex flex-wrap gap-3 text-sm">
              <a href={`/my/shortlists/${l.id}.xlsx`} download>
                {t("engage.shortlist.exportXlsx")}
              </a>
              <a href={`/my/shortlists/${l.id}.csv`} download>
                {t("engage.shortlist.export")}
              </a>
              <Link to="/suppliers">{t("engage.shortlist.findMore")}</Link>
            </p>
            {l.items.length === 0 ? (
              <p className="text-sm text-slate-600">{t("engage.shortlist.empty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {l.items.map((s) => (
                  <li key={s.ref} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span>
                      <Link to={`/suppliers/${s.ref}`}>{s.name}</Link>{" "}
                      <span className="font-mono text-xs text-slate-500">{s.ref}</span>
                    </span>
                    <IntentButton
                      intent="remove"
                      fields={{ shortlistId: l.id, supplier: s.ref }}
                      variant="ghost"
                      label={t("engage.shortlist.remove")}
                      item={s.name}
                    />
                  </li>
                ))}
              </ul>
            )}
            <IntentButton
              intent="delete"
              fields={{ shortlistId: l.id }}
              className="mt-3"
              variant="ghost"
              label={t("engage.shortlist.delete")}
              item={l.name}
            />
          </Panel>
        ))}
      </div>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
