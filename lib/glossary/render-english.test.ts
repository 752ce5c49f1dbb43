import { describe, expect, it } from "vitest";
import { GAP, hasArabic, makeLexicon, renderTerms, separateArabic } from "./render-english";

const lexicon = makeLexicon([
  { arabic: "الحشد الشعبي", english: "Popular Mobilization Forces" },
  { arabic: "كتائب حزب الله", english: "Kataib Hezbollah" },
  { arabic: "جرف النصر", english: "Jurf al-Nasr" },
  { arabic: "عناصر", english: "members" },
  { arabic: "غارات أمريكية", english: "US strikes" },
  { arabic: "قذائف هاون", english: "mortar rounds" },
]);

describe("renderTerms", () => {
  it("puts known terms in English whatever the spelling, article or tatweel", () => {
    expect(renderTerms("حشد الشعبـي", lexicon)).toBe("Popular Mobilization Forces");
    expect(renderTerms("غارات أميركية", lexicon)).toBe("US strikes");
    expect(renderTerms("عناصر من الحشد الشعبي", lexicon)).toBe("members from Popular Mobilization Forces");
  });

  it("prefers the longest known phrase", () => {
    const withShort = makeLexicon([
      { arabic: "كتائب", english: "brigades" },
      { arabic: "كتائب حزب الله", english: "Kataib Hezbollah" },
    ]);
    expect(renderTerms("كتائب حزب الله", withShort)).toBe("Kataib Hezbollah");
  });

  it("leaves English as written, even where an entity has it as an alias", () => {
    const withAlias = makeLexicon([
      { arabic: "PMF", english: "Popular Mobilization Forces" },
      { arabic: "الحشد", english: "the PMF" },
    ]);
    expect(renderTerms("PMF members", withAlias)).toBe("PMF members");
  });

  it("leaves unknown Arabic as it is, with the small words next to it", () => {
    expect(renderTerms("عنصر في الحشد الشعبي", lexicon)).toBe("عنصر في Popular Mobilization Forces");
    expect(renderTerms("Reuters", lexicon)).toBe("Reuters");
  });
});

describe("separateArabic", () => {
  it("replaces each run of Arabic by […] and lists it beside, in order", () => {
    expect(separateArabic("PMF reported 1 killed among عنصر في Popular Mobilization Forces by قوات مجهولة.")).toEqual({
      text: `PMF reported 1 killed among ${GAP} Popular Mobilization Forces by ${GAP}.`,
      gaps: [{ arabic: "عنصر في" }, { arabic: "قوات مجهولة" }],
    });
  });

  it("lines the list up with gaps already in the text", () => {
    expect(separateArabic(`X said: ${GAP} in بلدة`, ["«نص البيان»"])).toEqual({
      text: `X said: ${GAP} in ${GAP}`,
      gaps: [{ arabic: "«نص البيان»" }, { arabic: "بلدة" }],
    });
  });

  it("never leaves an Arabic letter in the text", () => {
    const mixed = "a «قال» b ٣ صواريخ، و 2 c ﻻ d";
    const { text, gaps } = separateArabic(mixed);
    expect(hasArabic(text)).toBe(false);
    expect(gaps.map((g) => g.arabic).join(" ")).toMatch(/قال/);
  });
});
