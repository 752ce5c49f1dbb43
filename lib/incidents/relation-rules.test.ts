import { describe, expect, it } from "vitest";
import { articleContext, claimFeatures } from "./features";
import { reconcile, type TReportArticle, type TReportClaim } from "./reconcile";
import { claimOn, exactly } from "./testing";

function featuresOf(text: string, publishedAt: string, quote: string, kind: string, figures: Record<string, unknown>) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return claimFeatures(articleContext(text, publishedAt), { start, end: start + quote.length, kind, figures });
}

function relationsOf(articles: TReportArticle[], claims: TReportClaim[]) {
  const result = reconcile(articles, claims);
  const between = (x: string, y: string) =>
    result.relations.find((r) => [r.fromClaimId, r.toClaimId].sort().join() === [x, y].sort().join());
  return { ...result, between };
}

describe("the day of the happening against the day of the report", () => {
  it("reads a weekday after a toll's rise as the day of the new toll, not of the blast", () => {
    const text = "ارتفعت حصيلة ضحايا انفجار مخزن الوقود في الموصل، اليوم الخميس، إلى 14 قتيلاً.";
    const f = featuresOf(text, "2021-06-10", "14 قتيلاً", "CASUALTY", { killed: exactly(14), victims: "قتيلاً" });
    expect(f.reportedOn).toBe("2021-06-10");
    expect(f.dateSource).toBe("published");
  });

  it("reads a day right after the verb of rising as the day of the new toll («ارتفع صباح اليوم السبت إلى 54»)", () => {
    const text = "وقال عضو المجلس إن عدد قتلى الهجوم الانتحاري، ارتفع صباح اليوم السبت إلى 54 قتيلاً.";
    const f = featuresOf(text, "2016-07-09", "54 قتيلاً", "CASUALTY", { killed: exactly(54), victims: "قتيلاً" });
    expect(f.reportedOn).toBe("2016-07-09");
    expect(f.dateSource).not.toBe("relative");
  });

  it("keeps a day a verb of the happening names after the rise («الذي وقع أمس»)", () => {
    const text = "ارتفع عدد قتلى الهجوم الذي وقع أمس في الموصل إلى 9 أشخاص.";
    const f = featuresOf(text, "2021-06-10", "9 أشخاص", "CASUALTY", { killed: exactly(9), victims: "أشخاص" });
    expect(f.date).toBe("2021-06-09");
  });

  it("reads a happening «الأسبوع الماضي» as some days before the report, whatever day the sentence names", () => {
    const text = "وصلت اليوم الأحد إلى أنقرة طائرة تقل 12 من جرحى القصف الذي استهدف مطار الموصل الأسبوع الماضي.";
    const f = featuresOf(text, "2021-06-13", "12 من جرحى", "CASUALTY", { injured: exactly(12), victims: "جرحى" });
    expect(f.dateSource).toBe("recent");
  });
});

describe("days that are not the happening's", () => {
  it("reads «سوق الثلاثاء» as a market's name, not a Tuesday", () => {
    const text = "قُتل 50 شخصاً اليوم الخميس في تفجير استهدف مركز تدريب للشرطة بسوق الثلاثاء في زليتن.";
    const f = featuresOf(text, "2016-01-07", "50 شخصاً", "CASUALTY", { killed: exactly(50), victims: "شخصاً" });
    expect(f.date).toBe("2016-01-07");
  });

  it("reads the day of a speech («وأضاف في كلمة متلفزة اليوم السبت») as the report's, not the attack's", () => {
    const text =
      "قال الرئيس إن بلاده سترد بأقصى قوة على الهجوم الذي شنته الحركة على الجامعة، وأدى إلى مقتل 147 شخصاً، معظمهم من الطلاب. وأضاف في كلمة متلفزة اليوم السبت أن مكافحة الإرهاب أصبحت صعبة.";
    const f = featuresOf(text, "2015-04-04", "147 شخصاً", "CASUALTY", { killed: exactly(147), victims: "شخصاً" });
    expect(f.dateSource).toBe("published");
  });
});

describe("the lead's own toll", () => {
  it("does not read «تبعد 350 كلم من» as «بعد … من», a mention of another incident", () => {
    const text =
      "استهدف تفجير أمس الخميس منطقة يؤمها السياح في مدينة مراكش التي تبعد 350 كلم من الرباط وأسفر عن مقتل 15 شخصاً.";
    const f = featuresOf(text, "2011-04-29", "مقتل 15 شخصاً", "CASUALTY", { killed: exactly(15), victims: "شخصاً" });
    expect(f.aside).toBeUndefined();
    expect(f.date).toBe("2011-04-28");
  });
});

describe("tolls of a tally", () => {
  it("reads the toll of shells counted since a date as a running tally, no incident's toll", () => {
    const text =
      "وأكد الوزير أن 45 قذيفة سقطت على المدينة منذ 18 يناير/كانون الثاني الماضي، وأسفرت عن مقتل 16 مواطنا وإصابة 62 آخرين.";
    const f = featuresOf(text, "2016-04-24", "مقتل 16 مواطنا وإصابة 62 آخرين", "CASUALTY", {
      killed: exactly(16),
      injured: exactly(62),
      victims: "مواطنا",
    });
    expect(f.period).toBe("running");
  });
});

