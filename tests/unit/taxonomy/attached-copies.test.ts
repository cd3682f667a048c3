import { afterEach, describe, expect, it, vi } from "vitest";

// The server script loads the attached terms at start in its copy of the taxonomy modules; the
// Remix build's routes (profile and request saves) use another copy. Both must read the same
// attachments (lexicon.ts keeps them on globalThis with a version). A fresh module registry
// (vi.resetModules) gives a second copy, as the build does.

type Lexicon = typeof import("../../../app/modules/taxonomy/lexicon");
type Taxonomy = typeof import("../../../app/modules/taxonomy/index");

async function freshCopy(): Promise<{ lexicon: Lexicon; taxonomy: Taxonomy }> {
  vi.resetModules();
  const lexicon = await import("../../../app/modules/taxonomy/lexicon");
  const taxonomy = await import("../../../app/modules/taxonomy/index");
  return { lexicon, taxonomy };
}

describe("attached terms across copies of the taxonomy modules", () => {
  afterEach(async () => {
    (await freshCopy()).lexicon.setAttachedTerms([]);
  });

  it("a term attached in one copy is read by another, including one built before", async () => {
    const routes = await freshCopy();
    expect(routes.taxonomy.mapTerm("Zelmor xyz", "process")).toBeNull(); // built before the attachment
    const script = await freshCopy();
    expect(script.taxonomy).not.toBe(routes.taxonomy);
    script.lexicon.setAttachedTerms([{ conceptId: "tig-welding", text: "Zelmor xyz" }]);
    expect(script.taxonomy.mapTerm("Zelmor xyz", "process")).toBe("tig-welding");
    expect(routes.taxonomy.mapTerm("Zelmor xyz", "process")).toBe("tig-welding");
    expect((await freshCopy()).taxonomy.mapTerm("Zelmor xyz", "process")).toBe("tig-welding");
  });

  it("taking an attachment back is seen by every copy", async () => {
    const a = await freshCopy();
    a.lexicon.setAttachedTerms([{ conceptId: "tig-welding", text: "Zelmor xyz" }]);
    const b = await freshCopy();
    expect(b.taxonomy.mapTerm("Zelmor xyz", "process")).toBe("tig-welding");
    a.lexicon.setAttachedTerms([]);
    expect(b.taxonomy.mapTerm("Zelmor xyz", "process")).toBeNull();
  });
});
