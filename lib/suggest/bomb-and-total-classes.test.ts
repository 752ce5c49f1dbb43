/**
 * Ways of telling a bombing that the rules missed, on sentences written for these tests in the style
 * of wire reports: one vehicle bomb told by its explosion («انفجار سيارة إسعاف مفخخة»), a total that
 * a bare number came to («عدد المهاجمين لا يقل عن أربعة»), the cause glued to ب after a number
 * («أصيب 20 بانفجار»), and the injured in a second clause of the toll's sentence («86 قتيلاً، فيما أصيب
 * 186 شخصاً بجروح»; convention 2 of fixtures/reports/README.md).
 */
import { describe, expect, it } from "vitest";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";

const run = (text: string) => runEngine(text, "2023-05-10");
const tolls = (text: string) => casualtiesIn(run(text)).map((c) => ({ killed: c.killed, injured: c.injured }));
const counts = (text: string) => countsIn(run(text)).map((c) => ({ thing: c.thing, value: c.value }));

describe("one vehicle bomb, told by its explosion", () => {
  it.each([
    ["ووقع انفجار سيارة إسعاف مفخخة قرب السوق المركزي.", "سيارة إسعاف مفخخة"],
    ["وأفادت الشرطة أن سيارة مفخخة انفجرت أمام المدرسة.", "سيارة مفخخة"],
    ["ونجم الحريق عن تفجير عربة مفخخة بالقرب من المحطة.", "عربة مفخخة"],
    ["وانفجرت شاحنة مفخخة عند الحاجز الشمالي.", "شاحنة مفخخة"],
    ["وتحدث شهود عن انفجار دراجة نارية مفخخة في السوق.", "دراجة نارية مفخخة"],
  ])("%s", (text, thing) => {
    expect(counts(text)).toEqual([{ thing, value: n(1) }]);
  });

  it.each([
    "واستهدف الهجوم بسيارة مفخخة حياً تجارياً.",
    "وقالت الشرطة إن الانفجار نجم عن سيارة مفخخة على الأرجح.",
    "وتستخدم الجماعة السيارات المفخخة في هجماتها.",
  ])("does not count the weapon of an attack: %s", (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe("a bare number that a total came to", () => {
  it.each([
    ["وأكدت المصادر أن عدد المهاجمين لا يقل عن أربعة.", "المهاجمين", n(4, "at_least")],
    ["وبلغ عدد المسلحين خمسة بحسب الشرطة.", "المسلحين", n(5)],
    ["وقال إن عدد القذائف يتجاوز عشرين.", "القذائف", n(20, "more_than")],
    ["وقال الوزير إن عدد المسلحين يقدر بخمسة أو ستة.", "المسلحين", { qualifier: "range", min: 5, max: 6 }],
  ])("%s", (text, thing, value) => {
    expect(counts(text)).toEqual([{ thing, value }]);
  });

  it("leaves a total of the dead to the toll rules", () => {
    expect(counts("وأكد أن عدد القتلى لا يقل عن عشرة.")).toEqual([]);
    expect(tolls("وأكد أن عدد القتلى لا يقل عن عشرة.")).toEqual([{ killed: n(10, "at_least"), injured: undefined }]);
  });

  it("reads a number with its own noun as before", () => {
    expect(counts("وقال إن عدد الصواريخ تجاوز 20 صاروخاً.").map((c) => c.thing)).toEqual(["صاروخاً"]);
  });
});

describe("the cause glued to ب after a number is not what is counted", () => {
  it.each([
    ["وقتل 10 بانفجار عبوة على الطريق.", { killed: n(10), injured: undefined }],
    ["قتل 4 وأصيب 12 بانفجار في السوق.", { killed: n(4), injured: n(12) }],
    ["وأصيب 7 بقصف مدفعي على القرية.", { killed: undefined, injured: n(7) }],
  ])("%s", (text, toll) => {
    expect(tolls(text)).toEqual([toll]);
    expect(counts(text)).toEqual([]);
  });

  it("still counts a noun whose first letter is ب", () => {
    expect(counts("وصادرت القوات 10 بنادق.")).toEqual([{ thing: "بنادق", value: n(10) }]);
  });
});

describe("the injured in a second clause of the toll's sentence", () => {
  it.each([
    ["وأعلن الوزير أن الحصيلة بلغت 40 قتيلاً، فيما أصيب 90 شخصاً بجروح.", n(40), n(90)],
    ["وأسفر الانفجار عن مقتل 20 شخصاً، في حين أصيب 50 شخصاً بجروح متفاوتة.", n(20), n(50)],
    ["وقال البيان إن عدد القتلى ارتفع إلى 35 شخصاً، وبلغ عدد المصابين 110 مواطنين.", n(35), n(110)],
    ["وأفادت تقارير أن عدد المصابين ارتفع إلى 50 مصاباً، وارتفع عدد القتلى لـ 15 شخصاً.", n(15), n(50)],
  ])("%s", (text, killed, injured) => {
    expect(tolls(text)).toEqual([{ killed, injured }]);
  });

  it("keeps apart the tolls of two places", () => {
    expect(tolls("وقتل 3 في الموصل، فيما أصيب 5 في كركوك.")).toHaveLength(2);
  });
});

describe("two explosions told by the construct dual", () => {
  it.each(["وأعلنت الحكومة الحداد على ضحايا تفجيري العاصمة.", "وقال إن البلاد ماضية في طريقها رغم تفجيري المدينة."])(
    "%s",
    (text) => {
      expect(counts(text)).toEqual([{ thing: "تفجيري", value: n(2) }]);
    },
  );

  it("does not count the nisba of «عمل تفجيري»", () => {
    expect(counts("ووصفت الوزارة ما جرى بأنه عمل تفجيري جبان.")).toEqual([]);
  });
});

describe("people counted by the place they came from", () => {
  it("reads «N من مدينة X لقوا مصرعهم» as killed", () => {
    expect(tolls("وأكد المصدر أن 40 من مدينة الساحل لقوا مصرعهم جراء التفجير.")).toEqual([
      { killed: n(40), injured: undefined },
    ]);
  });
});

describe("what a toll already counts", () => {
  it.each(["ومن بين القتلى وغالبيتهم مدنيون، ستة أطفال وثلاثة مسعفين.", "وبين الجرحى 3 صحفيين."])(
    "a sentence that opens on who were among the dead or wounded: %s",
    (text) => {
      expect(counts(text)).toEqual([]);
      expect(tolls(text)).toEqual([]);
    },
  );

  it("still counts among others than the dead or wounded", () => {
    expect(counts("ومن بين المعتقلين 5 أطفال.")).toEqual([{ thing: "أطفال", value: n(5) }]);
  });

  it("reads «ما بين قتيل وجريح» as killed and injured together (no figure)", () => {
    expect(tolls("وراح ضحيته 200 شخص ما بين قتيل وجريح.")).toEqual([]);
  });
});

describe("a march is no drone", () => {
  it.each(["وكان ناشطون يستعدون لمسيرة مناهضة للحرب.", "وشارك الآلاف في مسيرة سلمية وسط المدينة."])("%s", (text) => {
    expect(counts(text)).toEqual([]);
  });

  it("still counts a drone that fell", () => {
    expect(counts("وسقطت مسيرة قرب القاعدة.")).toEqual([{ thing: "مسيرة", value: n(1) }]);
  });
});

describe("one attacker, told by the bomb on them or by what they did", () => {
  it.each([
    ["وقام شخص بتفجير نفسه عند مدخل السوق.", "شخص"],
    ["تبعه هجوم نفذه رجل بحزام ناسف داخل المحطة.", "رجل بحزام ناسف"],
    ["واستخدم المهاجم الانتحاري شاحنة صغيرة في الهجوم.", "المهاجم الانتحاري"],
  ])("%s", (text, thing) => {
    expect(counts(text)).toEqual([{ thing, value: n(1) }]);
  });

  it.each(["وقال المهاجم في تسجيل إن الهجوم انتقام.", "ووصل رجل إلى المكان بعد الانفجار."])(
    "does not count someone who only speaks or arrives: %s",
    (text) => {
      expect(counts(text)).toEqual([]);
    },
  );
});

describe("a feminine dual and its adjective name what is counted", () => {
  it("keeps «مفخختين» with «سيارتين», so two reports of two car bombs meet as munitions", () => {
    expect(counts("وقال إن الهجوم نفذ بسيارتين مفخختين.")).toEqual([{ thing: "سيارتين مفخختين", value: n(2) }]);
  });
});

describe("one bomb told by its explosion, and two facilities", () => {
  it.each([
    ["وأدى انفجار قنبلة داخل السوق إلى مقتل 9 أشخاص.", "قنبلة"],
    ["وانفجرت عبوة ناسفة قرب الدورية.", "عبوة ناسفة"],
  ])("%s", (text, thing) => {
    expect(counts(text)).toContainEqual({ thing, value: n(1) });
  });

  it("does not count the bomb a victim was killed by («بانفجار عبوة»)", () => {
    expect(counts("وقتل جندي بانفجار عبوة ناسفة.")).toEqual([]);
  });

  it.each([
    ["وتسبب الهجوم على معملي الشركة في حريق كبير.", "معملي"],
    ["وهدد المتحدث مطاري المدينتين.", "مطاري"],
    ["واستهدف الهجوم معملين تابعين للشركة.", "معملين"],
  ])("counts two facilities: %s", (text, thing) => {
    expect(counts(text).map((c) => ({ ...c, thing: c.thing.split(" ")[0] }))).toEqual([{ thing, value: n(2) }]);
  });

  it("still reads a construct dual of armed groups as a name, not a count", () => {
    expect(counts("ووقع اشتباك بين فصيلي كتائب المدينة.")).toEqual([]);
  });
});

describe("who many of a toll were", () => {
  it("reads «العديد من القتلى هم …» as a breakdown, not a toll", () => {
    expect(tolls("وقال المصور إن العديد من القتلى هم محامون وصحافيون.")).toEqual([]);
    expect(tolls("وأصيب العديد من الجنود في الهجوم.")).toEqual([
      { killed: undefined, injured: { qualifier: "range", min: 3, max: 10 } },
    ]);
  });
});

describe("one explosion, told by what it did or by its happening", () => {
  it.each([
    ["وقالت الشرطة إن انفجارا وقع بالقرب من المدرسة.", "انفجارا"],
    ["وكان الناس يصلون عندما وقع انفجار مدو حطم النوافذ.", "انفجار مدو"],
    ["وأصيب العشرات في تفجير انتحاري استهدف السوق.", "تفجير انتحاري"],
    ["وذكرت المصادر أن انفجارا قويا قد استهدف المستودع.", "انفجارا قويا"],
    ["وبعد دقائق دوى انفجار ثان في منطقة الميناء.", "انفجار ثان"],
    ["وتحدث شهود عن انفجار، وقع ظهر اليوم، قرب الجسر.", "انفجار"],
  ])("%s", (text, thing) => {
    expect(counts(text)).toEqual([{ thing, value: n(1) }]);
  });

  it.each([
    "وقتل جندي بانفجار عبوة قرب الحاجز.",
    "وقالت الشرطة إن الانفجار وقع قرب المدرسة.",
    "وعاد الهدوء إلى المدينة بعد تفجير استهدف السوق الشهر الماضي.",
    "وشهدت المدينة هجمات كثيرة، ومنها تفجير وقع قبل عامين.",
    "وقال المسؤول إن حصيلة ضحايا انفجار وقع بالمسجد لم تعرف بعد.",
    "وقالت المصادر إنها سمعت دوي انفجار ثان في الميناء.",
  ])(
    "does not count the bare weapon, a definite explosion told again, one told as a time, a genitive or a sound: %s",
    (text) => {
      expect(counts(text)).toEqual([]);
    },
  );

  it("counts «انفجار …، أعقبه انفجار آخر» once, as two", () => {
    expect(counts("ووقع انفجار قرب البوابة، أعقبه انفجار آخر.")).toEqual([{ thing: "انفجار", value: n(2) }]);
  });
});

describe("one of a group who blew himself up, and one attacker told by where he went", () => {
  it.each([
    ["وفي البلدة، قام أحد الأشخاص بتفجير حزام ناسف كان يرتديه.", "أحد الأشخاص"],
    ["وقال المصدر إن أحد المهاجمين أقدم على تفجير نفسه عند البوابة.", "أحد المهاجمين"],
    ["وقال شهود إن انتحارياً التحق بالصفوف الأخيرة، وقام بتفجير نفسه.", "انتحارياً"],
  ])("%s", (text, thing) => {
    expect(counts(text)).toEqual([{ thing, value: n(1) }]);
  });

  it("counts two where another one followed («… تلاه إقدام إرهابي آخر على تفجير نفسه»)", () => {
    expect(
      counts("وقال الجيش إن أحد الإرهابيين أقدم على تفجير نفسه في السوق تلاه إقدام إرهابي آخر على تفجير نفسه."),
    ).toEqual([{ thing: "أحد الإرهابيين", value: n(2) }]);
  });

  it("does not count one of a group who did something else («أحد الأشخاص قام بإسعاف الجرحى»)", () => {
    expect(counts("وقال إن أحد الأشخاص قام بإسعاف الجرحى.")).toEqual([]);
  });
});

describe("munitions of two kinds counted by one number", () => {
  it("reads «25 طائرة مسيرة وصاروخاً» as one count of both, not also one missile", () => {
    expect(counts("وقال إن إيران استخدمت 25 طائرة مسيرة وصاروخاً في الهجوم.")).toEqual([
      { thing: "طائرة مسيرة وصاروخاً", value: n(25) },
    ]);
  });

  it("keeps two numbers two counts («18 طائرة مسيرة و7 صواريخ»)", () => {
    expect(counts("وتم رصد 18 طائرة مسيرة و7 صواريخ كروز.")).toHaveLength(2);
  });
});

describe("groups joined by «و» before the verb of what befell them all", () => {
  it("sums «36 متطرفاً و12 عنصر أمن و7 مدنيين قتلوا» into one toll", () => {
    expect(tolls("وأوضح المتحدث أن 36 متطرفاً و12 عنصر أمن و7 مدنيين قتلوا.")).toEqual([
      { killed: n(55), injured: undefined },
    ]);
  });
});
