import { describe, expect, it } from "vitest";
import { segmentSpans } from "./span-segments";

describe("segmentSpans", () => {
  it("cuts at every boundary and lists the covering spans in the given order", () => {
    const segments = segmentSpans([
      { id: "outer", start: 0, end: 10 },
      { id: "inner", start: 2, end: 5 },
      { id: "crossing", start: 4, end: 12 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: ["outer"] },
      { start: 2, end: 4, ids: ["outer", "inner"] },
      { start: 4, end: 5, ids: ["outer", "inner", "crossing"] },
      { start: 5, end: 10, ids: ["outer", "crossing"] },
      { start: 10, end: 12, ids: ["crossing"] },
    ]);
  });

  it("leaves gaps between spans uncovered, joins touching spans at their boundary, and skips empty spans", () => {
    expect(
      segmentSpans([
        { id: "a", start: 0, end: 3 },
        { id: "b", start: 3, end: 5 },
        { id: "empty", start: 6, end: 6 },
        { id: "c", start: 8, end: 9 },
      ]),
    ).toEqual([
      { start: 0, end: 3, ids: ["a"] },
      { start: 3, end: 5, ids: ["b"] },
      { start: 8, end: 9, ids: ["c"] },
    ]);
  });

  it("covers every character of every span exactly once per span", () => {
    const spans = Array.from({ length: 200 }, (_, i) => {
      const start = (i * 37) % 500;
      return { id: `s${i}`, start, end: start + 1 + ((i * 13) % 40) };
    });
    const covered = new Map<string, number>();
    for (const segment of segmentSpans(spans))
      for (const id of segment.ids) covered.set(id, (covered.get(id) ?? 0) + segment.end - segment.start);
    for (const span of spans) expect(covered.get(span.id)).toBe(span.end - span.start);
  });
});
