import { describe, expect, it } from "vitest";
import { CHART, layoutTimeline, niceCeiling, shortFigure, valueTicks, type TTimelineInput } from "./timeline-geometry";

const attacks = (claimId: string, date: string, figure: TTimelineInput["figure"]): TTimelineInput => ({
  claimId,
  articleId: `a-${claimId}`,
  articleTitle: claimId,
  date,
  role: "value",
  thing: "attacks on US forces",
  figure,
});

describe("timeline geometry", () => {
  it("rounds the value axis up to a readable number", () => {
    expect([niceCeiling(0), niceCeiling(7), niceCeiling(92), niceCeiling(165), niceCeiling(1000)]).toEqual([
      1, 10, 100, 200, 1000,
    ]);
    expect(valueTicks(200)).toEqual([0, 50, 100, 150, 200]);
  });

  it("draws the attack counts 84, 92 and more than 150 left to right by date, the last as an open arrow", () => {
    const layout = layoutTimeline([
      attacks("c84", "2023-12-09", { qualifier: "at_least", value: 84 }),
      attacks("c92", "2023-12-11", { qualifier: "exactly", value: 92 }),
      attacks("c150", "2024-01-24", { qualifier: "more_than", value: 150 }),
    ]);
    const [m84, m92, m150] = layout.marks;
    expect(m84!.x).toBeLessThan(m92!.x);
    expect(m92!.x).toBeLessThan(m150!.x);
    // Higher values sit higher (smaller y).
    expect(m150!.y).toBeLessThan(m92!.y);
    expect(m92!.y).toBeLessThan(m84!.y);
    expect(m84).toMatchObject({ shape: "up", hollow: false, label: "≥84", line: { to: CHART.top } });
    expect(m150).toMatchObject({ shape: "up", hollow: true, label: ">150" });
    expect(m92).toMatchObject({ shape: "dot", line: null, label: "92" });
    // Every mark lies inside the plot.
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThan(layout.plot.x0);
      expect(m.x).toBeLessThan(layout.plot.x1);
      expect(m.y).toBeLessThanOrEqual(layout.plot.y0);
      expect(m.y).toBeGreaterThanOrEqual(layout.plot.y1);
    }
    expect(layout.xTicks.map((t) => t.date)[0]).toBe("2023-12-09");
    expect(layout.xTicks.at(-1)?.date).toBe("2024-01-24");
  });

  it("draws a range as a bar, an approximate figure with a whisker, and spreads marks of one day", () => {
    const layout = layoutTimeline([
      attacks("dozens", "2024-01-01", { qualifier: "range", min: 20, max: 99 }),
      attacks("about7", "2024-01-01", { qualifier: "about", value: 7 }),
    ]);
    const [range, about] = layout.marks;
    expect(range).toMatchObject({ shape: "range", label: "20–99" });
    expect(range!.line!.to).toBeLessThan(range!.line!.from);
    expect(about).toMatchObject({ shape: "about", label: "~7" });
    expect(about!.line!.from).toBeGreaterThan(about!.y);
    expect(about!.line!.to).toBeLessThan(about!.y);
    expect(range!.x).not.toBe(about!.x);
    expect(shortFigure({ qualifier: "fewer_than", value: 5 })).toBe("<5");
  });
});

describe("timeline labels", () => {
  it("puts a label on the left when a close neighbour on the right would cover it", () => {
    const layout = layoutTimeline([
      attacks("c84", "2023-12-09", { qualifier: "at_least", value: 84 }),
      attacks("c92", "2023-12-11", { qualifier: "exactly", value: 92 }),
      attacks("c150", "2024-01-24", { qualifier: "more_than", value: 150 }),
    ]);
    expect(layout.marks.map((m) => m.labelSide)).toEqual(["left", "right", "right"]);
  });
});
