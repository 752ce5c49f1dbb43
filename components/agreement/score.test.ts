import { describe, expect, it } from "vitest";
import { formatScore, scoreTone } from "./score";

describe("agreement scores as shown", () => {
  it("shows three decimals, a real minus, and a dash when undefined", () => {
    expect(formatScore(0.41666)).toBe("0.417");
    expect(formatScore(1)).toBe("1.000");
    expect(formatScore(-0.2)).toBe("−0.200");
    expect(formatScore(-0.0001)).toBe("0.000");
    expect(formatScore(null)).toBe("—");
  });

  it("colours by Krippendorff's thresholds", () => {
    expect(scoreTone(0.85)).toContain("emerald");
    expect(scoreTone(0.7)).toContain("lime");
    expect(scoreTone(0.5)).toContain("amber");
    expect(scoreTone(0.1)).toContain("rose");
    expect(scoreTone(null)).toContain("slate");
  });
});
