/**
 * Failure classes found on the enlarged development part of the real reports, each tested with
 * sentences written for these tests (never the reports' own words).
 */
import { describe, expect, it } from "vitest";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";

const run = (text: string) => runEngine(text, "2022-05-10");
const casualties = (text: string) => casualtiesIn(run(text));
const counts = (text: string) => countsIn(run(text));

describe("victims coordinated in one clause are one toll, their sum", () => {
  it.each([
    ["وأسفرت القذيفة عن مقتل رجلين و4 أطفال في القرية.", 6],
    ["وقتل أربعة مزارعين وامرأتان في الغارة.", 6],
    ["وأدى الانفجار إلى مقتل سائق ومهندس أجنبي يعمل في الشركة.", 2],
  ])("%s", (text, killed) => {
    const found = casualties(text);
    expect(found).toMatchObject([{ killed: n(killed) }]);
    expect(counts(text)).toEqual([]);
  });

  it("sums the wounded the same way, with the victims from the first noun to the last", () => {
    const [c] = casualties("وأسفر القصف عن إصابة شرطي وخمسة من حراس المنشأة النفطية.");
    expect(c?.injured).toEqual(n(5 + 1));
    expect(c?.victims).toMatch(/^شرطي.*حراس/u);
  });

  it("sums victims of two sides named by their nationality into one toll", () => {
    const found = casualties("وأسفر الهجوم عن إصابة ثلاثة جنود فرنسيين وجنديين ماليين.");
    expect(found).toMatchObject([{ injured: n(5) }]);
  });

  it("does not sum figures in separate places of a sentence", () => {
    const found = casualties("وقتل 12 مسلحا في الموصل، ونحو خمسة في كركوك.");
    expect(found.map((c) => c.killed?.value)).toEqual([12, 5]);
  });
});

describe("«آخرين» ties the wounded to the dead across a comma", () => {
  it.each([
    ["وأدى القصف إلى مقتل ثلاثة صيادين، وجرح اثنين آخرين.", 3, 2],
    ["وقال الدفاع المدني إن 6 أشخاص لقوا حتفهم، بينما أصيب 9 آخرون.", 6, 9],
  ])("%s", (text, killed, injured) => {
    expect(casualties(text)).toMatchObject([{ killed: n(killed), injured: n(injured) }]);
  });

  it("keeps the speaker's source on a toll read across the clauses", () => {
    const [p] = run("وقال الدفاع المدني إن 6 أشخاص لقوا حتفهم، بينما أصيب 9 آخرون.").filter(
      (x) => x.kind === "CASUALTY",
    );
    expect(p?.source?.text).toBe("الدفاع المدني");
  });

  it("leaves a separate wounded figure after a comma alone when it does not say «others»", () => {
    expect(casualties("وقتل جنديان في الكمين، وأصيب 3 مدنيين في حادث منفصل.")).toHaveLength(2);
  });
});

describe("who the victims were, in brackets after the toll", () => {
  it("is part of the toll, not a count, and the wounded after it join the toll", () => {
    const text = "وأسفر الحريق عن وفاة 4 أشخاص (هم رجلان وامرأتان)، وإصابة ثلاثة آخرين.";
    const text2 = "وأعلنت الشرطة مقتل 4 أشخاص (هم طفلان وامرأتان)، وإصابة ثلاثة آخرين.";
    expect(counts(text)).toEqual([]);
    expect(casualties(text2)).toMatchObject([{ killed: n(4), injured: n(3) }]);
    expect(counts(text2)).toEqual([]);
  });
});

describe("a breakdown after «بينهم»", () => {
  it("is part of the toll when it names only some of the victims", () => {
    expect(casualties("وأسفرت الغارة عن مقتل 9 مدنيين بينهم ثلاثة أطفال وامرأة.")).toMatchObject([{ killed: n(9) }]);
  });

  it("keeps its parts in the toll even when they add up to it", () => {
    const found = casualties("وأسفرت الاشتباكات عن مقتل 30 مسلحا بينهم 18 سوريا و12 من جنسيات أخرى.");
    expect(found.map((c) => c.killed?.value)).toEqual([30]);
  });
});

