import { pickViEn } from "~/modules/i18n";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { NewsError, createNews, newsForOrganisers, publishNews, schemeChoices } from "~/services/news.server";
import { articleForm } from "~/modules/news/markdown";
import { useLocale, useT } from "~/components/i18n";
import { FormCard, TwoColumnForm } from "~/components/admin/form-submit";
import { IntentToggle } from "~/components/admin/intent-toggle";
import { Field, TextInput } from "~/components/ui/field";
import { ArticleFields } from "~/components/admin/article-fields";
import { formatDate } from "~/components/format";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

// Organisers write news and policy notices in Markdown (both languages) and publish or
// unpublish them. The text is stored as written and sanitised when it is shown.
export const meta = titleMeta("news.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const { locale } = getTranslator(request);
  return { articles: await newsForOrganisers(), schemes: await schemeChoices(locale) };
}

const toggle = z.object({ intent: z.enum(["publish", "unpublish"]), id: z.coerce.number().int().positive() });

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const { t } = getTranslator(request);
  const form = Object.fromEntries(await readForm(request));
  if (form.intent === "publish" || form.intent === "unpublish") {
    const v = toggle.safeParse(form);
    if (!v.success || !(await publishNews(actor, v.data.id, v.data.intent === "publish")))
      throw new Response("Not found", { status: 404 });
    return redirectWithToast(request, "/admin/news", { kind: "success", message: t("news.saved") });
  }
  const parsed = articleForm.safeParse(form);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0] ?? "form")] ??= t(`news.err.${i.message}`);
    return json({ errors }, { status: 400 });
  }
  try {
    await createNews(actor, parsed.data);
  } catch (e) {
    if (e instanceof NewsError)
      return json(
        { errors: { slug: t(`news.err.${e.message}`) } as Record<string, string> },
        { status: 400 },
      );
    throw e;
  }
  return redirectWithToast(request, "/admin/news", { kind: "success", message: t("news.saved") });
}

export default function AdminNews() {
  const t = useT();
  const locale = useLocale();
  const { articles, schemes } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const err = (k: string) => res?.errors[k] && <p className="mt-1 text-sm text-red-700">{res.errors[k]}</p>;
  return (
    <div className="space-y-6">
      <h2 className="text-xl font-semibold">{t("news.title")}</h2>
      <ul className="space-y-2">
        {articles.map((a) => (
          <li
            key={a.id}
            className="flex flex-wrap items-center gap-3 rounded border bg-white p-3"
            data-article={a.slug}
          >
            {a.publishedAt ? (
              <Link to={`/news/${a.slug}`}>{pickViEn(a.titleVi, a.titleEn, locale)}</Link>
            ) : (
              <span>{pickViEn(a.titleVi, a.titleEn, locale)}</span>
            )}
            <span className="text-sm text-slate-500">
              {a.publishedAt ? formatDate(a.publishedAt, locale) : t("news.draft")}
              {a.archivedAt && <> · {t("news.archived")}</>}
            </span>
            <Link to={`/admin/news/${a.id}`} className="text-sm">
              {t("news.edit")}
            </Link>
            <IntentToggle
              id={a.id}
              on={!!a.publishedAt}
              intents={["unpublish", "publish"]}
              label={t(a.publishedAt ? "news.unpublish" : "news.publish")}
              busy={busy}
            />
          </li>
        ))}
      </ul>
      <FormCard title={t("news.write")}>
        <TwoColumnForm submit={t("news.save")} busy={busy}>
          <div className="md:col-span-2">
            <Field id="news-slug" label={t("news.slug")}>
              <TextInput id="news-slug" name="slug" maxLength={80} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
            </Field>
            {err("slug")}
          </div>
          <ArticleFields errors={res?.errors} schemes={schemes} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="publish" defaultChecked /> {t("news.publishNow")}
          </label>
        </TwoColumnForm>
      </FormCard>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
