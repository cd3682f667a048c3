import { describe, expect, it } from "vitest";
import { fold, tokenize } from "../../../app/modules/text/analyser";
import { findConcepts, mapTerm } from "../../../app/modules/taxonomy/index";

// Japanese spelling variants meet in the one analyser (foldKana, decision 480), so the taxonomy
// lookup and the search index read them alike; different words stay different.
const same = (a: string, b: string) => expect(fold(a), `${a} = ${b}`).toBe(fold(b));
const differ = (a: string, b: string) => expect(fold(a), `${a} ≠ ${b}`).not.toBe(fold(b));

describe("kana variants that are one word", () => {
  it("drops a word-final ー after three or more kana (JIS Z 8301 practice)", () => {
    same("カッター", "カッタ");
    same("コンピューター", "コンピュータ");
    same("コネクター", "コネクタ");
    same("プレッサー", "プレッサ");
    same("レーザー加工", "レーザ加工");
    same("カッター・ナイフ", "カッタナイフ");
  });

  it("reads dashes typed after katakana as ー, and half-width kana as full-width", () => {
    same("カッタ‐", "カッター");
    same("ﾚｰｻﾞｰ", "レーザー");
    same("ｶｯﾀｰ", "カッター");
    same("スペーサ－", "スペーサー");
  });

  it("writes small kana full size and hiragana as katakana", () => {
    same("フィルム", "フイルム");
    same("キャップ", "キヤップ");
    same("めっき", "メッキ");
    same("ねじ", "ネジ");
  });

  it("joins katakana words split by a middle dot or a space", () => {
    same("ダイ・カスト", "ダイカスト");
    same("ダイ カスト", "ダイカスト");
    same("ダイ　カスト", "ダイカスト");
    expect(tokenize("アルミ・ダイ・カスト 部品")).toEqual(["アルミダイカスト", "部品"]);
  });
});

describe("kana that must stay apart", () => {
  it("keeps ー inside a word and after only two kana", () => {
    differ("メーカー", "メカ"); // maker, mecha
    differ("カバー", "カバ"); // cover
    differ("ボール", "ボル"); // ball
    differ("シート", "シト");
  });

  it("keeps different words different", () => {
    differ("プレス", "プレッサー"); // press, presser
    differ("ボルト", "ボール"); // bolt, ball
    differ("ガスケット", "カスケット"); // voicing marks are never dropped
    differ("ビット", "ピット");
  });

  it("keeps a middle dot between kanji (a list) and a dash before digits (a code)", () => {
    expect(fold("鋼線・線材")).toBe("鋼線・線材");
    expect(tokenize("アルミ-6061")).toEqual(["アルミ", "6061"]);
  });
});

describe("the taxonomy reads Japanese through the same folding", () => {
  it("splits a compound on known concept labels", () => {
    expect(mapTerm("アルミダイカスト部品")).toBe("aluminium-die-casting");
    expect(mapTerm("あるみだいかすと")).toBe("aluminium-die-casting");
    expect(mapTerm("アルミ・ダイ・カスト")).toBe("aluminium-die-casting");
    expect(findConcepts("プラスチック射出成形品")).toEqual(["plastic", "injection-moulding"]);
  });

  it("finds a concept under its other spellings", () => {
    expect(mapTerm("レーザ加工")).toBe(mapTerm("レーザー加工"));
    expect(mapTerm("レーザ加工")).not.toBeNull();
    expect(mapTerm("フイルム")).toBe(mapTerm("フィルム"));
    expect(mapTerm("フイルム")).not.toBeNull();
  });

  it("does not read a different word as a concept", () => {
    expect(mapTerm("メカ")).toBeNull();
    expect(mapTerm("カバ")).toBeNull();
    expect(mapTerm("ボール")).not.toBe("bolt");
  });
});