describe("whose toll it is", () => {
  it("reads the victims from the words after the figure when the figure names nobody", () => {
    const text = "وقال مسؤول إن القصف لم يسفر عن أي إصابات في صفوف الجنود البريطانيين جراء الهجوم.";
    const f = featuresOf(text, "2021-06-13", "لم يسفر عن أي إصابات", "CASUALTY", { injured: exactly(0), victims: "" });
    expect(f.victimNationality).toBe("uk");
    expect(f.victimCategory).toBe("military");
  });

  it("marks a toll counted in one hospital or still in intensive care as a part, the hospitals' total not", () => {
    const part = featuresOf(
      "قال مصدر طبي إن 40 جريحاً لا يزالون في العناية المركزة.",
      "2021-06-13",
      "40 جريحاً",
      "CASUALTY",
      {
        injured: exactly(40),
        victims: "جريحاً",
      },
    );
    const total = featuresOf(
      "وقال الوزير إن المستشفيات استقبلت 12 قتيلاً و80 جريحاً في المستشفيات.",
      "2021-06-13",
      "12 قتيلاً و80 جريحاً",
      "CASUALTY",
      { killed: exactly(12), injured: exactly(80), victims: "" },
    );
    expect(part.partial).toBe(true);
    expect(total.partial).toBe(false);
  });

  const a: TReportArticle = {
    id: "z1",
    publishedAt: "2022-04-03",
    text: "سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء السبت، ما أدى إلى إصابة شخصين بجروح.",
  };
  const b: TReportArticle = {
    id: "z2",
    publishedAt: "2022-04-03",
    text: "سقطت صواريخ على قاعدة عين الأسد مساء السبت، وقال مسؤول إن الهجوم لم يسفر عن أي إصابات في صفوف الجنود البريطانيين. وقال مصدر طبي إن 30 مصاباً على الأقل في مستشفى الرمادي وحده.",
  };
  const { between } = relationsOf(
    [a, b],
    [
      claimOn(a, "two", "إصابة شخصين", "CASUALTY", { injured: exactly(2), victims: "شخصين" }),
      claimOn(b, "zero-uk", "لم يسفر عن أي إصابات", "CASUALTY", { injured: exactly(0), victims: "" }, "مسؤول"),
      claimOn(
        b,
        "hospital",
        "30 مصاباً على الأقل",
        "CASUALTY",
        { injured: { qualifier: "at_least", value: 30 }, victims: "مصاباً" },
        "مصدر طبي",
      ),
    ],
  );

  it("does not set «no British soldier hurt» against two people hurt: other victims", () => {
    expect(between("two", "zero-uk")).toBeUndefined();
  });

  it("does not compare one hospital's count with the toll", () => {
    expect(between("two", "hospital")).toBeUndefined();
  });
});

describe("tolls across reports", () => {
  it("reads «أكثر من 50» as agreeing with 50", () => {
    const a: TReportArticle = {
      id: "m1",
      publishedAt: "2021-06-10",
      text: "قتل 9 أشخاص وأصيب 50 آخرون في تفجير سوق في الموصل مساء الأربعاء، بحسب دائرة الصحة.",
    };
    const b: TReportArticle = {
      id: "m2",
      publishedAt: "2021-06-10",
      text: "أسفر تفجير سوق في الموصل مساء الأربعاء عن مقتل 9 وإصابة أكثر من 50، وفق مصادر طبية.",
    };
    const { between } = relationsOf(
      [a, b],
      [
        claimOn(a, "fifty", "قتل 9 أشخاص وأصيب 50", "CASUALTY", {
          killed: exactly(9),
          injured: exactly(50),
          victims: "",
        }),
        claimOn(b, "more", "مقتل 9 وإصابة أكثر من 50", "CASUALTY", {
          killed: exactly(9),
          injured: { qualifier: "more_than", value: 50 },
          victims: "",
        }),
      ],
    );
    expect(between("fifty", "more")).toMatchObject({ relation: "AGREES", code: "toll_compatible" });
  });

  it("reads a higher toll the same day as counted up when one report tells a rising toll", () => {
    const early: TReportArticle = {
      id: "s1",
      publishedAt: "2021-06-10",
      text: "بلغت حصيلة تفجير سوق الموصل 20 قتيلاً و40 جريحاً، بحسب وكالة الأنباء.",
    };
    const late: TReportArticle = {
      id: "s2",
      publishedAt: "2021-06-10",
      text: "قال مصدر أمني إن تفجير سوق الموصل أسفر عن 26 قتيلاً و55 جريحاً.",
    };
    const { between } = relationsOf(
      [late, early],
      [
        claimOn(
          early,
          "e",
          "20 قتيلاً و40 جريحاً",
          "CASUALTY",
          { killed: exactly(20), injured: exactly(40), victims: "" },
          "وكالة الأنباء",
        ),
        claimOn(
          late,
          "l",
          "26 قتيلاً و55 جريحاً",
          "CASUALTY",
          { killed: exactly(26), injured: exactly(55), victims: "" },
          "مصدر أمني",
        ),
      ],
    );
    expect(between("e", "l")).toMatchObject({ fromClaimId: "e", toClaimId: "l", relation: "UPDATES" });
  });
});

