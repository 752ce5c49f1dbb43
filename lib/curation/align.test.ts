import { describe, expect, it } from "vitest";
import { alignSpans } from "./align";

const span = (id: string, labelId: string, start: number, end: number, claimKey = "") => ({
  id,
  labelId,
  start,
  end,
  claimKey,
});

describe("alignSpans", () => {
  it("lines up one span per analyst and says what differs", () => {
    const a = [
      span("a1", "place", 0, 5),
      span("a2", "date", 10, 16),
      span("a3", "person", 20, 30),
      span("a4", "place", 40, 44),
    ];
    const b = [span("b1", "place", 0, 5), span("b2", "place", 10, 16), span("b3", "person", 22, 30)];
    const items = alignSpans([a, b], []);
    expect(items.map((i) => [i.key, i.differences])).toEqual([
      ["a1,b1", []],
      ["a2,b2", ["label"]],
      ["a3,b3", ["boundaries"]],
      ["a4", ["missing"]],
    ]);
    expect(items[3]!.versions).toEqual([a[3], null]);
  });

  it("keeps nested spans of different labels apart and pairs each with its like", () => {
    const a = [span("aq", "claim", 0, 30), span("ap", "person", 0, 5)];
    const b = [span("bp", "person", 0, 5), span("bq", "claim", 0, 30)];
    expect(alignSpans([a, b], []).map((i) => [i.key, i.differences])).toEqual([
      ["ap,bp", []],
      ["aq,bq", []],
    ]);
  });

  it("does not pair spans whose label and boundaries both differ and that share little", () => {
    const items = alignSpans([[span("a", "claim", 0, 40)], [span("b", "person", 30, 35)]], []);
    expect(items.map((i) => i.differences)).toEqual([["missing"], ["missing"]]);
  });

  it("marks differing claims and puts curated spans on the item they match", () => {
    const items = alignSpans(
      [[span("a", "casualty", 3, 9, "CASUALTY:5")], [span("b", "casualty", 3, 9, "CASUALTY:6")]],
      [span("c", "casualty", 3, 9), span("d", "place", 50, 55)],
    );
    expect(items.map((i) => [i.key, i.differences, i.curated.map((c) => c.id)])).toEqual([
      ["a,b", ["claims"], ["c"]],
      ["d", ["missing"], ["d"]],
    ]);
  });
});
