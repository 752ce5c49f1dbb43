import { describe, expect, it } from "vitest";
import { parseFigures } from "./figures";
import { prefillClaim } from "./prefill-claim";

describe("prefillClaim", () => {
  it.each([
    [
      "أدى إلى مقتل عنصر وإصابة اثنين آخرين",
      {
        kind: "CASUALTY",
        figures: { killed: { qualifier: "exactly", value: 1 }, injured: { qualifier: "exactly", value: 2 } },
      },
    ],
    ["أطلقت نحو سبع قذائف هاون على السفارة", { kind: "COUNT", figures: { value: { qualifier: "about", value: 7 } } }],
    [
      "استهدفت القوات الأمريكية ما لا يقل عن 84 مرة",
      { kind: "COUNT", figures: { value: { qualifier: "at_least", value: 84 } } },
    ],
    ["أكثر من 150 هجوماً", { kind: "COUNT", figures: { value: { qualifier: "more_than", value: 150 } } }],
  ])("reads %s", (text, expected) => {
    expect(prefillClaim(text)).toMatchObject(expected);
  });

  it("names the counted thing as written, and the result validates as claim figures", () => {
    const prefill = prefillClaim("أكثر من 150 هجوماً");
    expect(prefill.figures.thing).toBe("هجوماً");
    expect(() => parseFigures(prefill.kind, prefill.figures)).not.toThrow();
  });

  it("recognises a statement by its reporting verb", () => {
    expect(prefillClaim("وقال المسؤول العسكري الأميركي إن الهجوم لم يسفر عن أضرار")).toEqual({
      kind: "STATEMENT",
      figures: {},
    });
    expect(prefillClaim("وتوعدت الكتائب بمواصلة العمليات")).toEqual({ kind: "STATEMENT", figures: {} });
  });

  it("reads «no victims» as zero killed and injured", () => {
    expect(prefillClaim("وقال المسؤول إن الهجوم لم يسفر عن ضحايا")).toEqual({
      kind: "CASUALTY",
      figures: { killed: { qualifier: "exactly", value: 0 }, injured: { qualifier: "exactly", value: 0 } },
    });
  });

  it("falls back to other", () => {
    expect(prefillClaim("قاعدة عين الأسد الجوية")).toEqual({ kind: "OTHER", figures: {} });
  });
});
