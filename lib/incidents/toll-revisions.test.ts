import { describe, expect, it } from "vitest";
import { sharesInstitution } from "../links/relate-claims";
import { reconcile, sourceKey, type TReportArticle } from "./reconcile";
import { casualtyFeatures, casualtyOn, exactly } from "./testing";

describe("toll features", () => {
  it("dates an incident recalled «قبل ثلاث سنوات» that far back, not on the report's day", () => {
    const text =
      "قتل 12 شخصاً في انفجار سيارة مفخخة في مدينة الصدر صباح اليوم. وكان السوق نفسه قد شهد تفجيراً وقع قبل ثلاث سنوات وأودى بحياة 40 شخصاً.";
    const f = casualtyFeatures(text, "2021-05-10", "40 شخصاً", { killed: exactly(40), victims: "شخصاً" });
    expect(f.date?.slice(0, 4)).toBe("2018");
    expect(f.raised).toBe(false);
  });

  it("does not read a circumstance with «كان» («حشداً كان يحضر عزاء») as an earlier figure", () => {
    const text = "قتل 82 شخصا في غارات أصابت حشدا كان يحضر عزاء في صنعاء، في حصيلة أولية أعلنها المتمردون.";
    const f = casualtyFeatures(text, "2016-10-08", "82 شخصا", { killed: exactly(82), victims: "شخصا" });
    expect(f.earlier).toBe(false);
    expect(f.provisional).toBe(true);
    const recalled = "وكان الوزير قد أعلن مقتل 82 شخصا.";
    expect(casualtyFeatures(recalled, "2016-10-08", "82 شخصا", { killed: exactly(82), victims: "شخصا" }).earlier).toBe(
      true,
    );
  });

  it("reads a lead announcing «آخر حصيلة» as a raised total", () => {
    const text =
      "أعلنت مديرية الصحة آخر حصيلة لضحايا الانفجار في عدن.\nوقالت المديرية إن المستشفيات استقبلت 20 قتيلاً و45 جريحاً.";
    const f = casualtyFeatures(text, "2020-12-30", "20 قتيلاً و45 جريحاً", {
      killed: exactly(20),
      injured: exactly(45),
      victims: "",
    });
    expect(f.raised).toBe(true);
  });
});

describe("tolls counted up through one day", () => {
  const morning: TReportArticle = {
    id: "r1",
    publishedAt: "2022-06-02",
    text: "قصفت طائرات مسيرة بلدة كويسنجق في أربيل اليوم. وقال مدير صحة أربيل إن القصف أدى إلى مقتل شخصين وإصابة 6 آخرين.",
  };
  const evening: TReportArticle = {
    id: "r2",
    publishedAt: "2022-06-02",
    text: "قصفت طائرات مسيرة بلدة كويسنجق في أربيل اليوم. وأعلنت دائرة صحة أربيل مقتل شخصين وإصابة 9 آخرين. وقال رئيس البلدية إن القصف أسفر عن مقتل 3 أشخاص وإصابة 5 بجروح.",
  };
  const claims = [
    casualtyOn(
      morning,
      "m1",
      "مقتل شخصين وإصابة 6 آخرين",
      { killed: exactly(2), injured: exactly(6), victims: "" },
      "مدير صحة أربيل",
    ),
    casualtyOn(
      evening,
      "e1",
      "مقتل شخصين وإصابة 9 آخرين",
      { killed: exactly(2), injured: exactly(9), victims: "" },
      "دائرة صحة أربيل",
    ),
    casualtyOn(
      evening,
      "e2",
      "مقتل 3 أشخاص وإصابة 5 بجروح",
      { killed: exactly(3), injured: exactly(5), victims: "" },
      "رئيس البلدية",
    ),
  ];
  const { relations } = reconcile([evening, morning], claims);
  const between = (x: string, y: string) =>
    relations.find((r) => (r.fromClaimId === x && r.toClaimId === y) || (r.fromClaimId === y && r.toClaimId === x));

  it("reads one institution's higher figure the same day as its revision, lower first", () => {
    expect(between("m1", "e1")).toMatchObject({
      fromClaimId: "m1",
      toClaimId: "e1",
      relation: "UPDATES",
      code: "toll_revised",
    });
  });

  it("still reads another source's figure of the same day, higher in one role and lower in the other, as a contradiction", () => {
    expect(between("m1", "e2")).toMatchObject({ relation: "CONTRADICTS" });
  });

  it("tells one institution from sources sharing only generic words", () => {
    expect(sharesInstitution(sourceKey("وزير الصحة في الإقليم"), sourceKey("وزارة الصحة"))).toBe(true);
    expect(sharesInstitution(sourceKey("مصدر أمني"), sourceKey("مصادر أمنية عراقية"))).toBe(false);
    expect(sharesInstitution(sourceKey("وزارة الدفاع"), sourceKey("وزارة الصحة"))).toBe(false);
  });
});