describe("a toll broken down", () => {
  const first: TReportArticle = {
    id: "b1",
    publishedAt: "2022-02-10",
    text: "أصيب 60 جندياً في القصف على قاعدة عين الأسد. وقالت الوزارة إن 12 منهم نقلوا إلى ألمانيا للعلاج.",
  };
  const second: TReportArticle = {
    id: "b2",
    publishedAt: "2022-02-20",
    text: "ارتفع عدد الجنود المصابين في القصف على قاعدة عين الأسد إلى 70.\nوأضاف البيان أن 18 جندياً نقلوا إلى ألمانيا لمزيد من التقييم.",
  };
  const { between, assignments } = relationsOf(
    [first, second],
    [
      claimOn(first, "injured", "أصيب 60 جندياً", "CASUALTY", { injured: exactly(60), victims: "جندياً" }),
      claimOn(first, "moved-12", "12 منهم", "COUNT", { thing: "منهم", value: exactly(12) }, "الوزارة"),
      claimOn(second, "moved-18", "18 جندياً", "COUNT", { thing: "جندياً", value: exactly(18) }, "البيان"),
    ],
  );

  it("keeps a count told in the sentence after the toll in the toll's incident", () => {
    expect(assignments.get("moved-18")).toBe(assignments.get("injured"));
  });

  it("updates one part of a toll in a later report, however each report names the people", () => {
    expect(between("moved-12", "moved-18")).toMatchObject({
      fromClaimId: "moved-12",
      relation: "UPDATES",
      code: "breakdown_update",
    });
  });

  it("has a later report that gives the same part the same figure agree", () => {
    const third: TReportArticle = { ...second, id: "b3", text: second.text.replace("18 جندياً", "12 جندياً") };
    const { between: again } = relationsOf(
      [first, third],
      [
        claimOn(first, "injured", "أصيب 60 جندياً", "CASUALTY", { injured: exactly(60), victims: "جندياً" }),
        claimOn(first, "moved-12", "12 منهم", "COUNT", { thing: "منهم", value: exactly(12) }, "الوزارة"),
        claimOn(third, "moved-again", "12 جندياً", "COUNT", { thing: "جندياً", value: exactly(12) }, "البيان"),
      ],
    );
    expect(again("moved-12", "moved-again")).toMatchObject({ relation: "AGREES", code: "breakdown_same" });
  });
});

describe("which incident a sentence tells of", () => {
  it("dates an attack the sentence names by another day as that other incident («هجوم 15 آذار»)", () => {
    const text =
      "استهدفت طائرة مسيرة مطار أربيل ليل الثلاثاء.\nواتهم مسؤول الجهة نفسها التي نفذت هجوم 15 آذار على المطار والذي أدى إلى مقتل 3 أشخاص.";
    const ctx = articleContext(text, "2021-05-12");
    const start = text.indexOf("مقتل 3 أشخاص");
    const f = claimFeatures(ctx, {
      start,
      end: start + 12,
      kind: "CASUALTY",
      figures: { killed: exactly(3), victims: "أشخاص" },
    });
    expect(f.date).toBe("2021-03-15");
  });

  it("dates an incident recalled «بعد ثلاثة أيام من» that many days before the sentence's own", () => {
    const text =
      "قصفت طائرات أمريكية مواقع قرب القائم أمس الأحد، بعد ثلاثة أيام من هجوم صاروخي أدى إلى مقتل جندي أمريكي في العراق.";
    const ctx = articleContext(text, "2021-05-10");
    const start = text.indexOf("مقتل جندي");
    const f = claimFeatures(ctx, {
      start,
      end: start + 9,
      kind: "CASUALTY",
      figures: { killed: exactly(1), victims: "جندي أمريكي" },
    });
    expect(f.date).toBe("2021-05-06");
    expect(f.places).toEqual(["iraq"]);
  });

  it("reads the lead on to the next sentence when the first names only a country", () => {
    const text = "تتواصل الهجمات على القوات الأمريكية في العراق.\nوسقطت ثلاثة صواريخ على قاعدة عين الأسد مساء الأحد.";
    const ctx = articleContext(text, "2021-05-10");
    expect(ctx.leadFeatures.places).toContain("ain-al-asad");
  });

  it("places a sentence that names no place where the sentence before it tells of a happening", () => {
    const text =
      "سقطت صواريخ على مطار أربيل الليلة الماضية.\nوفي تطور آخر، تعرضت قاعدة عين الأسد لقصف صاروخي. وقال مصدر إن 4 جنود أصيبوا بجروح.";
    const ctx = articleContext(text, "2021-05-10");
    const start = text.indexOf("4 جنود");
    const f = claimFeatures(ctx, {
      start,
      end: start + 6,
      kind: "CASUALTY",
      figures: { injured: exactly(4), victims: "جنود" },
    });
    expect(f.places).toContain("ain-al-asad");
  });
});

