/**
 * How a casualty report names its victims when no number stands before them: one more person after
 * a figure («وأصيب آخر»), a singular casualty noun («سقوط قتيل»), a subject after where it happened
 * («وقتل في الهجوم متعاقد»), a verb that means dying only of people («قضى ثلاثة مدنيين»), and a group
 * joined past what its victims are of («أربعة عناصر من الشرطة ومدني»). Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";

const casualties = (text: string) =>
  casualtiesIn(runEngine(text, "2022-05-10")).map((c) => ({ killed: c.killed, injured: c.injured }));

describe("one more person after a figure of the same sentence", () => {
  it.each([
    ["وقالت الشرطة إن ثلاثة جنود قتلوا وأصيب آخر.", 3, 1],
    ["ولقي جنديان حتفهما وأصيب ثالث بجروح خطيرة.", 2, 1],
    ["استشهد مواطنان وأصيب ثالث بنيران الاحتلال.", 2, 1],
  ])("%s", (text, killed, injured) => {
    expect(casualties(text)).toEqual([{ killed: n(killed), injured: n(injured) }]);
  });

  it("is no figure without one before it, nor «the last of»", () => {
    expect(casualties("وأصيب آخر الجنود الذين وصلوا إلى الموقع.")).toEqual([]);
  });
});

describe("a singular casualty noun is one victim", () => {
  it.each([
    ["وأسفر الانفجار عن سقوط قتيل وثلاثة جرحى.", { killed: n(1), injured: n(3) }],
    ["وخلف الهجوم قتيلاً وثلاثة جرحى.", { killed: n(1), injured: n(3) }],
    ["وخلّف الهجوم قتيلا.", { killed: n(1), injured: undefined }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toEqual([expected]);
  });

  it.each(["وسقط المصابون بين قتيل وجريح.", "وكان أول قتيل في الحرب جنديا فرنسيا."])("not in «%s»", (text) => {
    expect(casualties(text)).toEqual([]);
  });
});

describe("the victim after where or how it happened", () => {
  it.each([
    ["وقتل في الهجوم متعاقد أجنبي، وأصيب خمسة آخرون.", { killed: n(1), injured: n(5) }],
    ["وقتل خلال الاشتباكات جندي عراقي.", { killed: n(1), injured: undefined }],
    ["وأصيب في الانفجار شرطي ومدنيان.", { killed: undefined, injured: n(3) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toEqual([expected]);
  });
});

describe("verbs that mean dying only of people, before them", () => {
  it("reads «قضى» with people after it as killed", () => {
    expect(casualties("قضى ثلاثة مدنيين وجرح خمسة في الغارة.")).toEqual([{ killed: n(3), injured: n(5) }]);
  });

  it("leaves «قضى» with time after it alone", () => {
    expect(casualties("قضى ثلاثة أيام في المستشفى قبل أن يعود إلى منزله.")).toEqual([]);
  });
});

describe("groups joined past what the victims are of, summed into one toll", () => {
  it.each([
    ["وأعلنت الوزارة مقتل أربعة عناصر من الشرطة ومدني.", 5],
    ["وقتل ثلاثة من عناصر الأمن ومدني في الهجوم.", 4],
    ["وأدى الهجوم إلى مقتل حارسين فرنسيين ومترجم محلي.", 3],
  ])("%s", (text, killed) => {
    expect(casualties(text)).toEqual([{ killed: n(killed), injured: undefined }]);
  });
});

describe("totals", () => {
  it("a breakdown after a stated total is part of it, not a toll", () => {
    expect(casualties("وأعلنت وزارة الصحة أن عدد الجرحى بلغ 47 جريحاً بينهم 9 في حالة حرجة.")).toEqual([
      { killed: undefined, injured: n(47) },
    ]);
  });

  it("a total that passed a number is more than it", () => {
    expect(casualties("وتجاوز عدد القتلى 100 شخص.")).toEqual([{ killed: n(100, "more_than"), injured: undefined }]);
  });
});

describe("a whole a part is out of", () => {
  it("counts what the part counts («4 صواريخ من أصل 7»)", () => {
    const counts = countsIn(runEngine("وأكد التحالف أن 4 صواريخ من أصل 7 سقطت داخل القاعدة.", "2020-03-12"));
    expect(counts.map((c) => [c.thing, c.value])).toEqual([
      ["صواريخ", n(4)],
      ["صواريخ", n(7)],
    ]);
  });
});

describe("wire-report tolls", () => {
  it.each([
    ["مقتل أربعة من أفراد الجيش الأمريكي على الأقل في الهجوم.", { killed: n(4, "at_least"), injured: undefined }],
    ["وأصيب أكثر من 30 مصاباً و6 قضوا وهم في طريقهم.", { killed: n(6), injured: n(30, "more_than") }],
    [
      "وأسفر الهجوم عن مقتل 10 أشخاص على الأقل وإصابة العشرات اليوم.",
      { killed: n(10, "at_least"), injured: { qualifier: "range", min: 20, max: 99 } },
    ],
    ["وقال الرئيس إن عدد القتلى بلغ 100، وثمة 300 جريح.", { killed: n(100), injured: n(300) }],
    ["ارتفع عدد قتلى هجوم بسيارتين مفخختين إلى 100.", { killed: n(100), injured: undefined }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toEqual([expected]);
  });

  it("counts the car bombs of a toll's attack without the preposition glued to them", () => {
    expect(countsIn(runEngine("ارتفع عدد قتلى هجوم بسيارتين مفخختين إلى 100.", "2022-05-10"))).toMatchObject([
      { thing: "سيارتين مفخختين", value: n(2) },
    ]);
  });

  it.each([
    ["وسلمت السلطات 34 جثة إلى ذويها.", 34],
    ["وكانت الوزارة سلمت جثامين 36 قتيلاً إلى ذويهم.", 36],
  ])("counts the dead whose bodies are handed over, instead of reading a toll: %s", (text, value) => {
    expect(casualties(text)).toEqual([]);
    expect(countsIn(runEngine(text, "2022-05-10"))).toMatchObject([{ value: n(value) }]);
  });
});

describe("totals told in other orders", () => {
  it.each([
    [
      "ارتفع ضحايا التفجير المزدوج الذي استهدف مقر الوزارة وسط العاصمة إلى 100 شخص وإصابة نحو 300 آخرين.",
      { killed: n(100), injured: n(300, "about") },
    ],
    ["ارتفع إلى 100 عدد قتلى هجوم بسيارتين مفخختين وقع السبت.", { killed: n(100), injured: undefined }],
    [
      "أعلنت الوزيرة ارتفاع حصيلة تفجير السوق الدامي إلى 292 بينهم 177 غير واضحي المعالم.",
      { killed: n(292), injured: undefined },
    ],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toEqual([expected]);
  });
});

describe("one attacker told by what he did", () => {
  it.each([
    "وقال المسؤولون إن الانفجار الأول نفذه انتحاري يرتدي سترة ناسفة.",
    "وانفجرت سيارة مفخخة يقودها انتحاري قرب الحاجز.",
  ])("%s", (text) => {
    expect(countsIn(runEngine(text, "2022-05-10")).filter((c) => c.thing === "انتحاري")).toEqual([
      { thing: "انتحاري", value: n(1) },
    ]);
  });

  it("is not a count when the word only describes an attack", () => {
    expect(countsIn(runEngine("وأسفر التفجير الانتحاري عن مقتل شخصين.", "2022-05-10"))).toEqual([]);
  });
});

describe("coalition-style tolls", () => {
  it.each([
    ["وأعلنت وزارة الدفاع مقتل مجندة بريطانية في الهجوم.", { killed: n(1), injured: undefined }],
    ["وقال مسؤول إن الهجوم أوقع قتيلين أمريكيين وقتيلا بريطانيا.", { killed: n(3), injured: undefined }],
    ["ولقي متعاقد مدني حتفه فيما أصيب تسعة آخرون بينهم جندي.", { killed: n(1), injured: n(9) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toEqual([expected]);
  });
});

describe("duals that point back", () => {
  it("does not count a definite dual with its adjectives («الانفجارين المتزامنين»)", () => {
    expect(countsIn(runEngine("وقال المتحدث إن الانفجارين المتزامنين وقعا قرب الوزارة.", "2022-05-10"))).toEqual([]);
  });

  it("still counts an indefinite one («سيارتين مفخختين»)", () => {
    expect(countsIn(runEngine("وانفجرت سيارتين مفخختين قرب الوزارة.", "2022-05-10"))).toMatchObject([{ value: n(2) }]);
  });
});

describe("explosions told one after the other", () => {
  it("counts «انفجار …، أعقبه انفجار آخر» as two", () => {
    expect(countsIn(runEngine("وقع انفجار خارج بوابة المطار، أعقبه انفجار آخر.", "2022-05-10"))).toMatchObject([
      { thing: "انفجار", value: n(2) },
    ]);
  });
});

describe("the killers named before the one killed", () => {
  it.each([
    ["قتل مسلحون مجهولون ضابطاً في الشرطة أمام منزله.", 1],
    ["وقتل مسلحون مدنيا في القرية.", 1],
    ["قتل عشرون مدنياً في القصف.", 20],
  ])("%s", (text, killed) => {
    expect(casualties(text)).toEqual([{ killed: n(killed), injured: undefined }]);
  });
});
