/**
 * The real-report conventions (fixtures/reports/README.md, "Conventions"), each with sentences
 * written for these tests: one toll per casualty phrase summed over its victim groups, breakdowns
 * and combined killed-and-injured numbers not tolls, wounded counted by their state as people,
 * zeros of the kinds their words name, and single munitions counted only when they fall or act.
 */
import { describe, expect, it } from "vitest";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";

const run = (text: string) => runEngine(text, "2022-05-10");
const casualties = (text: string) => casualtiesIn(run(text));
const counts = (text: string) => countsIn(run(text));

describe("one toll per casualty phrase, summed over its victim groups", () => {
  it.each([
    ["وأسفر القصف عن إصابة ثلاثة حراس أمريكيين وجنديين من الجيش العراقي.", { injured: n(5) }],
    ["وأعلن الجيش مقتل جنديين فرنسيين وثلاثة جنود عراقيين في الكمين.", { killed: n(5) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
  });
});

describe("a breakdown is not a toll of its own", () => {
  it("reads «بينهم» parts into the toll even when they add up to it", () => {
    expect(casualties("وأسفرت الغارة عن مقتل 30 مسلحاً بينهم 18 أجنبياً و12 من المقاتلين المحليين.")).toMatchObject([
      { killed: n(30) },
    ]);
  });
});

describe("one number for killed and injured together is not a figure", () => {
  it.each([
    "قتل وأصيب العشرات في انفجار سيارة مفخخة وسط المدينة.",
    "وأسفر الهجوم عن مقتل وإصابة العشرات من المارة.",
    "عشرات القتلى والجرحى في قصف طال سوق الخضار.",
    "استشهد واُصيب أكثر من أربعين شخصاً جراء انفجار استهدف المسجد.",
  ])("%s", (text) => {
    expect(casualties(text)).toEqual([]);
  });

  it("keeps a vague toll of one kind", () => {
    expect(casualties("وأودى الانفجار بحياة العشرات في الحي القديم.")).toMatchObject([
      { killed: { qualifier: "range", min: 20, max: 99 } },
    ]);
  });
});

describe("wounded counted by what is done to them or their state are counted people", () => {
  it.each([
    ["وأقلعت الطائرة وعلى متنها 14 من الجرحى نحو عمّان.", 14],
    ["وقال الوزير إن 75 جريحا لا يزالون في العناية المركزة.", 75],
  ])("%s", (text, value) => {
    expect(casualties(text)).toEqual([]);
    expect(counts(text)).toMatchObject([{ value: n(value) }]);
  });

  it("keeps a toll whose casualty word comes before the wounded", () => {
    expect(casualties("وأسفر الانفجار عن سقوط 20 من الجرحى.")).toMatchObject([{ injured: n(20) }]);
  });
});

describe("single munitions", () => {
  it("does not count the weapon of an attack", () => {
    expect(counts("واستهدف المسلحون منزل القاضي بطائرة مسيرة ليلاً.")).toEqual([]);
    expect(counts("وتبنت الجماعة الهجوم بصاروخ وطائرة مسيرة على المعسكر.")).toEqual([]);
    expect(counts("وتواصلت الهجمات باستخدام طائرة مسيرة محملة بالمتفجرات.")).toEqual([]);
  });

  it("counts one munition that falls, with «واحد» or «على الأقل»", () => {
    expect(counts("وسقط صاروخ على الأقل قرب محطة الكهرباء.")).toMatchObject([{ value: n(1, "at_least") }]);
    expect(counts("وقال الضابط إن صاروخا واحدا على الأقل سقط داخل المعسكر.")).toMatchObject([
      { value: n(1, "at_least") },
    ]);
  });
});