describe("munitions counted in parts", () => {
  const a: TReportArticle = {
    id: "p1",
    publishedAt: "2021-05-10",
    text: "سقطت ستة صواريخ على قاعدة عين الأسد مساء الأحد، وقال مصدر أمني إن اثنين منها سقطا داخل القاعدة.",
  };
  const b: TReportArticle = {
    id: "p2",
    publishedAt: "2021-05-10",
    text: "أكد قائد قاعدة عين الأسد أن أي صاروخ لم يسقط داخل القاعدة مساء الأحد، وقال مصدر أمني إن أربعة صواريخ سقطت قرب القاعدة. وهزت ثلاثة انفجارات القاعدة.",
  };
  const c: TReportArticle = {
    id: "p3",
    publishedAt: "2021-05-11",
    text: "هز انفجاران قاعدة عين الأسد مساء الأحد بحسب مصادر محلية.",
  };
  const { between } = relationsOf(
    [a, b, c],
    [
      claimOn(a, "six", "ستة صواريخ", "COUNT", { thing: "صواريخ", value: exactly(6) }),
      claimOn(a, "two-of", "اثنين منها", "COUNT", { thing: "صواريخ", value: exactly(2) }, "مصدر أمني"),
      claimOn(
        b,
        "none-inside",
        "أي صاروخ لم يسقط داخل",
        "COUNT",
        { thing: "صاروخ", value: exactly(0) },
        "قائد القاعدة",
      ),
      claimOn(b, "four-near", "أربعة صواريخ", "COUNT", { thing: "صواريخ", value: exactly(4) }, "مصدر أمني"),
      claimOn(b, "three-blasts", "ثلاثة انفجارات", "COUNT", { thing: "انفجارات", value: exactly(3) }),
      claimOn(c, "two-blasts", "انفجاران", "COUNT", { thing: "انفجاران", value: exactly(2) }, "مصادر محلية"),
    ],
  );

  it("reads «اثنين منها» as some of the six, not a rival count", () => {
    expect(between("six", "two-of")).toMatchObject({ relation: "AGREES", code: "munitions_part" });
  });

  it("does not set the rockets that fell inside against those that fell near", () => {
    expect(between("none-inside", "four-near")).toMatchObject({ relation: "AGREES", code: "munitions_part" });
  });

  it("compares counts of explosions like munitions", () => {
    expect(between("three-blasts", "two-blasts")).toMatchObject({ relation: "CONTRADICTS" });
  });
});

describe("counts of gunmen and of things that are no people", () => {
  const a: TReportArticle = {
    id: "g1",
    publishedAt: "2022-10-26",
    text: "هاجم 3 مسلحين مرقداً في شيراز مساء الأربعاء، وأحرقوا أكثر من ستين سيارة، بحسب وكالة رسمية.",
  };
  const b: TReportArticle = {
    id: "g2",
    publishedAt: "2022-10-27",
    text: "قالت وسائل إعلام إن ثلاثة مسلحين هاجموا المرقد في شيراز مساء الأربعاء واحترقت عشرات السيارات، ونقل 12 من الجرحى إلى طهران.",
  };
  const c: TReportArticle = {
    id: "g3",
    publishedAt: "2022-10-27",
    text: "وقال مصدر أمني إن خمسة مسلحين شاركوا في الهجوم على المرقد في شيراز مساء الأربعاء، وغادر 20 من الجرحى المستشفى.",
  };
  const { between } = relationsOf(
    [a, b, c],
    [
      claimOn(a, "three", "3 مسلحين", "COUNT", { thing: "مسلحين", value: exactly(3) }, "وكالة رسمية"),
      claimOn(a, "sixty-cars", "أكثر من ستين سيارة", "COUNT", {
        thing: "سيارة",
        value: { qualifier: "more_than", value: 60 },
      }),
      claimOn(b, "three-again", "ثلاثة مسلحين", "COUNT", { thing: "مسلحين", value: exactly(3) }, "وسائل إعلام"),
      claimOn(b, "dozens-cars", "عشرات السيارات", "COUNT", {
        thing: "السيارات",
        value: { qualifier: "range", min: 20, max: 99 },
      }),
      claimOn(b, "moved", "12 من الجرحى", "COUNT", { thing: "الجرحى", value: exactly(12) }, "وسائل إعلام"),
      claimOn(c, "five", "خمسة مسلحين", "COUNT", { thing: "مسلحين", value: exactly(5) }, "مصدر أمني"),
      claimOn(c, "left", "20 من الجرحى", "COUNT", { thing: "الجرحى", value: exactly(20) }, "مصدر أمني"),
    ],
  );

  it("sets gunmen counted alike side by side, and a different number against them", () => {
    expect(between("three", "three-again")).toMatchObject({ relation: "AGREES", code: "munitions_compatible" });
    expect(between("three", "five")).toMatchObject({ relation: "CONTRADICTS", code: "munitions_incompatible" });
  });

  it("compares cars counted in two reports («أكثر من ستين سيارة»، «عشرات السيارات»)", () => {
    expect(between("sixty-cars", "dozens-cars")).toMatchObject({ relation: "AGREES" });
  });

  it("does not compare the wounded moved with the wounded who left hospital", () => {
    expect(between("moved", "left")).toBeUndefined();
  });
});

