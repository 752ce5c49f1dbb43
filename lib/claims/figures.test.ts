import { describe, expect, it } from "vitest";
import { figureBounds, formatFigure, parseFigures, ZFigureValue } from "./figures";

describe("claim figures", () => {
  it("accepts exact values, qualified values and ranges", () => {
    expect(
      parseFigures("CASUALTY", { killed: { value: 1 }, injured: { qualifier: "exactly", value: 2 } }),
    ).toMatchObject({ killed: { qualifier: "exactly", value: 1 } });
    expect(
      parseFigures("COUNT", {
        thing: "attacks on US forces",
        value: { qualifier: "at_least", value: 84 },
        since: "2023-10-17",
        asOf: "2023-12-09",
      }),
    ).toMatchObject({ value: { value: 84 } });
    expect(ZFigureValue.parse({ qualifier: "range", min: 20, max: 99 })).toEqual({
      qualifier: "range",
      min: 20,
      max: 99,
    });
  });

  it.each([
    ["min above max", "CASUALTY", { killed: { qualifier: "range", min: 9, max: 3 } }, /min \(9\) is above max \(3\)/],
    ["a negative number", "CASUALTY", { killed: { value: -1 } }, /negative/],
    ["a fraction of a person", "CASUALTY", { injured: { value: 2.5 } }, /whole number/],
    ["a count without a thing", "COUNT", { thing: " ", value: { value: 84 } }, /what is counted/],
    ["a qualifier without a value", "CASUALTY", { killed: { qualifier: "about" } }, /needs a value/],
    ["a casualty claim without figures", "CASUALTY", { victims: "civilians" }, /needs killed or injured/],
    [
      "since after as-of",
      "COUNT",
      { thing: "attacks", value: { value: 1 }, since: "2024-01-02", asOf: "2024-01-01" },
      /since must not be after/,
    ],
    ["figures on a statement", "STATEMENT", { killed: { value: 1 } }, /has no figures/],
  ] as const)("refuses %s", (_name, kind, figures, message) => {
    expect(() => parseFigures(kind, figures)).toThrow(message);
  });

  it("gives the bounds a figure allows", () => {
    expect(figureBounds({ qualifier: "exactly", value: 7 })).toEqual({ min: 7, max: 7 });
    expect(figureBounds({ qualifier: "more_than", value: 150 })).toEqual({ min: 151, max: undefined });
    expect(figureBounds({ qualifier: "about", value: 7 })).toEqual({ min: 4, max: 10 });
    expect(figureBounds({ qualifier: "fewer_than", value: 5 })).toEqual({ min: 0, max: 4 });
  });

  it("formats figures in both languages", () => {
    expect(formatFigure({ qualifier: "about", value: 7 })).toBe("about 7");
    expect(formatFigure({ qualifier: "at_least", value: 84 }, "ar")).toBe("ما لا يقل عن 84");
    expect(formatFigure({ qualifier: "range", min: 20, max: 99 })).toBe("20–99");
    // In Arabic the range keeps its reading order inside right-to-left text.
    expect(formatFigure({ qualifier: "range", min: 3, max: 10 }, "ar")).toBe("\u20663–10\u2069");
  });
});
