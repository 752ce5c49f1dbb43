import { describe, expect, it } from "vitest";
import { countStates } from "./revision-counts";

describe("revision counts", () => {
  it("counts spans by their outcome and claims by their claim span's", () => {
    const spans = [{ state: "placed" }, { state: "moved" }, { state: "orphaned" }, { state: "orphaned" }] as const;
    expect(countStates(spans, ["moved", "orphaned", "placed", "placed"])).toEqual({
      placed: 1,
      moved: 1,
      orphaned: 2,
      claims: { placed: 2, moved: 1, orphaned: 1 },
    });
    expect(countStates([], [])).toEqual({
      placed: 0,
      moved: 0,
      orphaned: 0,
      claims: { placed: 0, moved: 0, orphaned: 0 },
    });
  });
});