describe("a toll's rise and its parts across reports", () => {
  const first: TReportArticle = {
    id: "h1",
    publishedAt: "2021-06-02",
    text: "تعرضت قاعدة حرير في أربيل لهجوم بطائرة مسيرة مساء الثلاثاء، ما أدى إلى مقتل متعاقد مدني وإصابة 5 آخرين، بحسب مصدر أمني.",
  };
  const raised: TReportArticle = {
    id: "h2",
    publishedAt: "2021-06-03",
    text: "ارتفعت حصيلة الهجوم على قاعدة حرير مساء الثلاثاء إلى قتيلين و9 جرحى، وفق وزارة الصحة في الإقليم.",
  };
  const british: TReportArticle = {
    id: "h3",
    publishedAt: "2021-06-03",
    text: "قالت الخارجية البريطانية إن مواطناً بريطانياً أصيب في الهجوم على قاعدة حرير.",
  };
  const { between, claims } = relationsOf(
    [first, raised, british],
    [
      claimOn(first, "first", "مقتل متعاقد مدني وإصابة 5 آخرين", "CASUALTY", {
        killed: exactly(1),
        injured: exactly(5),
        victims: "متعاقد مدني",
      }),
      claimOn(raised, "raised", "قتيلين و9 جرحى", "CASUALTY", { killed: exactly(2), injured: exactly(9), victims: "" }),
      claimOn(british, "uk", "مواطناً بريطانياً أصيب", "CASUALTY", { injured: exactly(1), victims: "مواطناً بريطانياً" }),
    ],
  );

  it("keeps the day after the happening's words as the happening's, not the rise's", () => {
    expect(claims.find((c) => c.id === "raised")?.features.date).toBe("2021-06-01");
  });

  it("updates the first toll with the raised one", () => {
    expect(between("first", "raised")).toMatchObject({
      fromClaimId: "first",
      relation: "UPDATES",
      code: "toll_update",
    });
  });

  it("reads one nationality's lower toll as a part of everyone's, not a rival or a rise", () => {
    expect(between("first", "uk")).toBeUndefined();
    expect(between("raised", "uk")).toBeUndefined();
  });
});

describe("figures a report recalls", () => {
  it("orders two earlier figures of one report from different sources: the lower came first", () => {
    const a: TReportArticle = {
      id: "r1",
      publishedAt: "2020-08-04",
      text: "قال وزير الصحة إن انفجار مرفأ بيروت أدى إلى مقتل أكثر من 50 شخصاً. وكان الوزير قد قال في وقت سابق إن 25 شخصاً قتلوا. وكانت أرقام سابقة غير رسمية تحدثت عن سقوط 10 قتلى.",
    };
    const { between } = relationsOf(
      [a],
      [
        claimOn(a, "minister-25", "25 شخصاً قتلوا", "CASUALTY", { killed: exactly(25), victims: "شخصاً" }, "الوزير"),
        claimOn(
          a,
          "unofficial-10",
          "سقوط 10 قتلى",
          "CASUALTY",
          { killed: exactly(10), victims: "قتلى" },
          "أرقام سابقة",
        ),
      ],
    );
    expect(between("minister-25", "unofficial-10")).toMatchObject({
      fromClaimId: "unofficial-10",
      toClaimId: "minister-25",
      relation: "UPDATES",
    });
  });

  it("does not read the victims' nationality after a number («بينهم 25 سوريّاً») as a place", () => {
    const text = "وأسفر انفجار مرفأ بيروت عن مصرع 154 شخصاً بينهم 25 سوريّاً.";
    const f = featuresOf(text, "2020-08-08", "154 شخصاً", "CASUALTY", { killed: exactly(154), victims: "شخصاً" });
    expect(f.places).not.toContain("syria");
    expect(f.places).toContain("beirut-port");
  });
});

describe("an open later figure that may hold the earlier one", () => {
  const first: TReportArticle = {
    id: "o1",
    publishedAt: "2016-03-13",
    text: "أعلن وزير الصحة أن عدد ضحايا تفجير ساحة كيزيلاي في العاصمة بلغ 34 قتيلاً، فيما أصيب 125 شخصاً بجروح.",
  };
  const later: TReportArticle = {
    id: "o2",
    publishedAt: "2016-03-14",
    text: "أعلنت السلطات ارتفاع عدد ضحايا تفجير ساحة كيزيلاي في العاصمة إلى 37 قتيلاً وأكثر من 120 مصاباً.",
  };
  const { between } = relationsOf(
    [first, later],
    [
      claimOn(first, "first", "34 قتيلاً، فيما أصيب 125 شخصاً", "CASUALTY", {
        killed: exactly(34),
        injured: exactly(125),
        victims: "",
      }),
      claimOn(later, "later", "37 قتيلاً وأكثر من 120 مصاباً", "CASUALTY", {
        killed: exactly(37),
        injured: { qualifier: "more_than", value: 120 },
        victims: "",
      }),
    ],
  );

  it("updates the toll: «more than 120 injured» after 125 is not lower", () => {
    expect(between("first", "later")).toMatchObject({ fromClaimId: "first", relation: "UPDATES" });
  });
});

