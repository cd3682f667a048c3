import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { HtmlValidate } from "html-validate";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "../helpers/browser";

// The checks the web's own tools make, run on one page at a time by tests/e2e/standards-walk.ts:
// no sideways scroll at the given width, axe-core without serious or critical violations, and
// html-validate (the project's .htmlvalidate.json) on the HTML the server sent.
// That file cannot hold comments, so its one exception is explained here: prefer-native-element
// leaves `role="listbox"` alone, because the search box's suggestions are an ARIA combobox popup
// (typed text plus a list of links to pick from), which a native <select> cannot be.

const ROOT = path.resolve(import.meta.dirname, "../..");
const htmlvalidate = new HtmlValidate(
  JSON.parse(fs.readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")),
);

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

export interface PageCheck {
  /** Path and query, from the server's root. */
  url: string;
  width: number;
  problems: string[];
}

/**
 * Opens `url` at the page's current viewport and returns what the checkers found (empty when
 * clean). `html` also validates the server's HTML (language-independent: once per page is enough).
 */
export async function checkPage(
  page: Page,
  base: string,
  url: string,
  opts: { html: boolean; axe: boolean; shot?: string },
): Promise<PageCheck> {
  const width = page.viewportSize()?.width ?? 0;
  const problems: string[] = [];
  const res = await page.goto(`${base}${url}`);
  const status = res?.status() ?? 0;
  if (status >= 400) problems.push(`HTTP ${status}`);
  // Hydrated: the client may change the layout, and axe must see the page people use.
  await page.waitForFunction(() => document.readyState === "complete");

  const overflow = await page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth <= window.innerWidth) return null;
    // Name the widest elements that stick out, so the failure says where to look.
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(-3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join(".")}`);
    return `${doc.scrollWidth} > ${window.innerWidth} (${wide.join(", ")})`;
  });
  if (overflow) problems.push(`scrolls sideways: ${overflow}`);

  const axe = !opts.axe
    ? { violations: [] }
    : await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  for (const v of axe.violations)
    if (v.impact === "serious" || v.impact === "critical")
      problems.push(
        `axe ${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
      );

  if (opts.html && res) {
    const report = await htmlvalidate.validateString(await res.text());
    for (const r of report.results)
      for (const m of r.messages) problems.push(`html ${m.ruleId} ${m.line}:${m.column}: ${m.message}`);
  }
  if (opts.shot)
    await page.screenshot({ path: path.join(ARTIFACTS, `${opts.shot}-${width}.png`), fullPage: true });
  return { url, width, problems };
}

/** One line per problem, for an `expect([]).toEqual` that reads as a to-do list. */
export function report(checks: PageCheck[]): string[] {
  return checks.flatMap((c) => c.problems.map((p) => `${c.url} @${c.width}: ${p}`));
}

export async function logInAs(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel(/Email/).fill(email);
  await page.getByLabel(/Password|Mật khẩu/).fill(password);
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL(/\/(my|admin)/);
}