describe("munitions named without a number", () => {
  it.each([
    ["وأفاد شهود بسقوط صاروخ قرب مبنى المحافظة.", 1, /صاروخ/u],
    ["وألقت طائرة مسيرة قنبلة على نقطة التفتيش مساء السبت.", 1, /طائرة مسيرة/u],
    ["وأصابت قذيفة سطح المدرسة.", 1, /قذيفة/u],
    ["وسقط أحد الصواريخ في حديقة عامة.", 1, /الصواريخ/u],
    ["وأطلق مجهولون صاروخي كاتيوشا على المعسكر.", 2, /صاروخي كاتيوشا/u],
  ])("%s", (text, value, thing) => {
    const [c] = counts(text);
    expect(c?.value).toEqual(n(value));
    expect(c?.thing).toMatch(thing);
  });

  it("reads «لم يسقط أي صاروخ» as none", () => {
    expect(counts("وأكد المدير أنه لم يسقط أي صاروخ داخل المطار.")).toMatchObject([{ value: n(0) }]);
  });

  it.each([
    "وتعرضت القاعدة لهجوم بطائرة مسيرة الليلة الماضية.",
    "وقال الضابط إن صاروخا ثالثا سقط في النهر.",
    "وتملك الشركة طائرات مسيرة للتصوير.",
    "وأعلن الجيش أن الصاروخ سقط في منطقة خالية.",
  ])("leaves alone the kind of an attack, one of a series, an adjective and a definite munition: %s", (text) => {
    expect(counts(text)).toEqual([]);
  });

  it("does not count «one» after an adjective («a single»)", () => {
    expect(counts("وتسكن المنزل عائلة ريفية واحدة.")).toEqual([]);
  });
});

describe("a bare number as the subject of its verb is a part of what was counted before", () => {
  it("«عاد 76»", () => {
    const found = counts("وأصيب 90 عاملا في الحريق. وعاد 60 إلى أعمالهم.");
    expect(found).toMatchObject([{ value: n(60), thing: "عاملا" }]);
  });

  it("«سقط اثنان منها على الأقل», a number between slashes, and «one of them»", () => {
    expect(counts("وأطلقت 7 قذائف، سقط اثنان منها على الأقل داخل الحي.")).toMatchObject([
      { value: n(7) },
      { value: n(2, "at_least"), thing: "قذائف" },
    ]);
    expect(counts("وأصيب 12 شرطيا، ونُقل /5/ منهم إلى بغداد، وتعافى واحد منهم.")).toMatchObject([
      { value: n(5) },
      { value: n(1) },
    ]);
  });

  it("does not read «سقط اثنان منهما» as two killed", () => {
    expect(casualties("وأطلقت قذيفتان، سقط اثنان منهما في الحقل.")).toEqual([]);
  });
});

describe("stated zeros in the wording of wire reports", () => {
  it.each([
    ["وسقطت القذائف في أرض زراعية دون خسائر.", { killed: n(0), injured: n(0) }],
    ["وانفجرت العبوة من دون خسائر تذكر.", { killed: n(0), injured: n(0) }],
    ["ولم يخلف الحريق أي خسائر في الأرواح.", { killed: n(0) }],
    ["ولم ترد تقارير عن وقوع خسائر بشرية في القصف.", { killed: n(0), injured: n(0) }],
    ["ولا أنباء عن خسائر في صفوف السكان حتى الآن.", { killed: n(0), injured: n(0) }],
    ["ولم ترد أنباء فورية عن وقوع إصابات بين المارة.", { injured: n(0) }],
  ])("%s", (text, figures) => {
    const found = casualties(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(figures);
    if (!("injured" in figures)) expect(found[0]?.injured).toBeUndefined();
  });

  it.each(["ولم يسفر الانفجار عن خسائر مادية كبيرة.", "ولم ترد تقارير عن عدد القتلى."])(
    "leaves material losses and unknown tolls alone: %s",
    (text) => {
      expect(casualties(text)).toEqual([]);
    },
  );
});