describe("two raised totals of one day", () => {
  const a: TReportArticle = {
    id: "a",
    publishedAt: "2021-03-01",
    text: "ارتفعت حصيلة التفجير في مدينة الصدر ببغداد إلى 30 قتيلاً و50 جريحاً بحسب مصدر أمني.",
  };
  const b: TReportArticle = {
    id: "b",
    publishedAt: "2021-03-01",
    text: "ارتفع عدد ضحايا التفجير في مدينة الصدر ببغداد إلى 34 قتيلاً و61 جريحاً وفق وكالة الأنباء.",
  };
  it("orders them by size: the lower total came first and the higher updates it", () => {
    const claims = [
      casualtyOn(
        b,
        "b1",
        "34 قتيلاً و61 جريحاً",
        { killed: exactly(34), injured: exactly(61), victims: "" },
        "وكالة الأنباء",
      ),
      casualtyOn(
        a,
        "a1",
        "30 قتيلاً و50 جريحاً",
        { killed: exactly(30), injured: exactly(50), victims: "" },
        "مصدر أمني",
      ),
    ];
    const { relations } = reconcile([b, a], claims);
    expect(relations).toEqual([
      expect.objectContaining({ fromClaimId: "a1", toClaimId: "b1", relation: "UPDATES", code: "toll_update" }),
    ]);
  });
});

describe("a floor given while the count was open, raised the same day", () => {
  const early: TReportArticle = {
    id: "f1",
    publishedAt: "2021-08-26",
    text: "وقع انفجار قرب مطار كابول اليوم. وقال مسؤول محلي إن الانفجار أدى إلى مقتل ما لا يقل عن 13 شخصا.",
  };
  const late: TReportArticle = {
    id: "f2",
    publishedAt: "2021-08-26",
    text: "وقع انفجار قرب مطار كابول اليوم. وقالت وزارة الصحة إن الانفجار أدى إلى مقتل أكثر من 40 شخصا.",
  };
  const near: TReportArticle = {
    id: "f3",
    publishedAt: "2021-08-26",
    text: "وقع انفجار قرب مطار كابول اليوم. وقال شاهد إن الانفجار أدى إلى مقتل 15 شخصا.",
  };
  const claims = [
    casualtyOn(
      early,
      "low",
      "مقتل ما لا يقل عن 13 شخصا",
      { killed: { qualifier: "at_least", value: 13 }, victims: "شخصا" },
      "مسؤول محلي",
    ),
    casualtyOn(
      late,
      "high",
      "مقتل أكثر من 40 شخصا",
      { killed: { qualifier: "more_than", value: 40 }, victims: "شخصا" },
      "وزارة الصحة",
    ),
    casualtyOn(near, "near", "مقتل 15 شخصا", { killed: exactly(15), victims: "شخصا" }, "شاهد"),
  ];
  const { relations } = reconcile([early, late, near], claims);
  const between = (x: string, y: string) =>
    relations.find((r) => (r.fromClaimId === x && r.toClaimId === y) || (r.fromClaimId === y && r.toClaimId === x));

  it("reads a much higher figure as the update of the open floor, lower first", () => {
    expect(between("low", "high")).toMatchObject({ fromClaimId: "low", toClaimId: "high", relation: "UPDATES" });
  });

  it("keeps a figure near the floor as agreeing with it", () => {
    expect(between("low", "near")).toMatchObject({ relation: "AGREES" });
  });
});

