/**
 * Incident and relation classes a fresh batch of real reports showed, each tested with sentences
 * written for these tests: places of Iran and Egypt the gazetteer lacked (a name in quotation marks
 * too), an attack recalled by a past month («في نهاية مارس 2018»، «في شهر ديسمبر من العام الماضي»),
 * a figure said before the news («بعد أن أكدت … مقتل 24»), a lead that says the toll rose, and a
 * vague later toll («عشرات الجرحى») that does not lower an earlier exact one.
 */
import { describe, expect, it } from "vitest";
import { reconcile, type TReportArticle } from "./reconcile";
import { casualtyFeatures, casualtyOn, exactly, relationBetween } from "./testing";

const dozens = { qualifier: "range", min: 20, max: 99 };

describe("places of Iran and Egypt", () => {
  it.each([
    ["قتل 9 أشخاص في هجوم على حافلة في مدينة “الأهواز” جنوب البلاد.", "9 أشخاص", "ahvaz"],
    ["قتل 9 أشخاص في هجوم على حافلة في الأحواز.", "9 أشخاص", "ahvaz"],
    ["قتل 9 أشخاص في انفجار قرب محطة القطار في طنطا.", "9 أشخاص", "tanta"],
    ["قتل 9 أشخاص في انفجار بمحافظة الغربية شمال القاهرة.", "9 أشخاص", "gharbia"],
  ])("%s", (text, quote, place) => {
    expect(casualtyFeatures(text, "2019-02-01", quote, { killed: exactly(9), victims: "" }).places).toEqual([place]);
  });

  it("does not take «الغربية» as an adjective for the Gharbia province", () => {
    const text = "قتل 9 جنود في قصف على الحدود الغربية للبلاد.";
    expect(casualtyFeatures(text, "2019-02-01", "9 جنود", { killed: exactly(9), victims: "" }).places).toEqual([]);
  });
});

describe("an attack recalled by a month before the report's", () => {
  it.each([
    [
      "قتل 6 أشخاص في تفجير سوق بلدة الكرامة اليوم. ويأتي التفجير بعد هجوم في نهاية مارس 2018 على السوق نفسه أسفر عن مقتل 3 أشخاص.",
      "مقتل 3 أشخاص",
      "2018-03-28",
    ],
    [
      "قتل 6 أشخاص في تفجير سوق بلدة الكرامة اليوم. يذكر أن تفجيرا آخر أودى بحياة 11 شخصا في شهر أغسطس من العام الماضي.",
      "11 شخصا",
      "2018-08-15",
    ],
  ])("dates «%s» in that month", (text, quote, day) => {
    expect(casualtyFeatures(text, "2019-01-20", quote, { killed: exactly(3), victims: "" }).date).toBe(day);
  });

  it("leaves the report's own toll on its own day, and a month of this year's report alone", () => {
    const text = "قتل 6 أشخاص في تفجير سوق بلدة الكرامة اليوم. وقال مسؤول إن 6 قتلوا في التفجير الذي وقع صباح اليوم.";
    expect(casualtyFeatures(text, "2019-01-20", "6 أشخاص", { killed: exactly(6), victims: "" }).date).toBe(
      "2019-01-20",
    );
    const thisMonth = "قتل 6 أشخاص في تفجير سوق البلدة. وكان السوق قد شهد في يناير 2019 تفجيرا قتل فيه 4.";
    expect(casualtyFeatures(thisMonth, "2019-01-20", "4", { killed: exactly(4), victims: "" }).date).not.toBe(
      "2019-01-15",
    );
  });

  it("does not relate the recalled toll to the report's own", () => {
    const article: TReportArticle = {
      id: "r",
      publishedAt: "2019-01-20",
      text: "قتل 6 أشخاص في تفجير سوق البلدة بمدينة الرمادي اليوم بحسب الشرطة. ويأتي ذلك بعد تفجير في نهاية مارس 2018 في الرمادي أسفر عن مقتل 3 أشخاص.",
    };
    const { relations } = reconcile(
      [article],
      [
        casualtyOn(article, "now", "قتل 6 أشخاص", { killed: exactly(6), victims: "" }, "الشرطة"),
        casualtyOn(article, "then", "مقتل 3 أشخاص", { killed: exactly(3), victims: "" }),
      ],
    );
    expect(relationBetween(relations, "now", "then")).toBeUndefined();
  });
});

describe("a figure said before the sentence's news", () => {
  const text =
    "وأعلن النائب ارتفاع حصيلة الهجوم على الحافلة في الرمادي إلى 29 قتيلا، وذلك بعد أن أكدت الوكالة الرسمية، نقلا عن مصدر، مقتل 24 شخصا.";
  it("marks the figure after «بعد أن أكدت» as the earlier one, not the one before it", () => {
    expect(casualtyFeatures(text, "2018-09-23", "مقتل 24 شخصا", { killed: exactly(24), victims: "" }).earlier).toBe(
      true,
    );
    expect(casualtyFeatures(text, "2018-09-23", "29 قتيلا", { killed: exactly(29), victims: "" }).earlier).toBe(false);
  });

  it("reads the pair as an update, the earlier first", () => {
    const article: TReportArticle = { id: "r", publishedAt: "2018-09-23", text };
    const { relations } = reconcile(
      [article],
      [
        casualtyOn(article, "new", "29 قتيلا", { killed: exactly(29), victims: "" }, "النائب"),
        casualtyOn(article, "old", "مقتل 24 شخصا", { killed: exactly(24), victims: "" }, "مصدر"),
      ],
    );
    expect(relationBetween(relations, "new", "old")).toMatchObject({
      fromClaimId: "old",
      toClaimId: "new",
      relation: "UPDATES",
    });
  });
});