describe("an approximate later toll above an earlier floor", () => {
  const first: TReportArticle = {
    id: "p1",
    publishedAt: "2016-08-08",
    text: "قتل 63 شخصاً على الأقل في انفجار قنبلة داخل مستشفى في بغداد اليوم الاثنين.",
  };
  const later: TReportArticle = {
    id: "p2",
    publishedAt: "2016-08-09",
    text: "قتل نحو 70 شخصاً في انفجار قنبلة داخل مستشفى في بغداد أمس الاثنين.",
  };
  const { between } = relationsOf(
    [first, later],
    [
      claimOn(first, "first", "63 شخصاً على الأقل", "CASUALTY", {
        killed: { qualifier: "at_least", value: 63 },
        victims: "شخصاً",
      }),
      claimOn(later, "later", "نحو 70 شخصاً", "CASUALTY", {
        killed: { qualifier: "about", value: 70 },
        victims: "شخصاً",
      }),
    ],
  );

  it("updates «63 at least» with «about 70» the next day", () => {
    expect(between("first", "later")).toMatchObject({ fromClaimId: "first", relation: "UPDATES" });
  });
});

describe("a part of the toll beside it in one report", () => {
  const report: TReportArticle = {
    id: "t1",
    publishedAt: "2019-04-21",
    text: "قال مسؤولون إن 156 شخصا قتلوا في التفجيرات التي استهدفت كنائس وفنادق في البلاد. وقال مصدر في الشرطة إن 64 شخصا قتلوا في كولومبو وحدها.",
  };
  const { between } = relationsOf(
    [report],
    [
      claimOn(report, "whole", "156 شخصا قتلوا", "CASUALTY", { killed: exactly(156), victims: "شخصا" }, "مسؤولون"),
      claimOn(report, "part", "64 شخصا قتلوا", "CASUALTY", { killed: exactly(64), victims: "شخصا" }, "مصدر في الشرطة"),
    ],
  );

  it("reads a much lower toll of another source as a part of the whole, not a contradiction", () => {
    expect(between("whole", "part")).toMatchObject({ fromClaimId: "part", relation: "AGREES", code: "toll_part" });
  });

  it("keeps small tolls of two sources apart: one killed against at least two still disagree", () => {
    const small: TReportArticle = {
      id: "t2",
      publishedAt: "2019-04-21",
      text: "أعلنت الجماعة مقتل عنصر من عناصرها في الغارة. وقال مصدر طبي إن الغارة قتلت مسلحين اثنين على الأقل.",
    };
    const r = relationsOf(
      [small],
      [
        claimOn(small, "one", "مقتل عنصر", "CASUALTY", { killed: exactly(1), victims: "عنصر" }, "الجماعة"),
        claimOn(
          small,
          "two",
          "قتلت مسلحين اثنين على الأقل",
          "CASUALTY",
          { killed: { qualifier: "at_least", value: 2 }, victims: "مسلحين" },
          "مصدر طبي",
        ),
      ],
    );
    expect(r.between("one", "two")).toMatchObject({ relation: "CONTRADICTS", code: "sources_disagree" });
  });
});

describe("an open floor raised a little the next day", () => {
  const first: TReportArticle = {
    id: "f1",
    publishedAt: "2019-06-16",
    text: "قتل 18 شخصا على الأقل في تفجير انتحاري استهدف سوقا في بلدة كوندوغا اليوم الأحد.",
  };
  const later: TReportArticle = {
    id: "f2",
    publishedAt: "2019-06-17",
    text: "ارتفع عدد قتلى التفجير الانتحاري الذي استهدف سوقا في بلدة كوندوغا أمس الأحد إلى 19 شخصا على الأقل.",
  };
  const { between } = relationsOf(
    [first, later],
    [
      claimOn(first, "first", "18 شخصا على الأقل", "CASUALTY", {
        killed: { qualifier: "at_least", value: 18 },
        victims: "شخصا",
      }),
      claimOn(later, "later", "19 شخصا على الأقل", "CASUALTY", {
        killed: { qualifier: "at_least", value: 19 },
        victims: "شخصا",
      }),
    ],
  );

  it("updates «at least 18» with «at least 19» the next day", () => {
    expect(between("first", "later")).toMatchObject({ fromClaimId: "first", relation: "UPDATES" });
  });
});

