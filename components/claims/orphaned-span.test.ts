import { describe, expect, it } from "vitest";
import { orphanedByVersion } from "./orphaned-span";
import type { TListedClaim } from "./types";

type TSpanRef = NonNullable<TListedClaim["claimSpan"]>;

const span = (over: Partial<TSpanRef>): TSpanRef => ({
  id: "0195f0c4-0000-7000-8000-000000000001",
  start: 0,
  end: 4,
  quote: "قتيل",
  labelId: "0195f0c4-0000-7000-8000-000000000002",
  deletedAt: null,
  anchorState: "PLACED",
  articleVersion: 1,
  ...over,
});

describe("a claim whose span a revision orphaned", () => {
  it("names the version after the one the span was last in", () => {
    expect(orphanedByVersion({ claimSpan: span({ anchorState: "ORPHANED", articleVersion: 1 }) })).toBe(2);
    expect(orphanedByVersion({ claimSpan: span({ anchorState: "ORPHANED", articleVersion: 3 }) })).toBe(4);
  });

  it("is not marked when its span is placed, moved, deleted or absent", () => {
    expect(orphanedByVersion({ claimSpan: span({ anchorState: "PLACED", articleVersion: 2 }) })).toBeNull();
    expect(orphanedByVersion({ claimSpan: span({ anchorState: "MOVED", articleVersion: 2 }) })).toBeNull();
    expect(
      orphanedByVersion({ claimSpan: span({ anchorState: "ORPHANED", deletedAt: "2026-01-01T00:00:00.000Z" }) }),
    ).toBeNull();
    expect(orphanedByVersion({ claimSpan: null })).toBeNull();
  });
});
