import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { z } from "zod";

// News and policy notices (docs/decisions/191-news.md): organisers write Markdown; it is turned
// into HTML by marked and then cut down by sanitize-html to an allowlist of plain article markup.
// Markdown lets raw HTML through, so the sanitiser, not the writer's good will, is what keeps
// <script>, event handlers (onerror …) and javascript: links out of the page. Rendered on reading,
// so a stricter allowlist applies to old articles too.

const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "blockquote",
    "code",
    "pre",
    "br",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del",
  ],
  allowedAttributes: { a: ["href", "title"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Headings of an article sit under the page's own h1: "# x" becomes h2.
  transformTags: {
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
  },
};
ALLOWED.allowedAttributes = { ...ALLOWED.allowedAttributes, a: ["href", "title", "rel"] };

/** Markdown → safe HTML for dangerouslySetInnerHTML. */
export function renderMarkdown(md: string): string {
  return sanitizeHtml(marked.parse(md) as string, ALLOWED);
}

/** The first paragraph as plain text, for lists and the home page. */
export function excerpt(md: string, max = 220): string {
  const text = sanitizeHtml(
    marked.parse(md.split(/\n\s*\n/).find((p) => p.trim() && !p.trim().startsWith("#")) ?? "") as string,
    {
      allowedTags: [],
      allowedAttributes: {},
    },
  )
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** An address from a title: ASCII letters and digits joined by "-" (Vietnamese marks dropped, đ → d). */
export function slugify(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The organiser's article form; messages are i18n keys under "news.err.". */
/** The scheme an article announces: empty for none. */
const schemeRef = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : Number(v)),
  z.number({ invalid_type_error: "scheme" }).int("scheme").positive("scheme").nullable(),
);

export const articleForm = z
  .object({
    slug: z.string().trim().max(80, "slug").default(""),
    titleVi: z.string().trim().min(1, "required").max(200, "tooLong"),
    titleEn: z.string().trim().min(1, "required").max(200, "tooLong"),
    bodyVi: z.string().trim().min(1, "required").max(20000, "tooLong"),
    bodyEn: z.string().trim().min(1, "required").max(20000, "tooLong"),
    publish: z.preprocess((v) => v === "on" || v === "1" || v === true, z.boolean()),
    schemeId: schemeRef,
  })
  .transform((v) => ({ ...v, slug: v.slug || slugify(v.titleEn) }))
  .refine((v) => SLUG.test(v.slug), { path: ["slug"], message: "slug" });
export type ArticleForm = z.output<typeof articleForm>;

/**
 * Editing an article: the slug is its address and never changes, publishing has its own button;
 * `version` is the one the organiser loaded, so a colleague's later save is not overwritten.
 */
export const articleEdit = z.object({
  version: z.coerce.number().int().positive(),
  titleVi: z.string().trim().min(1, "required").max(200, "tooLong"),
  titleEn: z.string().trim().min(1, "required").max(200, "tooLong"),
  bodyVi: z.string().trim().min(1, "required").max(20000, "tooLong"),
  bodyEn: z.string().trim().min(1, "required").max(20000, "tooLong"),
  schemeId: schemeRef,
});
export type ArticleEdit = z.output<typeof articleEdit>;
