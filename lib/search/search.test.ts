import { describe, expect, it } from "vitest";
import { findHighlights, lightStem, makeSnippet } from "./highlight";
import { parseQuery } from "./parse-query";
import { searchInputFromParams } from "./search-input";
import { searchKey } from "./search-key";

describe("searchKey", () => {
  it.each([
    ["الأميركية", "امريكية"],
    ["الأمريكية", "امريكية"],
    ["والقذائف”", "قذايف "],
    ["الجهاديـــة", "جهادية"],
    ["عَمَلِيَّاتُنَا", "عملياتنا"],
    ["البنتاجون", "بنتاغون"],
    ["سوريا", "سورية"],
    ["٨٤ مرة", "84 مرة"],
    ["للقوات", "قوات"],
    ["بالعراق،", "عراق "],
  ])("%s → %s", (input, key) => {
    expect(searchKey(input)).toBe(key);
  });
});

describe("parseQuery", () => {
  it("reads words, quoted phrases (straight or «») and negated words, with plural forms", () => {
    expect(parseQuery('قذائف "عين الأسد" -كركوك «سفارة أمريكا»')).toEqual([
      { text: "قذائف", phrase: false, negated: false, alternatives: ["قذيفة"] },
      { text: "عين الأسد", phrase: true, negated: false, alternatives: [] },
      { text: "كركوك", phrase: false, negated: true, alternatives: [] },
      { text: "سفارة أمريكا", phrase: true, negated: false, alternatives: [] },
    ]);
  });

  it("drops punctuation and the words or/and", () => {
    expect(parseQuery("  killed, OR militants! ").map((t) => t.text)).toEqual(["killed", "militants"]);
    expect(parseQuery("")).toEqual([]);
  });
});

describe("findHighlights", () => {
  const terms = (q: string) => parseQuery(q);

  it.each([
    ["الأمريكية", "السفارة الأميركيــة في بغداد", ["الأميركيــة"]],
    ["قذائف", "وكانت رويترز أول من أعلن عن عدد القذائف التي", ["القذائف"]],
    ["قذائف", "إطلاق 31 قذيفة ليس", ["قذيفة"]],
    ["الجهادية", "عملياتنا الجهاديـة ضد", ["الجهاديـة"]],
    ["killed militants", "US strikes killed two militants", ["killed", "militants"]],
    ['"عين الأسد"', "قاعدة عين الأسد الجوية", ["عين الأسد"]],
  ])("%s in «%s»", (q, text, expected) => {
    expect(findHighlights(text, terms(q)).map((h) => text.slice(h.start, h.end))).toEqual(expected);
  });

  it("joins neighbouring words into one highlight and ignores negated words", () => {
    const text = "نحو سبع قذائف مورتر سقطت";
    expect(findHighlights(text, terms("قذائف مورتر -سقطت")).map((h) => text.slice(h.start, h.end))).toEqual([
      "قذائف مورتر",
    ]);
  });

  it("stems lightly", () => {
    expect(lightStem(searchKey("والأمريكيين"))).toBe(lightStem(searchKey("الأمريكية")));
    expect(lightStem("strikes")).toBe("strik");
    expect(findHighlights("a strike", parseQuery("strikes"))).toHaveLength(1);
  });
});

describe("makeSnippet", () => {
  it("cuts at word boundaries around the first highlight and keeps highlight offsets relative", () => {
    const text = `${"كلمة ".repeat(40)}السفارة الأمريكية ${"نص ".repeat(40)}`;
    const h = findHighlights(text, parseQuery("السفارة"));
    const s = makeSnippet(text, h, 20);
    expect(s.text.startsWith(" ")).toBe(false);
    expect(s.text.slice(s.highlights[0]!.start, s.highlights[0]!.end)).toBe("السفارة");
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("searchInputFromParams", () => {
  it("refuses NUL in the words and malformed ids, naming the parameter, as the search page reads its address", () => {
    expect(() => searchInputFromParams(new URLSearchParams({ q: "a\u0000b" }))).toThrow(
      /Query parameter q contains a NUL/,
    );
    expect(() => searchInputFromParams(new URLSearchParams({ q: "x", labelId: "not-an-id" }))).toThrow(
      /Query parameter labelId must be an id/,
    );
    expect(searchInputFromParams(new URLSearchParams({ q: "قذائف" })).q).toBe("قذائف");
  });
});
