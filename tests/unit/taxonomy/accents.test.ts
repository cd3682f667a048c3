import { describe, expect, it } from "vitest";
import { findConcepts, mapTerm } from "../../../app/modules/taxonomy";
import { writtenAccents } from "../../../app/modules/taxonomy/lexicon";

// Text written with Vietnamese accents reads a taxonomy phrase only where its accents agree with
// the phrase's (decision 605): words that fold alike are other words ("nhận in", takes printing
// orders, is not "nhãn in", printed labels; "dục" is not "đúc", casting; "máy", a machine, is not
// "may", sewing). Text typed without accents still reads by the folded key, and the writing
// habits that do not change the word (tone-mark placement, hỏi/ngã) are not told apart.

describe("accents that disagree are another word", () => {
  it.each([
    ["Công ty Minh Sơn nhận in kỹ thuật số cho mút chèn", "printed-label"],
    ["Công ty nhận in ấn bao bì", "printed-label"],
    ["giáo dục", "casting"],
    ["dục", "casting"],
    ["máy", "garment-sewing"],
    ["hạn", "welding"],
  ])("%s does not read %s", (text, id) => {
    expect(findConcepts(text)).not.toContain(id);
  });
});

describe("accents that agree, or no accents, read as before", () => {
  it.each([
    ["nhãn in", "printed-label"],
    ["nhan in", "printed-label"],
    ["NHÃN IN", "printed-label"],
    ["đúc", "casting"],
    ["Đúc", "casting"],
    ["duc", "casting"],
    ["may", "garment-sewing"],
    ["may mặc", "garment-sewing"],
    ["hàn", "welding"],
    // tone mark placed on another vowel: the same word
    ["anot hóa nhôm", "anodising"],
    ["anot hoá nhôm", "anodising"],
    // hỏi written for ngã ("kẻm" for "kẽm"), a common habit
    ["mạ kẻm", "zinc-plating"],
    ["mạ kẽm", "zinc-plating"],
    // one word typed without marks in an accented text says nothing
    ["ma kẽm", "zinc-plating"],
    ["gia công CNC, mạ kẽm, sơn tĩnh điện cho linh kiện xe máy", "powder-coating"],
  ])("%s reads %s", (text, id) => {
    expect(findConcepts(text)).toContain(id);
  });

  it("mapTerm follows the same rule", () => {
    expect(mapTerm("đúc", "process")).toBe("casting");
    expect(mapTerm("dục", "process")).toBeNull();
    expect(mapTerm("nhận in", "product")).toBeNull();
    expect(mapTerm("nhãn in", "product")).toBe("printed-label");
  });
});

describe("writtenAccents", () => {
  it("keeps tone placement and hỏi/ngã together, other accents apart, and notes plain words", () => {
    const w = writtenAccents("hoá hóa kẻm kẽm nhận nhãn may");
    expect(w.get("hoa")!.forms.size).toBe(1);
    expect(w.get("kem")!.forms.size).toBe(1);
    expect(w.get("nhan")!.forms.size).toBe(2);
    expect(w.get("may")!.plain).toBe(true);
    expect(w.get("nhan")!.plain).toBe(false);
  });
});
