import { describe, expect, it } from "vitest";
import { buildTextModel } from "./text-model";

const quotes = (text: string) =>
  buildTextModel(text).quotes.map((q) => [text.slice(q.start, q.end), q.words, q.close === -1]);

describe("quotations", () => {
  it("accepts curly marks in either orientation and guillemets both ways", () => {
    expect(quotes("قال “نص أول” ثم ”نص ثان” و«ثالث» و»رابع«")).toEqual([
      ["نص أول", 2, false],
      ["نص ثان", 2, false],
      ["ثالث", 1, false],
      ["رابع", 1, false],
    ]);
  });

  it("pairs straight quotes, even glued to a word, and leaves an unclosed one open to the paragraph end", () => {
    expect(quotes('على قناته في"تلغرام": "عملياتنا مستمرة\nسطر آخر')).toEqual([
      ["تلغرام", 1, false],
      ["عملياتنا مستمرة", 2, true],
    ]);
  });

  it("puts every token in its sentence and paragraph", () => {
    const model = buildTextModel("جملة أولى. جملة ثانية.\nفقرة ثانية");
    // Token 6 is the line break between the paragraphs: in no sentence.
    expect(model.sentences.map((s) => [s.first, s.last])).toEqual([
      [0, 2],
      [3, 5],
      [7, 8],
    ]);
    expect(model.tokens.map((t) => t.paragraph)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });
});
