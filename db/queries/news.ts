import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import { setArchived, updateAtVersion } from "./versioned";
import { sameRowsSince } from "./resubmit";

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
  "version",
  "archivedAt",
] as const;

export async function publishedNews(db: Db, limit: number) {
  return db
    .selectFrom("newsArticles")
    .select(cols)
    .where("publishedAt", "is not", null)
    .where("archivedAt", "is", null)
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

/** What an article is created with. */
export interface NewsValues {
  slug: string;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
  schemeId?: number | null;
  publishedAt: string | null;
  createdBy: number | null;
}

/**
 * Whether the article at `slug` is the one `userId` created since `since` with the same titles,
 * bodies, scheme and published or not: the same form sent twice (decision 701).
 */
export async function sameNewsSince(
  db: Db,
  { publishedAt, createdBy: _, ...v }: NewsValues,
  userId: number,
  since: string,
): Promise<boolean> {
  const ids = await sameRowsSince(db, "newsArticles", { schemeId: null, ...v }, userId, since);
  if (!ids.length) return false;
  const row = await db
    .selectFrom("newsArticles")
    .select("publishedAt")
    .where("id", "=", ids[0])
    .executeTakeFirst();
  return (row?.publishedAt == null) === (publishedAt === null);
}

export async function insertNews(db: Db, v: NewsValues): Promise<number> {
  return (await db.insertInto("newsArticles").values(v).returning("id").executeTakeFirstOrThrow()).id;
}

export async function setNewsPublished(db: Db, id: number, publishedAt: string | null): Promise<boolean> {
  return oneRowChanged(
    db
      .updateTable("newsArticles")
      .set((eb) => ({ publishedAt, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
      .where("id", "=", id),
  );
}

export async function newsById(db: Db, id: number) {
  return db.selectFrom("newsArticles").select(cols).where("id", "=", id).executeTakeFirst();
}

/** Compare-and-set on the version (see updateScheme): false when someone saved in between. */
export async function updateNews(
  db: Db,
  id: number,
  version: number,
  v: { titleVi: string; titleEn: string; bodyVi: string; bodyEn: string; schemeId: number | null },
): Promise<boolean> {
  return updateAtVersion(db, "newsArticles", id, version, v);
}

export async function setNewsArchived(db: Db, id: number, archived: boolean): Promise<boolean> {
  return setArchived(db, "newsArticles", id, archived);
}

/** The published, unarchived articles that announce a scheme (the scheme page links to them). */
export async function newsOfScheme(db: Db, schemeId: number) {
  return db
    .selectFrom("newsArticles")
    .select(["slug", "titleVi", "titleEn", "publishedAt"])
    .where("schemeId", "=", schemeId)
    .where("publishedAt", "is not", null)
    .where("archivedAt", "is", null)
    .orderBy("publishedAt", "desc")
    .execute();
}
