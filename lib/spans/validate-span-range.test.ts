import { describe, expect, it } from "vitest";
import { validateSpanRange } from "./validate-span-range";

const text = "قال مسؤول 😀 إن 7 قذائف سقطت";

describe("validateSpanRange", () => {
  it("accepts a quote that matches the text at its offsets", () => {
    expect(() => validateSpanRange(text, 0, 3, "قال")).not.toThrow();
    const i = text.indexOf("😀");
    expect(() => validateSpanRange(text, i, i + 2, "😀")).not.toThrow();
  });

  it.each([
    [-1, 3, "قال", /out of bounds/],
    [0, text.length + 1, text, /out of bounds/],
    [3, 3, "", /less than end/],
    [4, 2, "", /less than end/],
    [0, 3, "قول", /does not match/],
  ])("refuses start=%i end=%i", (start, end, quote, message) => {
    expect(() => validateSpanRange(text, start, end, quote)).toThrow(message);
  });

  it("refuses a boundary inside an emoji's surrogate pair", () => {
    const i = text.indexOf("😀");
    expect(() => validateSpanRange(text, i + 1, i + 4, text.slice(i + 1, i + 4))).toThrow(/surrogate/);
    expect(() => validateSpanRange(text, 0, i + 1, text.slice(0, i + 1))).toThrow(/surrogate/);
  });
});
