import { describe, expect, it } from "vitest";
import {
  codePointToUtf16,
  createCodePointConverter,
  makeQuoteSelector,
  reanchor,
  splitsSurrogatePair,
  utf16ToCodePoint,
  verifySpanQuote,
} from "./selectors";
import { readSampleArticle, readSampleCorpus } from "../text/testing/sample-corpus";

describe("makeQuoteSelector", () => {
  it("keeps the exact text and 32 units of context on each side", () => {
    const text = readSampleArticle("000");
    const start = text.indexOf("نحو سبع قذائف");
    const end = start + "نحو سبع قذائف".length;
    const q = makeQuoteSelector(text, start, end);
    expect(q.exact).toBe("نحو سبع قذائف");
    expect(q.prefix).toHaveLength(32);
    expect(q.suffix).toHaveLength(32);
    expect(text.slice(start - 32, end + 32)).toBe(q.prefix + q.exact + q.suffix);
  });

  it("shortens the context at the edges of the text and accepts another length", () => {
    const text = "قال مسؤول إن الهجوم فشل";
    expect(makeQuoteSelector(text, 0, 3)).toEqual({ exact: "قال", prefix: "", suffix: text.slice(3) });
    expect(makeQuoteSelector(text, 4, 9, 4)).toEqual({ exact: "مسؤول", prefix: "قال ", suffix: " إن " });
  });

  it("never cuts an emoji in half in the context", () => {
    const text = "😀قال نعم😀";
    const q = makeQuoteSelector(text, 2, 9, 1);
    expect(q).toEqual({ exact: "قال نعم", prefix: "", suffix: "" });
    const q2 = makeQuoteSelector(text, 2, 9, 2);
    expect(q2).toEqual({ exact: "قال نعم", prefix: "😀", suffix: "😀" });
  });

  it("rejects bad ranges", () => {
    expect(() => makeQuoteSelector("نص", 1, 0)).toThrow(RangeError);
    expect(() => makeQuoteSelector("نص", 0, 3)).toThrow(RangeError);
  });

  it("reassembles around every sentence of the corpus", () => {
    for (const { text } of readSampleCorpus()) {
      for (let start = 0; start < text.length; start += 97) {
        const end = Math.min(text.length, start + 40);
        const q = makeQuoteSelector(text, start, end);
        expect(text.slice(start - q.prefix.length, end + q.suffix.length)).toBe(q.prefix + q.exact + q.suffix);
      }
    }
  });
});

describe("verifySpanQuote", () => {
  const text = "قال 😀 مسؤول";
  it("accepts the exact text at the offsets", () => {
    expect(verifySpanQuote(text, 0, 3, "قال")).toBe(true);
    expect(verifySpanQuote(text, 4, 6, "😀")).toBe(true);
  });
  it("refuses a different quote, empty or reversed ranges, bounds and non-integers", () => {
    expect(verifySpanQuote(text, 0, 3, "قول")).toBe(false);
    expect(verifySpanQuote(text, 3, 3, "")).toBe(false);
    expect(verifySpanQuote(text, 3, 0, "قال")).toBe(false);
    expect(verifySpanQuote(text, -1, 3, "قال")).toBe(false);
    expect(verifySpanQuote(text, 0, 99, text)).toBe(false);
    expect(verifySpanQuote(text, 0.5, 3, "قال")).toBe(false);
  });
  it("refuses a boundary inside a surrogate pair", () => {
    expect(splitsSurrogatePair(text, 5)).toBe(true);
    expect(verifySpanQuote(text, 4, 5, text.slice(4, 5))).toBe(false);
    expect(verifySpanQuote(text, 5, 6, text.slice(5, 6))).toBe(false);
  });
});

describe("UTF-16 and code points", () => {
  it("agree for Arabic text without astral characters", () => {
    const text = readSampleArticle("003");
    for (const o of [0, 1, 100, text.length]) {
      expect(utf16ToCodePoint(text, o)).toBe(o);
      expect(codePointToUtf16(text, o)).toBe(o);
    }
  });

  it("differ by one per emoji or other astral character before the offset", () => {
    const text = "😀قال 𝟘 و😀";
    // code points:  😀(0) ق(1) ا(2) ل(3) ' '(4) 𝟘(5) ' '(6) و(7) 😀(8) → 9
    expect(utf16ToCodePoint(text, 0)).toBe(0);
    expect(utf16ToCodePoint(text, 2)).toBe(1);
    expect(utf16ToCodePoint(text, 6)).toBe(5);
    expect(utf16ToCodePoint(text, 8)).toBe(6);
    expect(utf16ToCodePoint(text, text.length)).toBe(9);
    expect(codePointToUtf16(text, 1)).toBe(2);
    expect(codePointToUtf16(text, 5)).toBe(6);
    expect(codePointToUtf16(text, 6)).toBe(8);
    expect(codePointToUtf16(text, 9)).toBe(text.length);
    expect(createCodePointConverter(text).length).toBe([...text].length);
  });

  it("round-trip every valid offset and match Array.from counting", () => {
    const text = "أ😀ب𝟘𝟘ج 👍🏽 ﷺ\n😀";
    const conv = createCodePointConverter(text);
    for (let o = 0; o <= text.length; o++) {
      if (splitsSurrogatePair(text, o)) {
        expect(() => conv.utf16ToCodePoint(o)).toThrow(RangeError);
        continue;
      }
      const cp = conv.utf16ToCodePoint(o);
      expect(cp).toBe(Array.from(text.slice(0, o)).length);
      expect(conv.codePointToUtf16(cp)).toBe(o);
    }
  });

  it("count a lone surrogate as one code point", () => {
    const text = "a\ud83db";
    expect(utf16ToCodePoint(text, 3)).toBe(3);
    expect(codePointToUtf16(text, 3)).toBe(3);
  });

  it("reject offsets out of range", () => {
    expect(() => utf16ToCodePoint("😀", 3)).toThrow(RangeError);
    expect(() => codePointToUtf16("😀", 2)).toThrow(RangeError);
    expect(() => codePointToUtf16("😀", -1)).toThrow(RangeError);
  });
});

