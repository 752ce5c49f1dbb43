import { describe, expect, it } from "vitest";
import { rulesFor, selectMaterial } from "./select-material";
import { bundle } from "./test-fixtures";

describe("selectMaterial", () => {
  it("keeps history in the native format and only live material elsewhere", () => {
    const b = bundle();
    b.spans[0] = { ...b.spans[0]!, deletedAt: "2024-01-05T00:00:00.000Z" };
    b.spans[1] = { ...b.spans[1]!, deletedAt: "2024-01-05T00:00:00.000Z" };
    b.links[1] = { ...b.links[1]!, state: "DISMISSED" };
    const full = selectMaterial(b, rulesFor("jsonl", false));
    expect(full.spans).toHaveLength(5);
    expect(full.verdicts).toHaveLength(2);
    expect(full.links).toHaveLength(2);
    const live = selectMaterial(b, rulesFor("csv", false));
    // The deleted speaker span stays because a claim rests on it; the other deleted span goes.
    expect(live.spans.map((s) => s.id)).toEqual(["s-speaker", "s-rockets", "s-claim", "s-killed"]);
    expect(live.verdicts.map((v) => v.id)).toEqual(["v-now"]);
    expect(live.links).toHaveLength(1);
    // The translation of the deleted span goes with it.
    expect(live.translations.map((t) => t.targetKey)).toEqual(["c-killed"]);
  });

  it("keeps only reviewed material, and what it rests on", () => {
    const b = bundle();
    b.claims = b.claims.map((c) => ({ ...c, included: c.status === "REVIEWED" }));
    b.links[1] = { ...b.links[1]!, to: { ...b.links[1]!.to, included: false } };
    const reviewed = selectMaterial(b, rulesFor("w3c", true));
    expect(reviewed.claims.map((c) => c.id)).toEqual(["c-count"]);
    expect(reviewed.spans.map((s) => s.id).sort()).toEqual(["s-rockets", "s-speaker"]);
    expect(reviewed.links.map((l) => l.state)).toEqual([]);
    expect(reviewed.translations).toEqual([]);
    expect(selectMaterial({ ...b, status: "DONE" }, rulesFor("w3c", true)).spans).toHaveLength(5);
  });
});
