import { describe, expect, it } from "vitest";
import { articleContext, claimFeatures } from "./features";

/** The day of the happening read for a toll at the start of `text`, published on `publishedAt`. */
function dayOf(text: string, publishedAt: string): { date: string | null; source: string | null } {
  const ctx = articleContext(text, publishedAt);
  const quote = "جرح خمسة أشخاص";
  const start = text.indexOf(quote);
  const f = claimFeatures(ctx, {
    start,
    end: start + quote.length,
    kind: "CASUALTY",
    figures: { injured: { qualifier: "exactly", value: 5 }, victims: "أشخاص" },
  });
  return { date: f.date, source: f.dateSource };
}

describe("days before the report said in words", () => {
  it("reads «أول أمس» as the day before yesterday", () => {
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة أول أمس.", "2022-07-20")).toEqual({
      date: "2022-07-18",
      source: "relative",
    });
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة أول من أمس.", "2022-07-20").date).toBe("2022-07-18");
  });

  it("still reads «أمس» as yesterday", () => {
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة أمس.", "2022-07-20").date).toBe("2022-07-19");
  });

  it("reads «الليلة الماضية» as the night before the report", () => {
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة الليلة الماضية.", "2022-07-20").date).toBe("2022-07-19");
  });

  it("reads «قبل يومين» and «منذ ثلاثة أيام» as that many days before the report", () => {
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة قبل يومين.", "2022-07-20").date).toBe("2022-07-18");
    expect(dayOf("جرح خمسة أشخاص في قصف استهدف بلدة الكرامة منذ ثلاثة أيام.", "2022-07-20").date).toBe("2022-07-17");
  });

  it("leaves «قبل أيام» and a statement's day to the report's date", () => {
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة قبل أيام.", "2022-07-20").source).toBe("published");
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة، كما قال المحافظ قبل يومين.", "2022-07-20").source).toBe(
      "published",
    );
  });

  it("reads a day written in digits, day before month, in either order of the year", () => {
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة بتاريخ 9/7/2022.", "2022-07-20")).toEqual({
      date: "2022-07-09",
      source: "explicit",
    });
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة في 2022-07-09.", "2022-07-20").date).toBe("2022-07-09");
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة في ٩/٧/٢٠٢٢.", "2022-07-20").date).toBe("2022-07-09");
  });

  it("leaves out a number that is no day, or a day after the report", () => {
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة في 31/2/2022.", "2022-07-20").source).toBe("published");
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة، والتحقيق ينتهي في 1/9/2022.", "2022-07-20").source).toBe(
      "published",
    );
  });

  it("reads a day by its ordinal or its number in a month named or counted from the report's", () => {
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة في الحادي عشر من تموز.", "2022-07-20")).toEqual({
      date: "2022-07-11",
      source: "explicit",
    });
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة في الثالث والعشرين من الشهر الماضي.", "2022-07-20").date).toBe(
      "2022-06-23",
    );
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة في 9 من الشهر الجاري.", "2022-07-20").date).toBe("2022-07-09");
    expect(dayOf("جرح خمسة أشخاص في قصف على بلدة الكرامة في الخامس من كانون الأول.", "2022-07-20").date).toBe(
      "2021-12-05",
    );
  });

  it("leaves a day that dates an announcement to the report's date", () => {
    expect(
      dayOf("وفي الثامن من الشهر الجاري، أعلنت الوزارة أنه جرح خمسة أشخاص في القصف على بلدة الكرامة.", "2022-07-20")
        .source,
    ).toBe("published");
  });

  it("leaves a day from which a measure runs («اعتباراً من الاثنين») to the report's date", () => {
    expect(
      dayOf("تبدأ البلاد اعتباراً من الاثنين حداداً على من جرح خمسة أشخاص في الهجوم على بلدة الكرامة.", "2022-07-20")
        .source,
    ).toBe("published");
  });
});
