import { describe, expect, it } from "vitest";
import { RedrawHold } from "./redraw-hold";

describe("RedrawHold", () => {
  it("runs a redraw at once when no button is held", () => {
    const hold = new RedrawHold<"spans">();
    const runs: string[] = [];
    hold.run("spans", () => runs.push("spans"));
    expect(runs).toEqual(["spans"]);
    expect(hold.isPressed).toBe(false);
  });

  it("keeps the redraws asked for during a press, only the latest of each kind, and runs them on release", () => {
    const hold = new RedrawHold<"spans" | "overlay">();
    const runs: string[] = [];
    hold.press();
    expect(hold.isPressed).toBe(true);
    hold.run("spans", () => runs.push("spans 1"));
    hold.run("overlay", () => runs.push("overlay 1"));
    hold.run("spans", () => runs.push("spans 2"));
    expect(runs).toEqual([]);
    hold.release();
    expect(hold.isPressed).toBe(false);
    expect(runs).toEqual(["spans 2", "overlay 1"]);
    // Nothing is run twice, and redraws after the release are made at once.
    hold.release();
    hold.run("overlay", () => runs.push("overlay 2"));
    expect(runs).toEqual(["spans 2", "overlay 1", "overlay 2"]);
  });
});
