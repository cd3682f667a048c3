import { getDb } from "~/utils/services.server";
import type { Actor } from "~/modules/auth/permissions";
import { auditActor } from "~/modules/auth/permissions";
import type { Locale } from "~/modules/i18n";
import { excerpt, renderMarkdown, type ArticleForm } from "~/modules/news/markdown";
import { recordAudit } from "../../db/queries/audit";
import { allNews, insertNews, newsBySlug, publishedNews, setNewsPublished } from "../../db/queries/news";

// News and policy notices (docs/decisions/191-news.md): public reading at /news, writing by
// organisers at /admin/news. Markdown is rendered and sanitised here, on reading.

type Row = Awaited<ReturnType<typeof publishedNews>>[number];
// Vietnamese first, as elsewhere; English pages show the English text.
const pick = (r: Row, locale: Locale) => ({
  title: locale === "en" ? r.titleEn : r.titleVi,
  body: locale === "en" ? r.bodyEn : r.bodyVi,
});

export async function latestNews(locale: Locale, limit = 20) {
  return (await publishedNews(getDb(), limit)).map((r) => {
    const p = pick(r, locale);
    return { slug: r.slug, title: p.title, excerpt: excerpt(p.body), publishedAt: r.publishedAt! };
  });
}

/** A published article as safe HTML, or null (drafts are not public). */
export async function newsArticle(slug: string, locale: Locale) {
  const r = await newsBySlug(getDb(), slug);
  if (!r || !r.publishedAt) return null;
  const p = pick(r, locale);
  return { slug: r.slug, title: p.title, html: renderMarkdown(p.body), publishedAt: r.publishedAt };
}

export async function newsForOrganisers() {
  return (await allNews(getDb())).map((r) => ({
    id: r.id,
    slug: r.slug,
    titleVi: r.titleVi,
    titleEn: r.titleEn,
    publishedAt: r.publishedAt,
  }));
}

export class NewsError extends Error {}

export async function createNews(actor: Actor, v: ArticleForm): Promise<string> {
  const db = getDb();
  return db.transaction().execute(async (tx) => {
    if (await newsBySlug(tx, v.slug)) throw new NewsError("slugTaken");
    const { publish, ...fields } = v;
    const id = await insertNews(tx, {
      ...fields,
      publishedAt: publish ? new Date().toISOString() : null,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: "news_create",
      entity: "news_article",
      entityRef: v.slug,
      details: { id, published: publish },
    });
    return v.slug;
  });
}

export async function publishNews(actor: Actor, id: number, publish: boolean): Promise<boolean> {
  const db = getDb();
  return db.transaction().execute(async (tx) => {
    if (!(await setNewsPublished(tx, id, publish ? new Date().toISOString() : null))) return false;
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: publish ? "news_publish" : "news_unpublish",
      entity: "news_article",
      entityRef: String(id),
    });
    return true;
  });
}
