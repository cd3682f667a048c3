import type { Db } from "../connection";

// News and policy notices (docs/decisions/191-news.md). Bodies are stored as written (Markdown).

const cols = [
  "id",
  "slug",
  "titleVi",
  "titleEn",
  "bodyVi",
  "bodyEn",
  "schemeId",
  "publishedAt",
  "updatedAt",
] as const;

export async function publishedNews(db: Db, limit: number) {
  return db
    .selectFrom("newsArticles")
    .select(cols)
    .where("publishedAt", "is not", null)
    .orderBy("publishedAt", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export async function allNews(db: Db) {
  return db
    .selectFrom("newsArticles")
    .select(cols)
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .execute();
}

export async function newsBySlug(db: Db, slug: string) {
  return db.selectFrom("newsArticles").select(cols).where("slug", "=", slug).executeTakeFirst();
}

export async function insertNews(
  db: Db,
  v: {
    slug: string;
    titleVi: string;
    titleEn: string;
    bodyVi: string;
    bodyEn: string;
    publishedAt: string | null;
    createdBy: number | null;
  },
): Promise<number> {
  return (await db.insertInto("newsArticles").values(v).returning("id").executeTakeFirstOrThrow()).id;
}

export async function setNewsPublished(db: Db, id: number, publishedAt: string | null): Promise<boolean> {
  const r = await db
    .updateTable("newsArticles")
    .set({ publishedAt, updatedAt: new Date().toISOString() })
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
