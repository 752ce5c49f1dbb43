/**
 * Speaker and source classes left on the development part of the real reports, each tested with
 * sentences written for these tests (never the reports' own words).
 */
import { describe, expect, it } from "vitest";
import { sourceTypeOf } from "./sources";
import { suggestArticle } from "./suggest-article";
import type { TProposal } from "./types";

function run(text: string): TProposal[] {
  return suggestArticle({ text, publishedAt: "2022-05-10" });
}
function figureSources(text: string): Array<{ figure: string; source: string; type: string }> {
  return run(text)
    .filter((p) => p.kind === "CASUALTY" || p.kind === "COUNT")
    .map((p) => ({ figure: p.range.text, source: p.source?.text ?? "", type: p.source?.type ?? "MEDIA" }));
}

describe("source types: what the words of a source say it is", () => {
  it.each([
    ["مسؤول إعلام بلدية الحلة سعد كاظم", true, "OFFICIAL"],
    ["مدير الإعلام في شرطة البصرة", false, "OFFICIAL"],
    ["مسؤولة إعلام المستشفى", true, "LOCAL"],
    ["وزارة الإعلام السورية", false, "OFFICIAL"],
  ])("a press officer or an institution whose title holds «إعلام» is no outlet: %s", (text, anonymous, type) => {
    expect(sourceTypeOf(text, anonymous)).toBe(type);
  });

  it.each([
    ["الوكالة", "MEDIA"],
    ["والوكالة", "MEDIA"],
    ["وكالات الأنباء", "MEDIA"],
    ["وسائل إعلام تركية", "MEDIA"],
    ["المواقع الإخبارية", "MEDIA"],
    ["مواقع إخبارية كردية", "MEDIA"],
    ["الصحف اللبنانية", "MEDIA"],
    ["التقارير الصحفية", "MEDIA"],
    ["الوزارة", "OFFICIAL"],
    ["وزير الدفاع", "OFFICIAL"],
  ])("an outlet written with a و of its own, in the plural or as a noun with a media adjective: %s", (text, type) => {
    expect(sourceTypeOf(text, false)).toBe(type);
  });

  it("officials who do not give their names, in the construct plural, are anonymous", () => {
    expect(sourceTypeOf("مسؤولو أمن أتراك", false)).toBe("ANONYMOUS");
    expect(sourceTypeOf("مسؤولو الدفاع المدني", false)).toBe("ANONYMOUS");
  });

  it("carries the type to the figures the source reports", () => {
    expect(figureSources("وقال مسؤول إعلام قضاء الخالص أحمد ناجي إن ثلاثة صواريخ سقطت قرب المعسكر.")).toMatchObject([{ figure: "ثلاثة صواريخ", type: "OFFICIAL" }]);
    expect(figureSources("وذكرت المواقع الإخبارية أن أربعة صواريخ سقطت قرب المعسكر.")).toMatchObject([{ figure: "أربعة صواريخ", type: "MEDIA" }]);
  });
});
