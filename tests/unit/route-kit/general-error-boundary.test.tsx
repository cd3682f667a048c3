import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import {
  ErrorHeadingLevel,
  GeneralErrorBoundary,
  errorDetail,
  errorKeys,
} from "../../../app/components/general-error-boundary";
import { messages } from "../../../app/modules/i18n/messages/index";
import { allowConsoleError } from "../../helpers/setup";

// Renders the boundary the way Remix does: a root route (whose loader gives the locale, as the
// real root does) and a child route whose loader throws; the child's errorElement is the boundary.
async function renderError(thrown: unknown, locale: "vi" | "en" | "ja", level: 1 | 2 = 1) {
  const routes = [
    {
      id: "root",
      path: "/",
      loader: () => ({ locale }),
      children: [
        {
          id: "child",
          path: "x",
          loader: () => {
            throw thrown;
          },
          element: createElement("p", null, "never"),
          errorElement: createElement(
            ErrorHeadingLevel.Provider,
            { value: level },
            createElement(GeneralErrorBoundary),
          ),
        },
      ],
    },
  ];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request("http://localhost/x"));
  if (context instanceof Response) throw new Error("unexpected redirect");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(createElement(StaticRouterProvider, { router, context, hydrate: false }));
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'");

describe("GeneralErrorBoundary", () => {
  it("has a title and a sentence in Vietnamese, English and Japanese for every status it names", () => {
    for (const status of [400, 403, 404, 405, 409, 429, 500]) {
      const { title, body } = errorKeys(status);
      for (const l of ["vi", "en", "ja"] as const) {
        expect(messages[l][title], `${l} ${title}`).toBeTruthy();
        expect(messages[l][body!], `${l} ${body}`).toBeTruthy();
      }
    }
    expect(errorKeys(418)).toEqual(errorKeys(400));
    expect(errorKeys(503)).toEqual(errorKeys(500));
  });

  it("renders a 404 in the reader's language with a heading and a link home", async () => {
    const vi = await renderError(new Response("Not found", { status: 404 }), "vi");
    expect(vi).toMatch(/<h1 id="error-title"[^>]*>Không tìm thấy trang<\/h1>/);
    expect(vi).toContain('aria-labelledby="error-title"');
    expect(vi).toMatch(/<a [^>]*href="\/"[^>]*>Về trang chủ<\/a>/);
    // The bare English phrase is not repeated under the Vietnamese title.
    expect(text(vi)).not.toContain("Not found");

    const en = await renderError(new Response("Not found", { status: 404 }), "en");
    expect(en).toContain("Page not found");
    const ja = await renderError(new Response("Not found", { status: 404 }), "ja");
    expect(ja).toContain("ページが見つかりません");
  });

  it("says each status in its own words", async () => {
    const seen = new Set<string>();
    for (const status of [400, 403, 405, 409, 429]) {
      const html = await renderError(new Response("", { status }), "en");
      expect(html).toContain(`>${status}<`);
      const title = /<h1 id="error-title"[^>]*>([^<]+)</.exec(html)?.[1];
      expect(title).toBeTruthy();
      seen.add(title!);
    }
    expect(seen.size).toBe(5);
  });

  it("shows a route's own 4xx text, but never an exception's message or stack", async () => {
    const html = await renderError(new Response("Chỉ chủ doanh nghiệp được sửa", { status: 403 }), "vi");
    expect(html).toContain("Chỉ chủ doanh nghiệp được sửa");
    expect(html).toContain("Không có quyền truy cập");

    const secret = new Error("SQLITE_CONSTRAINT at /srv/app/db/queries/secret.ts:42");
    const boom = await allowConsoleError(() => renderError(secret, "en"));
    expect(boom).toContain("Something went wrong");
    expect(boom).toContain(">500<");
    expect(boom).not.toContain("SQLITE_CONSTRAINT");
    expect(boom).not.toContain("secret.ts");
    expect(boom).not.toMatch(/at .*:\d+/);

    const five = await renderError(new Response("db password is hunter2", { status: 503 }), "en");
    expect(five).not.toContain("hunter2");
  });

  it("uses an h2 inside a layout that has the page's h1", async () => {
    const html = await renderError(new Response("", { status: 404 }), "en", 2);
    expect(html).toMatch(/<h2 id="error-title"/);
    expect(html).not.toContain("<h1");
  });

  it("errorDetail leaves out bare phrases, long texts and non-responses", () => {
    const r = (data: unknown, status = 404) => ({ status, statusText: "", internal: false, data });
    // isRouteErrorResponse checks the shape, so plain objects stand in for thrown responses here.
    expect(errorDetail(r("Không tìm thấy hội chợ"))).toBe("Không tìm thấy hội chợ");
    expect(errorDetail(r("Not Found"))).toBeUndefined();
    expect(errorDetail(r("x".repeat(301)))).toBeUndefined();
    expect(errorDetail(r({ a: 1 }))).toBeUndefined();
    expect(errorDetail(r("oops", 500))).toBeUndefined();
    expect(errorDetail(new Error("boom"))).toBeUndefined();
  });
});