describe("a toll said to be open, and one told later in the report", () => {
  const first: TReportArticle = {
    id: "first",
    publishedAt: "2013-08-23",
    text: "قتل 12 شخصا وأصيب 24 آخرون في انفجارين استهدفا مسجدين في مدينة جبيل اليوم، في حصيلة أولية للتفجيرين.",
  };
  const second: TReportArticle = {
    id: "second",
    publishedAt: "2013-08-23",
    text: "أعلن وزير الصحة أن 27 شخصا قتلوا وأصيب 352 آخرون في انفجارين استهدفا مسجدين في مدينة جبيل اليوم.",
  };
  const closed: TReportArticle = {
    ...first,
    text: "قتل 12 شخصا وأصيب 24 آخرون في انفجارين استهدفا مسجدين في مدينة جبيل اليوم، بحسب مصادر أمنية.",
  };
  const claimsOf = (a: TReportArticle) => [
    casualtyOn(a, "low", "12 شخصا وأصيب 24", { killed: exactly(12), injured: exactly(24), victims: "شخصا" }),
    casualtyOn(second, "high", "27 شخصا قتلوا وأصيب 352", {
      killed: exactly(27),
      injured: exactly(352),
      victims: "شخصا",
    }),
  ];

  it("reads «في حصيلة أولية» after a toll as open, and not a toll far before it in a run-on sentence", () => {
    const f = casualtyFeatures(first.text, "2013-08-23", "12 شخصا وأصيب 24", {
      killed: exactly(12),
      injured: exactly(24),
      victims: "شخصا",
    });
    expect(f.provisional).toBe(true);
    const long = `قتل 12 شخصا وأصيب 24 آخرون في انفجارين استهدفا مسجدين في مدينة جبيل اليوم وقالت مصادر أمنية وطبية إن الانفجار الذي وقع قرب المسجد الكبير في وسط المدينة خلف 30 قتيلا وفق حصيلة غير نهائية.`;
    const g = casualtyFeatures(long, "2013-08-23", "12 شخصا وأصيب 24", {
      killed: exactly(12),
      injured: exactly(24),
      victims: "شخصا",
    });
    expect(g.provisional).toBeUndefined();
  });

  it("has a higher toll of the same day update an open one", () => {
    const { relations } = reconcile([first, second], claimsOf(first));
    const r = relations.find((x) => [x.fromClaimId, x.toClaimId].sort().join() === "high,low");
    expect(r).toMatchObject({ fromClaimId: "low", toClaimId: "high", relation: "UPDATES" });
  });

  it("has a toll of the same day from another source, far higher in one role and lower in none, update the lower", () => {
    const { relations } = reconcile([closed, second], claimsOf(closed));
    const r = relations.find((x) => [x.fromClaimId, x.toClaimId].sort().join() === "high,low");
    expect(r).toMatchObject({ fromClaimId: "low", toClaimId: "high", relation: "UPDATES" });
  });

  // Two near tolls, neither said to be open; far more injured beside nearly the same dead.
  it.each([
    ["two near tolls", 25],
    ["far more injured beside nearly the same dead", 60],
  ])("leaves %s of one day from another source contradicting", (_, injured) => {
    const other: TReportArticle = {
      ...second,
      text: `أعلن وزير الصحة أن 13 شخصا قتلوا وأصيب ${injured} آخرون في انفجارين استهدفا مسجدين في مدينة جبيل اليوم.`,
    };
    const claims = [
      claimsOf(closed)[0]!,
      casualtyOn(other, "high", `13 شخصا قتلوا وأصيب ${injured}`, {
        killed: exactly(13),
        injured: exactly(injured),
        victims: "شخصا",
      }),
    ];
    const { relations } = reconcile([closed, other], claims);
    const r = relations.find((x) => [x.fromClaimId, x.toClaimId].sort().join() === "high,low");
    expect(r?.relation).toBe("CONTRADICTS");
  });

  it("has a toll told «ولاحقاً» in the same report update the one before it", () => {
    const report: TReportArticle = {
      id: "one",
      publishedAt: "2013-08-23",
      text: "قتل 12 شخصا وأصيب 24 آخرون في انفجارين في مدينة جبيل اليوم، بحسب الوكالة. ولاحقا أفادت قناة محلية بمقتل 27 شخصا وإصابة 358.",
    };
    const { relations } = reconcile(
      [report],
      [
        casualtyOn(
          report,
          "a",
          "12 شخصا وأصيب 24",
          { killed: exactly(12), injured: exactly(24), victims: "شخصا" },
          "الوكالة",
        ),
        casualtyOn(
          report,
          "b",
          "مقتل 27 شخصا وإصابة 358",
          { killed: exactly(27), injured: exactly(358), victims: "شخصا" },
          "قناة محلية",
        ),
      ],
    );
    expect(relations.find((x) => [x.fromClaimId, x.toClaimId].sort().join() === "a,b")).toMatchObject({
      fromClaimId: "a",
      relation: "UPDATES",
    });
  });
});

describe("a vague figure beside a role that rose", () => {
  it("has «53 قتيلاً وعشرات الجرحى» the next day update «35 قتيلاً وأكثر من 237 جريحاً»", () => {
    const first: TReportArticle = {
      id: "first",
      publishedAt: "2013-02-21",
      text: "قتل 35 شخصا وأصيب أكثر من 237 آخرين في انفجار سيارة مفخخة في مدينة دوما اليوم.",
    };
    const next: TReportArticle = {
      id: "next",
      publishedAt: "2013-02-22",
      text: "ارتفعت حصيلة انفجار السيارة المفخخة في مدينة دوما إلى 53 قتيلا وعشرات الجرحى.",
    };
    const { relations } = reconcile(
      [first, next],
      [
        casualtyOn(
          first,
          "a",
          "قتل 35 شخصا وأصيب أكثر من 237",
          { killed: exactly(35), injured: { qualifier: "more_than", value: 237 }, victims: "شخصا" },
          "",
        ),
        casualtyOn(
          next,
          "b",
          "53 قتيلا وعشرات الجرحى",
          { killed: exactly(53), injured: { qualifier: "range", min: 20, max: 99 }, victims: "قتيلا" },
          "",
        ),
      ],
    );
    expect(relations.find((x) => [x.fromClaimId, x.toClaimId].sort().join() === "a,b")).toMatchObject({
      fromClaimId: "a",
      relation: "UPDATES",
    });
  });
});
