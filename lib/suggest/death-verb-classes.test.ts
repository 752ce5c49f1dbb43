/**
 * Ways of telling deaths and tolls that the rules missed on sentences written for these tests, in the
 * style of wire reports: a verb of dying with a singular or an ordinal after it («توفي جندي متأثراً
 * بجراحه»، «توفي جندي ثالث عشر»), the wounded who died («توفي اثنان من الجرحى»), lives taken
 * («حصد أرواح»، «راح ضحيته»), a feminine victim coordinated with a dual («جنديان ومتعاقدة»), the injured
 * after a one-victim clause («إن جندياً قتل وأصيب أربعة آخرون»), «others» past an aside, and injuries
 * told by their kind after a preposition («أصيب المئات بحالات اختناق»).
 */
import { describe, expect, it } from "vitest";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";

const run = (text: string) => runEngine(text, "2023-05-10");
const tolls = (text: string) => casualtiesIn(run(text)).map((c) => ({ killed: c.killed, injured: c.injured }));

describe("a verb of dying", () => {
  it.each([
    ["وتوفي جندي في الهجوم.", n(1)],
    ["وتوفي جندي متأثراً بجراحه في المستشفى.", n(1)],
    ["وتوفي اثنان من الجرحى في المستشفى.", n(2)],
    ["وتوفي جريحان متأثرين بجروحهما.", n(2)],
  ])("%s", (text, killed) => {
    expect(tolls(text)).toEqual([{ killed, injured: undefined }]);
  });

  it("names the dead without the words of how they died", () => {
    const [toll] = casualtiesIn(run("وتوفي جندي متأثراً بجراحه."));
    expect(toll?.victims).toBe("جندي");
    const [met] = casualtiesIn(run("ولقي ثلاثة أشخاص مصرعهم في الانفجار."));
    expect(met?.victims).toBe("أشخاص");
  });

  it("does not count the thirteenth soldier as one more", () => {
    expect(tolls("وقال المتحدث إنه توفي جندي أميركي ثالث عشر متأثراً بجروحه.")).toEqual([]);
  });
});

describe("lives taken", () => {
  it.each([
    ["وحصد الهجوم أرواح 50 شخصاً.", n(50)],
    ["وحصد الهجوم أرواح قرابة 50 شخصاً.", n(50, "about")],
    ["وراح ضحيته 20 شخصاً.", n(20)],
    ["وراح ضحية التفجير نحو عشرين مدنياً.", n(20, "about")],
  ])("%s", (text, killed) => {
    expect(tolls(text)).toEqual([{ killed, injured: undefined }]);
    expect(countsIn(run(text))).toEqual([]);
  });
});

describe("victims coordinated and the injured after them", () => {
  it.each([
    ["قتل جنديان أمريكيان ومتعاقدة بريطانية في الهجوم.", { killed: n(3), injured: undefined }],
    ["قُتل جنديان ومتعاقدة وأصيب 12 آخرون في القصف.", { killed: n(3), injured: n(12) }],
    ["وقالت الوزارة إن جندياً قتل وأصيب أربعة آخرون.", { killed: n(1), injured: n(4) }],
    ["ولقي ثلاثة أشخاص مصرعهم، بينهم جندي أمريكي، وجرح ستة آخرون.", { killed: n(3), injured: n(6) }],
  ])("%s", (text, expected) => {
    expect(tolls(text)).toEqual([expected]);
  });

  it("still reads «killed and injured» with one number as neither toll when no figure comes before", () => {
    expect(tolls("وقتل وأصيب العشرات في الانفجار.")).toEqual([]);
  });
});

describe("injuries told by their kind", () => {
  it("reads the verb, not the cases after it, and names no victims", () => {
    const text = "وأصيب المئات بحالات اختناق.";
    expect(tolls(text)).toEqual([{ killed: undefined, injured: { qualifier: "range", min: 200, max: 999 } }]);
    expect(casualtiesIn(run(text))[0]?.victims).toBe("");
    expect(countsIn(run(text))).toEqual([]);
  });
});

