import { describe, expect, it } from "vitest";
import { cohenKappa, krippendorffAlpha, type TUnit } from "./alpha";

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
 * twelve units, missing values (null). His results: nominal α = 0.743, interval α = 0.849.
 */
const observers: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const worked: TUnit<number>[] = observers[0]!.map((_, unit) => ({ values: observers.map((row) => row[unit]!) }));

/** Units from a two-by-two table of counts: [a's value, b's value, how many]. */
function table(cells: [string, string, number][]) {
  return cells.flatMap(([a, b, count]) => Array.from({ length: count }, () => ({ a, b })));
}

describe("Krippendorff's α", () => {
  it("reproduces the worked example, nominal and interval", () => {
    expect(krippendorffAlpha(worked, "nominal")!.toFixed(3)).toBe("0.743");
    expect(krippendorffAlpha(worked, "interval")!.toFixed(3)).toBe("0.849");
  });

  it("counts a weighted unit as that many identical units", () => {
    const repeated = [...worked, ...worked, ...worked];
    const weighted = worked.map((unit) => ({ ...unit, weight: 3 }));
    expect(krippendorffAlpha(weighted, "nominal")).toBeCloseTo(krippendorffAlpha(repeated, "nominal")!, 12);
    expect(krippendorffAlpha(weighted, "interval")).toBeCloseTo(krippendorffAlpha(repeated, "interval")!, 12);
  });

  it("is 1 for perfect agreement and undefined without variation or pairable values", () => {
    expect(krippendorffAlpha([{ values: ["x", "x"] }, { values: ["y", "y"] }], "nominal")).toBe(1);
    // One category only: observers agree, but agreement cannot be told from chance.
    expect(krippendorffAlpha([{ values: ["x", "x"] }, { values: ["x", "x", null] }], "nominal")).toBeNull();
    // Empty data, and units with one value each (the other observer missing).
    expect(krippendorffAlpha([], "nominal")).toBeNull();
    expect(krippendorffAlpha([{ values: ["x", null] }, { values: [null, "y"] }], "nominal")).toBeNull();
  });

  it("leaves out units only one observer coded", () => {
    const withLoners: TUnit<number>[] = [
      ...worked,
      { values: [7, null, null, null] },
      { values: [null, null, null, null] },
    ];
    expect(krippendorffAlpha(withLoners, "nominal")).toBeCloseTo(krippendorffAlpha(worked, "nominal")!, 12);
  });

  it("is below zero for systematic disagreement", () => {
    const swapped = [{ values: ["x", "y"] }, { values: ["y", "x"] }];
    // o_xy = o_yx = 2, n = 4: D_o = 1, D_e = 8 / 12, α = −0.5.
    expect(krippendorffAlpha(swapped, "nominal")).toBeCloseTo(-0.5, 12);
  });
});

describe("Cohen's κ", () => {
  it("reproduces the textbook examples", () => {
    // 50 grant proposals read by two readers: yes/yes 20, yes/no 5, no/yes 10, no/no 15. p_o = 0.7, p_e = 0.5.
    expect(
      cohenKappa(
        table([
          ["yes", "yes", 20],
          ["yes", "no", 5],
          ["no", "yes", 10],
          ["no", "no", 15],
        ]),
      ),
    ).toBeCloseTo(0.4, 12);
    // Same p_o = 0.6, different marginals: κ = 0.1304 and 0.2593.
    expect(
      cohenKappa(
        table([
          ["yes", "yes", 45],
          ["yes", "no", 15],
          ["no", "yes", 25],
          ["no", "no", 15],
        ]),
      )!.toFixed(4),
    ).toBe("0.1304");
    expect(
      cohenKappa(
        table([
          ["yes", "yes", 25],
          ["yes", "no", 35],
          ["no", "yes", 5],
          ["no", "no", 35],
        ]),
      )!.toFixed(4),
    ).toBe("0.2593");
  });

  it("weights units and skips those one observer left out", () => {
    const weighted = [
      { a: "yes", b: "yes", weight: 20 },
      { a: "yes", b: "no", weight: 5 },
      { a: "no", b: "yes", weight: 10 },
      { a: "no", b: "no", weight: 15 },
      { a: "no", b: null, weight: 99 },
    ];
    expect(cohenKappa(weighted)).toBeCloseTo(0.4, 12);
  });

  it("is undefined with one category only or no shared units", () => {
    expect(
      cohenKappa([
        { a: "x", b: "x" },
        { a: "x", b: "x" },
      ]),
    ).toBeNull();
    expect(cohenKappa([])).toBeNull();
    expect(cohenKappa([{ a: "x", b: null }])).toBeNull();
  });
});
