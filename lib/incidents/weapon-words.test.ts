import { describe, expect, it } from "vitest";
import { articleContext, claimFeatures } from "./features";

function weaponsIn(text: string): string[] {
  const ctx = articleContext(text, "2021-06-01");
  const quote = "أصيب جنديان";
  const start = text.indexOf(quote);
  return claimFeatures(ctx, {
    start,
    end: start + quote.length,
    kind: "CASUALTY",
    figures: { injured: { qualifier: "exactly", value: 2 }, victims: "جنديان" },
  }).weapons;
}

describe("weapons by their other names", () => {
  it("reads a ballistic missile however «الباليستي» is folded", () => {
    expect(weaponsIn("أصيب جنديان في هجوم بصاروخ باليستي على قاعدة التاجي.")).toEqual(["missile"]);
    expect(weaponsIn("أصيب جنديان بعد سقوط صواريخ بالستية على قاعدة التاجي.")).toEqual(["missile"]);
  });

  it("reads a booby-trapped aircraft as a drone and a sticky bomb as an IED", () => {
    expect(weaponsIn("أصيب جنديان بهجوم بطائرة مفخخة على قاعدة التاجي.")).toEqual(["drone"]);
    expect(weaponsIn("أصيب جنديان بانفجار عبوة لاصقة على عجلتهم قرب قاعدة التاجي.")).toEqual(["ied"]);
  });

  it("keeps Katyusha rockets rockets", () => {
    expect(weaponsIn("أصيب جنديان بسقوط صواريخ كاتيوشا على قاعدة التاجي.")).toEqual(["rocket"]);
  });
});