describe("a lead that says the toll rose", () => {
  it("makes the report's tolls raised totals, to be read after the same day's lower ones", () => {
    const text =
      "ارتفعت حصيلة ضحايا التفجير في سوق الرمادي إلى 26 قتيلا. وأعلنت مديرية الصحة مقتل 26 شخصا وإصابة 71 آخرين.";
    expect(
      casualtyFeatures(text, "2017-04-09", "مقتل 26 شخصا وإصابة 71 آخرين", {
        killed: exactly(26),
        injured: exactly(71),
        victims: "",
      }).raised,
    ).toBe(true);
  });

  it("leaves two sources of one such report side by side", () => {
    const article: TReportArticle = {
      id: "r",
      publishedAt: "2021-08-26",
      text: "ارتفعت حصيلة ضحايا التفجير في سوق الرمادي إلى 40 قتيلا. وقالت مديرية الصحة إن التفجير خلف 100 جريح. وقال مراسل إن 120 جريحا على الأقل نقلوا إلى المستشفيات.",
    };
    const { relations } = reconcile(
      [article],
      [
        casualtyOn(article, "a", "100 جريح", { injured: exactly(100), victims: "" }, "مديرية الصحة"),
        casualtyOn(
          article,
          "b",
          "120 جريحا على الأقل",
          { injured: { qualifier: "at_least", value: 120 }, victims: "" },
          "مراسل",
        ),
      ],
    );
    expect(relationBetween(relations, "a", "b")?.relation).toBe("CONTRADICTS");
  });
});

describe("a vague later toll does not lower an earlier exact one", () => {
  it("reads first reports' 15 killed and 42 injured, then 25 killed and dozens injured, as an update", () => {
    const article: TReportArticle = {
      id: "r",
      publishedAt: "2017-04-09",
      text: "قالت مصادر إن التفجير في سوق الرمادي أسفر عن مقتل 25 شخصا وإصابة العشرات. وكانت أنباء أولية تحدثت عن وقوع 15 قتيلا و42 مصابا في التفجير.",
    };
    const { relations } = reconcile(
      [article],
      [
        casualtyOn(
          article,
          "now",
          "مقتل 25 شخصا وإصابة العشرات",
          { killed: exactly(25), injured: dozens, victims: "" },
          "مصادر",
        ),
        casualtyOn(article, "first", "15 قتيلا و42 مصابا", { killed: exactly(15), injured: exactly(42), victims: "" }),
      ],
    );
    expect(relationBetween(relations, "now", "first")).toMatchObject({
      fromClaimId: "first",
      toClaimId: "now",
      relation: "UPDATES",
    });
  });
});

describe("a new toll named after the figure", () => {
  it("reads «…، وفق حصيلة جديدة أوردها المرصد» as a raised total", () => {
    const text = "قتل 20 شخصاً في تفجير سوق الرمادي، وفق حصيلة جديدة أوردها المرصد.";
    expect(casualtyFeatures(text, "2019-01-16", "قتل 20 شخصاً", { killed: exactly(20), victims: "" }).raised).toBe(true);
    const first = "قتل 20 شخصاً في تفجير سوق الرمادي، وفق المرصد.";
    expect(casualtyFeatures(first, "2019-01-16", "قتل 20 شخصاً", { killed: exactly(20), victims: "" }).raised).toBe(
      false,
    );
  });
});

describe("a rise belongs to the figure it raises", () => {
  it("does not make the next figure of the sentence a raised total", () => {
    const text = "وأفادت الوكالة بأن عدد الجرحى وصل إلى 20 شخصا، وأضافت أن أربعة من المسلحين قتلوا في الاشتباك.";
    expect(
      casualtyFeatures(text, "2018-09-22", "أربعة من المسلحين قتلوا", { killed: exactly(4), victims: "" }).raised,
    ).toBe(false);
    expect(casualtyFeatures(text, "2018-09-22", "20 شخصا", { injured: exactly(20), victims: "" }).raised).toBe(true);
  });
});

describe("attacks recalled as «last year's» (sentences of our own)", () => {
  it("dates «هجومين وقعا العام الماضي» a year before the report and keeps it apart", () => {
    const text =
      "ارتفع عدد قتلى الغارة على معسكر في المدينة أمس إلى 43. وقالت الوزارة إنها استهدفت قياديا تحمله السلطات المسؤولية عن هجومين وقعا العام الماضي مما أسفر عن مقتل عشرات السياح.";
    const f = casualtyFeatures(text, "2016-02-20", "مقتل عشرات السياح", { killed: dozens, victims: "" });
    expect(f.date).toBe("2015-02-20");
    expect(f.aside).toBe(true);
  });
});
