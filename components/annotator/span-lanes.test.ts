import { describe, expect, it } from "vitest";
import { assignLanes } from "./span-lanes";

describe("assignLanes", () => {
  it("puts nested and crossing spans in different lanes and reuses free lanes", () => {
    const lanes = assignLanes([
      { id: "outer", start: 0, end: 20 },
      { id: "inner", start: 2, end: 5 },
      { id: "after-inner", start: 6, end: 9 },
      { id: "crossing", start: 8, end: 25 },
      { id: "later", start: 30, end: 31 },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ outer: 0, inner: 1, "after-inner": 1, crossing: 2, later: 0 });
  });

  it("lets touching spans share a lane ([start, end) ranges do not overlap)", () => {
    expect(
      Object.fromEntries(
        assignLanes([
          { id: "a", start: 0, end: 4 },
          { id: "b", start: 4, end: 8 },
        ]),
      ),
    ).toEqual({ a: 0, b: 0 });
  });
});
