import { describe, expect, it } from "vitest";
import { stepWord } from "./word-step";

const text = "قال مسؤول أمني  إن الهجوم وقع";
const range = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const words = (r: { start: number; end: number }) => text.slice(r.start, r.end);

describe("stepping a suggestion's words", () => {
  it("grows and shrinks each end by one word, over double spaces", () => {
    const r = range("أمني");
    expect(words(stepWord(text, r, "start", true))).toBe("مسؤول أمني");
    expect(words(stepWord(text, r, "end", true))).toBe("أمني  إن");
    expect(words(stepWord(text, range("مسؤول أمني"), "start", false))).toBe("أمني");
    expect(words(stepWord(text, range("أمني  إن"), "end", false))).toBe("أمني");
  });

  it("never leaves the text and never empties the range", () => {
    expect(stepWord(text, range("قال"), "start", true)).toEqual(range("قال"));
    expect(stepWord(text, range("وقع"), "end", true)).toEqual(range("وقع"));
    expect(stepWord(text, range("أمني"), "start", false)).toEqual(range("أمني"));
    expect(stepWord(text, range("أمني"), "end", false)).toEqual(range("أمني"));
  });
});
