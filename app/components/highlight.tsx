/**
 * Renders a search highlight. The engine returns these strings already HTML-escaped with only
 * <mark>…</mark> added (see .team/SEARCH-API.md), which is what makes dangerouslySetInnerHTML
 * safe here. As a second line of defence any "<" that does not open or close a bare <mark> is
 * escaped again, so a bug in an engine adapter cannot inject markup.
 */
export function safeMarkHtml(html: string): string {
  return html.replace(/<(?!\/?mark>)/g, "&lt;");
}

export function Highlight({
  html,
  className = "",
  lang,
}: {
  html: string;
  className?: string;
  lang?: string;
}) {
  return (
    <span
      lang={lang}
      className={`[&_mark]:rounded-sm [&_mark]:bg-amber-100 [&_mark]:px-0.5 [&_mark]:text-inherit ${className}`}
      dangerouslySetInnerHTML={{ __html: safeMarkHtml(html) }}
    />
  );
}