describe("an approximate later toll above an exact earlier one", () => {
  const first: TReportArticle = {
    id: "q1",
    publishedAt: "2016-08-08",
    text: "قتل 63 شخصاً في انفجار قنبلة داخل مستشفى في بغداد اليوم الاثنين.",
  };
  const later: TReportArticle = {
    id: "q2",
    publishedAt: "2016-08-09",
    text: "قتل نحو 70 شخصاً في انفجار قنبلة داخل مستشفى في بغداد أمس الاثنين.",
  };
  const near: TReportArticle = { ...later, id: "q3", text: later.text.replace("نحو 70", "نحو 65") };
  const claims = (other: TReportArticle, value: number) => [
    claimOn(first, "first", "63 شخصاً", "CASUALTY", { killed: exactly(63), victims: "شخصاً" }),
    claimOn(other, "later", `نحو ${value} شخصاً`, "CASUALTY", {
      killed: { qualifier: "about", value },
      victims: "شخصاً",
    }),
  ];

  it("updates «63» with «about 70» the next day", () => {
    expect(relationsOf([first, later], claims(later, 70)).between("first", "later")).toMatchObject({
      fromClaimId: "first",
      relation: "UPDATES",
    });
  });

  it("lets «about 65» agree with it", () => {
    expect(relationsOf([first, near], claims(near, 65)).between("first", "later")?.relation).toBe("AGREES");
  });
});

describe("munitions of two kinds counted together", () => {
  const first: TReportArticle = {
    id: "m1",
    publishedAt: "2019-09-18",
    text: "وقال المتحدث إن 18 طائرة مسيرة و7 صواريخ كروز استهدفت المنشأة النفطية في بقيق فجر السبت.",
  };
  const second: TReportArticle = {
    id: "m2",
    publishedAt: "2019-09-18",
    text: "وقال المتحدث إن 25 طائرة مسيرة وصاروخاً استهدفت المنشأة النفطية في بقيق فجر السبت.",
  };
  const { between } = relationsOf(
    [first, second],
    [
      claimOn(first, "drones", "18 طائرة مسيرة", "COUNT", { thing: "طائرة مسيرة", value: exactly(18) }),
      claimOn(first, "missiles", "7 صواريخ كروز", "COUNT", { thing: "صواريخ كروز", value: exactly(7) }),
      claimOn(second, "both", "25 طائرة مسيرة وصاروخاً", "COUNT", { thing: "طائرة مسيرة وصاروخاً", value: exactly(25) }),
    ],
  );

  it("does not compare drones and missiles together with the drones alone, or with the missiles alone", () => {
    expect(between("drones", "both")).toBeUndefined();
    expect(between("missiles", "both")).toBeUndefined();
  });
});

describe("one source's tolls in one report", () => {
  const report: TReportArticle = {
    id: "r",
    publishedAt: "2019-02-14",
    text: "قتل 33 جنديا في تفجير استهدف قافلة في بولواما اليوم، بحسب الشرطة. وقالت الشرطة إن 33 جنديا قتلوا في التفجير. وكانت الشرطة قد أعلنت في وقت سابق مقتل 12 جنديا في بولواما.",
  };
  const { between } = relationsOf(
    [report],
    [
      claimOn(report, "first", "33 جنديا", "CASUALTY", { killed: exactly(33), victims: "جنديا" }, "الشرطة"),
      claimOn(report, "again", "33 جنديا قتلوا", "CASUALTY", { killed: exactly(33), victims: "جنديا" }, "الشرطة"),
      claimOn(report, "before", "مقتل 12 جنديا", "CASUALTY", { killed: exactly(12), victims: "جنديا" }, "الشرطة"),
    ],
  );

  it("agrees with itself when it states a toll twice", () => {
    expect(between("first", "again")).toMatchObject({ relation: "AGREES" });
  });

  it("has the toll it told earlier updated", () => {
    expect(between("before", "first")).toMatchObject({ fromClaimId: "before", relation: "UPDATES" });
  });

  it("links no two claims of one sentence (two analysts marking one mention)", () => {
    const { between: one } = relationsOf(
      [report],
      [
        claimOn(report, "a", "33 جنديا", "CASUALTY", { killed: exactly(33), victims: "جنديا" }, "الشرطة"),
        claimOn(report, "b", "في تفجير", "CASUALTY", { killed: exactly(33), victims: "جنديا" }, "الشرطة"),
      ],
    );
    expect(one("a", "b")).toBeUndefined();
  });
});

