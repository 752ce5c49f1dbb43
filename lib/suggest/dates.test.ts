import { describe, expect, it } from "vitest";
import { findDates, resolveDayMonth, resolveWeekday } from "./dates";
import { buildTextModel } from "./text-model";

const dates = (text: string, published: string | null) =>
  findDates(buildTextModel(text), published).map((d) => [text.slice(d.start, d.end), d.date]);

describe("resolveWeekday", () => {
  it.each([
    // Saturday 9 Dec 2023: Friday is the day before, Saturday is the same day.
    ["2023-12-09", 5, "last", "2023-12-08"],
    ["2023-12-09", 6, "last", "2023-12-09"],
    ["2023-12-09", 6, "previous", "2023-12-02"],
    ["2023-12-09", 0, "next", "2023-12-10"],
    ["2020-01-02", 2, "last", "2019-12-31"],
  ] as const)("%s, weekday %i (%s) → %s", (published, weekday, direction, expected) => {
    expect(resolveWeekday(published, weekday, direction)).toBe(expected);
  });
});

describe("resolveDayMonth", () => {
  it("takes the latest such day on or before publication", () => {
    expect(resolveDayMonth("2023-12-09", 10, 17)).toBe("2023-10-17");
    expect(resolveDayMonth("2024-01-24", 12, 25)).toBe("2023-12-25");
    expect(resolveDayMonth("2023-03-01", 2, 29)).toBe(null);
  });
});

describe("findDates", () => {
  it.each([
    ["يوم السبت 9 ديسمبر/كانون الأول 2023", "2023-12-20", [["السبت 9 ديسمبر/كانون الأول 2023", "2023-12-09"]]],
    ["منذ 17 تشرين الأول/أكتوبر", "2023-12-11", [["17 تشرين الأول/أكتوبر", "2023-10-17"]]],
    ["في ٧ تشرين الأول/أكتوبر", "2023-12-11", [["٧ تشرين الأول/أكتوبر", "2023-10-07"]]],
    ["أمس الجمعة", "2023-12-09", [["أمس الجمعة", "2023-12-08"]]],
    ["فجر اليوم الأربعاء", "2024-01-24", [["اليوم الأربعاء", "2024-01-24"]]],
    // A wire report carried two days later keeps the day in brackets.
    ["قتل 15 مدنيا اليوم (السبت) في انفجار", "2019-11-18", [["السبت", "2019-11-16"]]],
    ["كما نقلت القناة اليوم /السبت/ عن ناشطين", "2019-11-25", [["السبت", "2019-11-23"]]],
    ["والخميس انتشرت", "2020-01-02", [["الخميس", "2020-01-02"]]],
    ["وفي اليوم نفسه", "2020-01-02", []],
    ["إصابة اثنين آخرين", "2020-01-02", []],
    ["April 21, 2024", "2024-04-22", [["April 21, 2024", "2024-04-21"]]],
    ["منذ منتصف أكتوبر/تشرين الأول", "2023-12-09", []],
    ["في 2014", "2023-12-09", []],
    // Maghrebi month names.
    ["مساء الأحد 13 نونبر 2022", "2022-11-14", [["الأحد 13 نونبر 2022", "2022-11-13"]]],
    ["يوم 17 جانفي الماضي", "2023-02-01", [["17 جانفي", "2023-01-17"]]],
  ] as const)("%s", (text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it("leaves weekdays unresolved without a publication date, but keeps full dates", () => {
    expect(dates("الجمعة 8 ديسمبر 2023 والسبت", null)).toEqual([["الجمعة 8 ديسمبر 2023", "2023-12-08"]]);
  });
});
