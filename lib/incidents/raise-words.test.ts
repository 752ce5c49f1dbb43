import { describe, expect, it } from "vitest";
import { articleContext, claimFeatures } from "./features";

function raised(text: string, quote: string, killed: number): boolean {
  const ctx = articleContext(text, "2022-10-03");
  const start = text.indexOf(quote);
  return claimFeatures(ctx, {
    start,
    end: start + quote.length,
    kind: "CASUALTY",
    figures: { killed: { qualifier: "exactly", value: killed }, victims: "" },
  }).raised;
}

describe("a toll told as raised", () => {
  it("reads «لتصل», «قفز» and «تجاوز» as a raised total", () => {
    expect(raised("توفي جريحان متأثرين بجروحهما لتصل حصيلة قتلى الانفجار في سوق البلدة إلى 12.", "إلى 12", 12)).toBe(
      true,
    );
    expect(raised("قفز عدد قتلى الانفجار في سوق البلدة إلى 12 شخصاً.", "12 شخصاً", 12)).toBe(true);
    expect(raised("تجاوز عدد قتلى الانفجار في سوق البلدة 12 شخصاً.", "12 شخصاً", 12)).toBe(true);
  });

  it("does not read a first toll as raised", () => {
    expect(raised("قتل 12 شخصاً في انفجار في سوق البلدة.", "12 شخصاً", 12)).toBe(false);
  });
});
