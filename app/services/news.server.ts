import { getDb } from "~/utils/services.server";
import type { Actor } from "~/modules/auth/permissions";
import { pickViEn, type Locale } from "~/modules/i18n";
import { excerpt, renderMarkdown, type ArticleEdit, type ArticleForm } from "~/modules/news/markdown";
import { fieldChanges } from "~/modules/schemes/rules";
import { auditAction } from "~/services/audit.server";
import {
  allNews,
  insertNews,
  newsById,
  newsBySlug,
  publishedNews,
  sameNewsSince,
  setNewsArchived,
  setNewsPublished,
  updateNews,
} from "../../db/queries/news";
import { getScheme, listSchemes } from "../../db/queries/schemes";
import { writeTx } from "../../db/queries/events-tx";
import { resubmitSince } from "~/modules/resubmit";

// News and policy notices (docs/decisions/191-news.md): public reading at /news, writing by
// organisers at /admin/news. Markdown is rendered and sanitised here, on reading.

type Row = Awaited<ReturnType<typeof publishedNews>>[number];
// Articles are written in Vietnamese and English (both required). A Japanese reader gets the
// English text, as the translator's fallback order (ja → en → vi) does for the interface.
const pick = (r: Row, locale: Locale) => ({
  title: pickViEn(r.titleVi, r.titleEn, locale),
  body: pickViEn(r.bodyVi, r.bodyEn, locale),
});

export async function latestNews(locale: Locale, limit = 20) {
  return (await publishedNews(getDb(), limit)).map((r) => {
    const p = pick(r, locale);
    return { slug: r.slug, title: p.title, excerpt: excerpt(p.body), publishedAt: r.publishedAt! };
  });
}

/**
 * A published article as safe HTML, or null (drafts and archived articles are not public), with
 * the scheme it announces (unless that scheme is archived) for the link to it.
 */
export async function newsArticle(slug: string, locale: Locale) {
  const db = getDb();
  const r = await newsBySlug(db, slug);
  if (!r || !r.publishedAt || r.archivedAt) return null;
  const p = pick(r, locale);
  const s = r.schemeId ? await getScheme(db, r.schemeId) : undefined;
  return {
    slug: r.slug,
    title: p.title,
    html: renderMarkdown(p.body),
    publishedAt: r.publishedAt,
    scheme: s && !s.archivedAt ? { id: s.id, name: pickViEn(s.nameVi, s.nameEn, locale) } : null,
  };
}

export async function newsForOrganisers() {
  return (await allNews(getDb())).map((r) => ({
    id: r.id,
    slug: r.slug,
    titleVi: r.titleVi,
    titleEn: r.titleEn,
    bodyVi: r.bodyVi,
    bodyEn: r.bodyEn,
    schemeId: r.schemeId,
    version: r.version,
    archivedAt: r.archivedAt,
    publishedAt: r.publishedAt,
  }));
}

export class NewsError extends Error {}

const NEWS_FIELDS = ["titleVi", "titleEn", "bodyVi", "bodyEn", "schemeId"] as const;

/** The scheme must exist when an article names one. */
async function checkScheme(db: ReturnType<typeof getDb>, schemeId: number | null) {
  if (schemeId !== null && !(await getScheme(db, schemeId))) throw new NewsError("scheme");
}

/**
 * An organiser's edit, made on `version` (the slug never changes). "stale" when a colleague saved
 * in between; the audit row keeps each changed field before and after (bodies included, so a
 * changed policy text can be traced).
 */
export async function editNews(
  actor: Actor,
  id: number,
  v: ArticleEdit,
): Promise<"notFound" | "stale" | "scheme" | null> {
  const db = getDb();
  return db.transaction().execute(async (tx) => {
    const before = await newsById(tx, id);
    if (!before) return "notFound";
    if (before.version !== v.version) return "stale";
    if (v.schemeId !== null && !(await getScheme(tx, v.schemeId))) return "scheme";
    const { version, ...after } = v;
    const changes = fieldChanges(before, after, NEWS_FIELDS);
    if (Object.keys(changes).length === 0) return null;
    if (!(await updateNews(tx, id, version, after))) return "stale";
    await auditAction(tx, actor, "news_update", "news_article", before.slug, {
      id,
      version: version + 1,
      changes,
    });
    return null;
  });
}

/** Archives (or restores) an article: archived, it is gone from /news and the home page. */
export async function archiveNews(actor: Actor, id: number, archived: boolean): Promise<boolean> {
  const db = getDb();
  return db.transaction().execute(async (tx) => {
    if (!(await setNewsArchived(tx, id, archived))) return false;
    await auditAction(tx, actor, archived ? "news_archive" : "news_restore", "news_article", id);
    return true;
  });
}

/**
 * Creates an article and answers its slug. The same article (slug, titles, bodies, scheme,
 * published or not) created again by the same organiser within the resubmit window is the one
 * already made (decision 701): the second copy of a double submit gets the same redirect, not
 * "this address is taken". Under the write lock, so two copies sent at once make one.
 */
export async function createNews(actor: Actor, v: ArticleForm): Promise<string> {
  const since = resubmitSince(new Date());
  const { publish, ...fields } = v;
  const values = {
    ...fields,
    publishedAt: publish ? new Date().toISOString() : null,
    createdBy: actor.userId,
  };
  return writeTx(getDb(), async (tx) => {
    if (await newsBySlug(tx, v.slug)) {
      if (actor.userId !== null && (await sameNewsSince(tx, values, actor.userId, since))) return v.slug;
      throw new NewsError("slugTaken");
    }
    await checkScheme(tx, v.schemeId);
    const id = await insertNews(tx, values);
    await auditAction(tx, actor, "news_create", "news_article", v.slug, {
      id,
      published: publish,
      schemeId: v.schemeId,
    });
    return v.slug;
  });
}

export async function publishNews(actor: Actor, id: number, publish: boolean): Promise<boolean> {
  const db = getDb();
  return db.transaction().execute(async (tx) => {
    if (!(await setNewsPublished(tx, id, publish ? new Date().toISOString() : null))) return false;
    await auditAction(tx, actor, publish ? "news_publish" : "news_unpublish", "news_article", id);
    return true;
  });
}

/** Schemes an article may announce, by name in the organiser's language (archived ones left off). */
export async function schemeChoices(locale: Locale, keep: number | null = null) {
  return (await listSchemes(getDb()))
    .filter((s) => !s.archivedAt || s.id === keep)
    .map((s) => ({ id: s.id, name: pickViEn(s.nameVi, s.nameEn, locale) }));
}

/** The edit page of one article: its fields as stored, and the schemes it may announce. */
export async function articleEditPage(id: number, locale: Locale) {
  const a = await newsById(getDb(), id);
  if (!a) return null;
  return {
    article: {
      id: a.id,
      slug: a.slug,
      titleVi: a.titleVi,
      titleEn: a.titleEn,
      bodyVi: a.bodyVi,
      bodyEn: a.bodyEn,
      schemeId: a.schemeId,
      version: a.version,
      archivedAt: a.archivedAt,
      publishedAt: a.publishedAt,
    },
    schemes: await schemeChoices(locale, a.schemeId),
  };
}