describe("reanchor", () => {
  const anchorAt = (text: string, needle: string, occurrence = 0) => {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
    return { ...makeQuoteSelector(text, start, start + needle.length), start };
  };

  it("finds an unchanged span where it was", () => {
    const text = readSampleArticle("000");
    const a = anchorAt(text, "لما لا يقل عن 84 مرة");
    expect(reanchor(text, a)).toEqual({ start: a.start, end: a.start + a.exact.length, exact: true });
  });

  it("follows the span when text is inserted before it", () => {
    const text = readSampleArticle("000");
    const a = anchorAt(text, "نحو سبع قذائف");
    const corrected = `تصحيح: ${text}`;
    expect(reanchor(corrected, a)).toEqual({ start: a.start + 7, end: a.start + 7 + a.exact.length, exact: true });
  });

  it("picks the right one of many identical quotes by its context", () => {
    const text = readSampleArticle("000");
    const a = anchorAt(text, "الأمريكية", 5);
    // Shift everything by a long insertion near the start, so the nearest copy is a wrong one.
    const insertion = "في بيان رسمي نشرته على قناتها في تلغرام وأكدت فيه الجماعة الأمريكية";
    const corrected = text.replace("في بيان رسمي", insertion);
    const r = reanchor(corrected, a);
    expect(r?.exact).toBe(true);
    expect(corrected.slice((r?.start ?? 0) - a.prefix.length, r?.start)).toBe(a.prefix);
    expect(corrected.slice(r?.end, (r?.end ?? 0) + a.suffix.length)).toBe(a.suffix);
  });

  it("prefers the copy nearest the old start when contexts tie", () => {
    const text = "نعم نعم نعم نعم";
    const a = { exact: "نعم", prefix: "", suffix: "", start: 9 };
    expect(reanchor(text, a)).toEqual({ start: 8, end: 11, exact: true });
  });

  it("finds a span whose tatweel or tashkeel was corrected, and says it is not exact", () => {
    const text = readSampleArticle("000");
    const a = anchorAt(text, "عملياتنا الجهاديـة ضد الاحتلال");
    const corrected = text.replace("الجهاديـة", "الجهادية");
    const r = reanchor(corrected, a);
    expect(r).not.toBeNull();
    expect(r?.exact).toBe(false);
    expect(corrected.slice(r?.start, r?.end)).toBe("عملياتنا الجهادية ضد الاحتلال");
  });

  it("prefers the corrected span to an unrelated verbatim copy elsewhere", () => {
    const text = readSampleArticle("000");
    const a = anchorAt(text, "عملياتنا الجهاديـة");
    const corrected = `${text.replace("عملياتنا الجهاديـة", "عملياتنا الجهادية")}\nاقتباس: عملياتنا الجهاديـة`;
    const r = reanchor(corrected, a);
    expect(r).toEqual({ start: a.start, end: a.start + "عملياتنا الجهادية".length, exact: false });
  });

  it("returns null when the span is gone or empty", () => {
    const text = readSampleArticle("002");
    const a = anchorAt(text, "عشنا وشفنا المحور");
    expect(reanchor(text.replace("عشنا وشفنا المحور", ""), a)).toBeNull();
    expect(reanchor(text, { exact: "", prefix: "", suffix: "", start: 0 })).toBeNull();
  });

  it("re-anchors a span with an emoji and the @handle of the tweet line", () => {
    const text = readSampleArticle("002").replace("(@omartvsd)", "(@omartvsd 😀)");
    const a = anchorAt(text, "@omartvsd 😀");
    const corrected = `😀${text}`;
    expect(reanchor(corrected, a)).toEqual({ start: a.start + 2, end: a.start + 2 + a.exact.length, exact: true });
  });
});