describe("wounded who died between two tolls", () => {
  const first: TReportArticle = {
    id: "w1",
    publishedAt: "2021-10-26",
    text: "قتل 5 أشخاص وأصيب 20 آخرون في هجوم مسلح على قرية في محافظة ديالى مساء اليوم الثلاثاء.",
  };
  const later: TReportArticle = {
    id: "w2",
    publishedAt: "2021-10-27",
    text: "ارتفعت حصيلة الهجوم المسلح على القرية في محافظة ديالى مساء أمس الثلاثاء إلى 12 قتيلا و15 جريحا.",
  };
  const claims = (injuredLater: number) =>
    relationsOf(
      [first, later],
      [
        claimOn(first, "first", "5 أشخاص وأصيب 20 آخرون", "CASUALTY", {
          killed: exactly(5),
          injured: exactly(20),
          victims: "أشخاص",
        }),
        claimOn(later, "later", "12 قتيلا و15 جريحا", "CASUALTY", {
          killed: exactly(12),
          injured: exactly(injuredLater),
          victims: "قتيلا",
        }),
      ],
    ).between;

  it("updates 5 killed and 20 injured with 12 killed and 15 injured (fewer injured, more dead)", () => {
    expect(claims(15)("first", "later")).toMatchObject({ fromClaimId: "first", relation: "UPDATES" });
  });

  it("does not when the injured fell by more than the dead rose", () => {
    expect(claims(5)("first", "later")?.relation).not.toBe("UPDATES");
  });
});

describe("attackers and devices counted by two reports, whatever words name them", () => {
  const a: TReportArticle = {
    id: "k1",
    publishedAt: "2017-04-22",
    text: "هاجم 10 مهاجمين قاعدة للجيش في مزار شريف أمس الجمعة، وأقدم أحد الانتحاريين على تفجير نفسه عند البوابة تلاه انتحاري آخر، وانفجرت ثلاث آليات مفخخة عند المدخل.",
  };
  const b: TReportArticle = {
    id: "k2",
    publishedAt: "2017-04-22",
    text: "قالت مصادر رسمية إن عشرة مسلحين شاركوا في الهجوم على القاعدة في مزار شريف أمس الجمعة، وإن انتحاريين فجرا نفسيهما، وإن الآليات الثلاث انفجرت عند المدخل، ثم فجر انتحاري آخر نفسه بين الجنود، وانفجرت عبوتين عند البوابة.",
  };
  const c: TReportArticle = {
    id: "k3",
    publishedAt: "2017-04-23",
    text: "وذكر الجيش أن انتحاريا آخر فجر نفسه في قاعدة مزار شريف الجمعة بين الجنود، وأن قنبلتين انفجرتا عند البوابة، وأن أربعة صواريخ أخرى سقطت قرب القاعدة.",
  };
  const d: TReportArticle = {
    id: "k4",
    publishedAt: "2017-04-23",
    text: "وقال شهود إن أربعة صواريخ سقطت على قاعدة مزار شريف الجمعة.",
  };
  const { between } = relationsOf(
    [a, b, c, d],
    [
      claimOn(a, "ten-attackers", "10 مهاجمين", "COUNT", { thing: "مهاجمين", value: exactly(10) }),
      claimOn(a, "two-bombers", "أحد الانتحاريين على تفجير نفسه عند البوابة تلاه انتحاري آخر", "COUNT", {
        thing: "أحد الانتحاريين",
        value: exactly(2),
      }),
      claimOn(b, "ten-gunmen", "عشرة مسلحين", "COUNT", { thing: "مسلحين", value: exactly(10) }, "مصادر رسمية"),
      claimOn(b, "bombers", "انتحاريين", "COUNT", { thing: "انتحاريين", value: exactly(2) }, "مصادر رسمية"),
      claimOn(b, "another-b", "انتحاري آخر", "COUNT", { thing: "انتحاري آخر", value: exactly(1) }, "مصادر رسمية"),
      claimOn(b, "devices-b", "عبوتين", "COUNT", { thing: "عبوتين", value: exactly(2) }, "مصادر رسمية"),
      claimOn(c, "another-c", "انتحاريا آخر", "COUNT", { thing: "انتحاريا آخر", value: exactly(1) }, "الجيش"),
      claimOn(c, "devices-c", "قنبلتين", "COUNT", { thing: "قنبلتين", value: exactly(2) }, "الجيش"),
      claimOn(c, "other-rockets", "أربعة صواريخ أخرى", "COUNT", { thing: "صواريخ", value: exactly(4) }, "الجيش"),
      claimOn(d, "rockets", "أربعة صواريخ", "COUNT", { thing: "صواريخ", value: exactly(4) }, "شهود"),
    ],
  );

  it("sets the attackers side by side as «مهاجمين» in one report and «مسلحين» in the other", () => {
    expect(between("ten-attackers", "ten-gunmen")).toMatchObject({ relation: "AGREES", code: "munitions_compatible" });
  });

  it("reads «آخر» in the words that name the thing, not in a count that runs on to the second bomber", () => {
    expect(between("two-bombers", "bombers")).toMatchObject({ relation: "AGREES", code: "munitions_compatible" });
  });

  it("sets «another bomber» told by two reports side by side, and leaves «four more rockets» apart from four rockets", () => {
    expect(between("another-b", "another-c")).toMatchObject({ relation: "AGREES" });
    expect(between("other-rockets", "rockets")).toBeUndefined();
  });

  it("counts «عبوتين» as munitions without their adjective, beside «قنبلتين»", () => {
    expect(between("devices-b", "devices-c")).toMatchObject({ relation: "AGREES", code: "munitions_compatible" });
  });
});
