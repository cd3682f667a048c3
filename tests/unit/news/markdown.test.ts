import { describe, expect, it } from "vitest";
import { articleForm, excerpt, renderMarkdown, slugify } from "../../../app/modules/news/markdown";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("# Plan\n\nSome **bold** and a [link](https://example.org).\n\n- a\n- b");
    expect(html).toContain("<h2>Plan</h2>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">link</a>');
    expect(html).toContain("<li>a</li>");
  });

  const attacks = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    '<p onclick="alert(1)">hi</p>',
    "<svg onload=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    "<scr<script>ipt>alert(1)</script>",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    "![x](x \" onerror=\"alert(1))",
    '![x](https://example.org/a.png "t" onerror="alert(1)")',
    "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
    "<style>body{display:none}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
  ];
  it.each(attacks)("lets no script, event handler or javascript: link through: %s", (md) => {
    const html = renderMarkdown(md).toLowerCase();
    // No element that runs code: no script-capable tags, no on* or style attribute on any tag,
    // no javascript: address. (Harmless text such as `onerror=` outside a tag may remain.)
    expect(html).not.toMatch(/<(script|iframe|svg|img|style|object|embed)/);
    expect(html).not.toMatch(/<[^>]*\s(on[a-z]+|style)\s*=/);
    expect(html).not.toMatch(/javascript:/);
  });
});

describe("excerpt and slug", () => {
  it("takes the first paragraph as plain text", () => {
    expect(excerpt("## Title\n\nFirst **para** <b onmouseover=x>here</b>.\n\nSecond.")).toBe("First para here.");
  });
  it("makes an ASCII address from a Vietnamese or English title", () => {
    expect(slugify("Hỗ trợ áp dụng ISO 9001 — Đợt 2")).toBe("ho-tro-ap-dung-iso-9001-dot-2");
    expect(slugify("  Applications open!  ")).toBe("applications-open");
  });
  it("derives the slug from the English title and refuses a bad one", () => {
    const base = { titleVi: "Tin", titleEn: "Big News", bodyVi: "a", bodyEn: "b" };
    expect(articleForm.parse(base)).toMatchObject({ slug: "big-news", publish: false });
    expect(articleForm.safeParse({ ...base, slug: "Bad Slug" }).success).toBe(false);
    expect(articleForm.parse({ ...base, publish: "on" }).publish).toBe(true);
  });
});