describe("what is counted ends where a place or a breakdown starts", () => {
  it.each([
    ["واستهدف الانتحاري تجمعاً لنحو 200 مجند أمام مركز التجنيد.", "مجند"],
    ["واعتقلت الشرطة 13 شخصاً بينهم ثلاثة أجانب.", "شخصاً"],
  ])("%s", (text, thing) => {
    expect(countsIn(run(text))[0]?.thing).toBe(thing);
  });

  it("ends the victims before «حسبما»", () => {
    expect(casualtiesIn(run("وقتل 12 شخصاً حسبما أفاد مصدر أمني."))[0]?.victims).toBe("شخصاً");
  });

  it("does not read hospitals the wounded were taken to as wounded", () => {
    expect(tolls("ونقل الجرحى إلى خمسة مستشفيات في المدينة.")).toEqual([]);
    expect(tolls("وارتفع عدد الجرحى إلى 45.")).toEqual([{ killed: undefined, injured: n(45) }]);
  });
});

describe("a verb of dying before where it happened, and a qualifier before «الـ»", () => {
  it.each([
    ["وقضى في الهجوم الانتحاري 40 جندياً.", n(40)],
    ["وأسفر الهجوم عن مقتل قرابة الـ50 شخصاً.", n(50, "about")],
    ["وأسفر الهجوم عن مقتل أكثر من الـ50 شخصاً.", n(50, "more_than")],
  ])("%s", (text, killed) => {
    expect(tolls(text)).toEqual([{ killed, injured: undefined }]);
  });
});

describe("the wounded counted, and a total of the wounded", () => {
  it("counts the wounded taken somewhere (convention 4)", () => {
    const text = "وأعلن الهلال الأحمر نقل 47 جريحاً إلى المستشفى.";
    expect(tolls(text)).toEqual([]);
    expect(countsIn(run(text)).map((c) => c.value)).toEqual([n(47)]);
  });

  it("reads what a total came to as the toll, whatever befell them after", () => {
    expect(tolls("ووصل عدد المصابين إلى نحو 50 مصاباً نقلوا إلى المستشفيات.")).toEqual([
      { killed: undefined, injured: n(50, "about") },
    ]);
  });

  it("makes no toll of «a number of the killed and wounded»", () => {
    expect(run("وسقط عدد من القتلى والجرحى.").filter((p) => p.kind !== "STATEMENT")).toEqual([]);
  });
});

describe("who did it, who they were, and figures across a Latin comma", () => {
  it("reads a dual right before the victims' figure as the killers («قتل مسلحان جهاديان 21 سائحا»)", () => {
    const text = "وفي مارس الماضي قتل مسلحان جهاديان 21 سائحا في متحف باردو.";
    expect(tolls(text)).toEqual([{ killed: n(21), injured: undefined }]);
    expect(countsIn(run(text)).map((c) => c.value)).toEqual([n(2)]);
    expect(tolls("قتل جنديان أمريكيان و3 مدنيين في الهجوم.")).toEqual([{ killed: n(5), injured: undefined }]);
  });

  it("keeps the ف of «فلسطينيان» and does not count who the counted people are", () => {
    const text = "وقال إن منفذيه هم ثلاثة أشخاص فلسطينيان وسوري.";
    expect(countsIn(run(text)).map((c) => [c.thing, c.value])).toEqual([["أشخاص", n(3)]]);
  });

  it("joins the injured after «, وأكثر من»", () => {
    expect(tolls("وأعلن الوزير أن أكثر من41 قتيلا, وأكثر من181 جريح سقطوا.")).toEqual([
      { killed: n(41, "more_than"), injured: n(181, "more_than") },
    ]);
  });

  it("counts duals of broken-plural nouns and no «one» after «لإحدى»", () => {
    const counts = countsIn(run("وفجر انتحاريان نفسيهما بحزامين ناسفين في مكانين متقاربين."));
    expect(counts.map((c) => c.value)).toEqual([n(2), n(2), n(2)]);
    expect(countsIn(run("وقالت المستشارة في تصريح صحفي لإحدى القنوات إن العدد مرشح للارتفاع."))).toEqual([]);
    expect(
      countsIn(run("عاد 76 جندياً إلى الخدمة، بينهم واحد فقط يعالج في ألمانيا.")).map((c) => c.value),
    ).toContainEqual(n(1));
  });
});

describe("a verb in the dual after a noun in -ين says it is two", () => {
  it("counts «انتحاريين وصلا» as two, and leaves a plural verb's noun alone", () => {
    expect(countsIn(run("وقال الصليب الأحمر إن انتحاريين وصلا مشيا وفجرا نفسيهما.")).map((c) => c.value)).toEqual([
      n(2),
    ]);
    expect(countsIn(run("وقال الجيش إن مسلحين حاولوا اقتحام الموقع."))).toEqual([]);
  });
});
