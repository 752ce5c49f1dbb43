import { describe, expect, it } from "vitest";
import { codePointLength, offsetConverter, trimBrokenSurrogates } from "./code-points";
import { TEXT } from "./test-fixtures";

describe("code points", () => {
  it("counts an emoji, a mathematical letter and a CJK ideograph outside the BMP as one each", () => {
    expect("🚀".length).toBe(2);
    expect(codePointLength("🚀")).toBe(1);
    expect(codePointLength("3 صواريخ 🚀 𝐀 𠀋")).toBe([..."3 صواريخ 🚀 𝐀 𠀋"].length);
    expect(codePointLength("قال")).toBe(3);
  });

  it("converts every UTF-16 offset at a character boundary to the code-point offset Python and brat use, and back", () => {
    const convert = offsetConverter(TEXT);
    const points = [...TEXT];
    let utf16 = 0;
    for (let cp = 0; cp <= points.length; cp++) {
      expect(convert.toCodePoint(utf16)).toBe(cp);
      expect(convert.toUtf16(cp)).toBe(utf16);
      utf16 += points[cp]?.length ?? 0;
    }
    const start = TEXT.indexOf("مقتل");
    expect(points.slice(convert.toCodePoint(start), convert.toCodePoint(start + 4)).join("")).toBe("مقتل");
  });

  it("is the identity on text without astral characters", () => {
    const convert = offsetConverter("قال المتحدث إن 3 صواريخ أصابت القاعدة");
    expect(convert.toCodePoint(17)).toBe(17);
    expect(convert.toUtf16(17)).toBe(17);
  });

  it("drops half a surrogate pair left at the edge of cut context", () => {
    const cut = "🚀أ🚀".slice(1, 4);
    expect(trimBrokenSurrogates(cut)).toBe("أ");
    expect(trimBrokenSurrogates("أ🚀")).toBe("أ🚀");
  });
});
