import { describe, expect, it } from "vitest";
import { lastPage, linkHeader, readPage } from "../../app/modules/api/pagination";

describe("API pagination", () => {
  it("reads page before offset and bounds both", () => {
    expect(readPage(new URLSearchParams("page=3&offset=1"), 10, 1000)).toEqual({
      limit: 10,
      offset: 20,
      page: 3,
    });
    expect(readPage(new URLSearchParams("offset=25"), 10, 1000)).toEqual({ limit: 10, offset: 25, page: 3 });
    expect(readPage(new URLSearchParams(""), 10, 1000)).toEqual({ limit: 10, offset: 0, page: 1 });
    expect(readPage(new URLSearchParams("page=0"), 10, 1000)).toMatch(/^page must/);
    expect(readPage(new URLSearchParams("page=1.5"), 10, 1000)).toMatch(/^page must/);
    expect(readPage(new URLSearchParams("offset=-1"), 10, 1000)).toMatch(/^offset must/);
  });

  it("links first, prev, next and last, keeping the other parameters", () => {
    const url = new URL("http://x/api/v1/suppliers?q=ép nhựa&process=a&process=b&offset=10&limit=10");
    const h = linkHeader(url, { limit: 10, offset: 10, page: 2 }, 35);
    expect(h).toBe(
      [
        '</api/v1/suppliers?q=%C3%A9p+nh%E1%BB%B1a&process=a&process=b&limit=10&page=1>; rel="first"',
        '</api/v1/suppliers?q=%C3%A9p+nh%E1%BB%B1a&process=a&process=b&limit=10&page=1>; rel="prev"',
        '</api/v1/suppliers?q=%C3%A9p+nh%E1%BB%B1a&process=a&process=b&limit=10&page=3>; rel="next"',
        '</api/v1/suppliers?q=%C3%A9p+nh%E1%BB%B1a&process=a&process=b&limit=10&page=4>; rel="last"',
      ].join(", "),
    );
    expect(linkHeader(new URL("http://x/a"), { limit: 5, offset: 0, page: 1 }, 0)).toBe(
      '</a?page=1&limit=5>; rel="first", </a?page=1&limit=5>; rel="last"',
    );
    expect(lastPage(0, 20)).toBe(1);
  });
});
