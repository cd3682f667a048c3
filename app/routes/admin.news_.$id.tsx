import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRole, requireWriter } from "~/services/auth.server";
import { archiveNews, articleEditPage, editNews } from "~/services/news.server";
import { getTranslator } from "~/utils/locale.server";
import { idParam, notFound } from "~/utils/responses";
import { redirectWithToast } from "~/utils/session.server";
import { articleEdit } from "~/modules/news/markdown";
import { useLocale, useT } from "~/components/i18n";
import { TwoColumnForm } from "~/components/admin/form-submit";
import { IntentToggle } from "~/components/admin/intent-toggle";
import { formatDate } from "~/components/format";
import { titleMeta } from "~/components/meta";
import { ArticleFields } from "~/components/admin/article-fields";
import { readForm } from "~/utils/form-body.server";

// Editing one news article (issue 16): the text, the scheme it announces, archive and restore.
// The slug is its address and never changes; a save made on an old version is refused (409)
// with what the organiser typed kept, so a colleague's edit is never silently overwritten.
export const meta = titleMeta("news.edit");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const page = await articleEditPage(idParam(params.id), getTranslator(request).locale);
  return page ?? notFound();
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const id = idParam(params.id);
  const { t } = getTranslator(request);
  const form = Object.fromEntries(await readForm(request));
  const done = () =>
    redirectWithToast(request, `/admin/news/${id}`, { kind: "success", message: t("news.saved") });
  if (form.intent === "archive" || form.intent === "restore")
    return (await archiveNews(actor, id, form.intent === "archive")) ? done() : notFound();
  const parsed = articleEdit.safeParse(form);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const i of parsed.error.issues) errors[String(i.path[0] ?? "form")] ??= t(`news.err.${i.message}`);
    return json({ values: form, errors }, { status: 400 });
  }
  const problem = await editNews(actor, id, parsed.data);
  if (problem === "notFound") notFound();
  if (problem === null) return done();
  errors[problem === "scheme" ? "schemeId" : "form"] = t(`news.err.${problem}`);
  return json({ values: form, errors }, { status: problem === "stale" ? 409 : 400 });
}

export default function EditArticle() {
  const t = useT();
  const locale = useLocale();
  const { article: a, schemes } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const values = res?.values ? { ...a, ...res.values } : a;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link to="/admin/news">← {t("news.title")}</Link>
      </p>
      <h2 className="text-xl font-semibold">
        {t("news.edit")}: {locale === "vi" ? a.titleVi : a.titleEn}
      </h2>
      <p className="text-sm text-slate-600">
        /news/{a.slug} · {a.publishedAt ? formatDate(a.publishedAt, locale) : t("news.draft")}
        {a.archivedAt && <> · {t("news.archived")}</>}
      </p>
      {res?.errors.form && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {res.errors.form}
        </p>
      )}
      <TwoColumnForm
        submit={t("news.save")}
        busy={busy}
        className="grid gap-3 rounded-lg border bg-white p-4 md:grid-cols-2"
      >
        <input type="hidden" name="version" value={a.version} />
        <ArticleFields values={values} errors={res?.errors} schemes={schemes} />
      </TwoColumnForm>
      <IntentToggle
        on={!!a.archivedAt}
        intents={["restore", "archive"]}
        label={t(a.archivedAt ? "news.restore" : "news.archive")}
        busy={busy}
      />
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
