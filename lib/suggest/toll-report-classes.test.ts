/**
 * Failure classes found on a fresh batch of real reports (rising tolls of a blast, an airport
 * attack, an air strike told by several outlets), each with sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { sourceTypeOf } from "./sources";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";
import type { TProposal } from "./types";

const run = (text: string) => runEngine(text, "2021-06-01");
const casualties = (text: string) => casualtiesIn(run(text));
const counts = (text: string) => countsIn(run(text));
const covered = (text: string, p: TProposal | undefined) => (p ? text.slice(p.range.start, p.range.end) : "");
const casualtyProposals = (text: string) => run(text).filter((p) => p.kind === "CASUALTY");

describe("killed and injured across one comma", () => {
  it.each([
    ["وبلغ عدد القتلى 9 أشخاص، 40 جريحاً وفق الحصيلة الأولى.", { killed: n(9), injured: n(40) }],
    ["وارتفعت الحصيلة إلى 63 قتيلا، وإصابة أكثر من ألفي جريح.", { killed: n(63), injured: n(2000, "more_than") }],
    ["وأسفر التفجير عن مقتل 14، وإصابة نحو 70 شخصاً.", { killed: n(14), injured: n(70, "about") }],
  ])("%s → one toll", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
  });

  it("keeps two tolls apart when a place stands between them", () => {
    expect(casualties("قتل 4 أشخاص في الموصل، وأصيب 6 في كركوك.")).toHaveLength(2);
  });
});

describe("victims set against the injured are the dead", () => {
  it.each([
    ["وارتفع عدد ضحايا الحريق إلى 12 ضحية و30 جريحاً.", { killed: n(12), injured: n(30) }],
    [
      "وارتفع عدد ضحايا الزلزال إلى 88 شخصاً، إضافة إلى أكثر من 400 جريح.",
      { killed: n(88), injured: n(400, "more_than") },
    ],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
    expect(counts(text)).toEqual([]);
  });
});

describe("killed and injured in one total", () => {
  it("proposes nothing for a total of both («قتيلا وجريحا»), nor for its breakdown", () => {
    const text = "وارتفعت حصيلة الهجوم إلى 48 قتيلا وجريحا بينهم 6 أطفال.";
    expect(casualties(text)).toEqual([]);
    expect(counts(text)).toEqual([]);
  });

  it("reads «عشرات القتلى والجرحى» as one number for both: no figure", () => {
    expect(casualties("وخلف الانفجار عشرات القتلى والجرحى في السوق.")).toEqual([]);
  });
});

describe("an injured figure after a breakdown of the dead", () => {
  it("goes with the dead, past «بينهم»", () => {
    const text = "وأسفر الحريق عن مصرع 19 شخصا بينهم 4 أطفال وإصابة 33 آخرين.";
    expect(casualties(text)).toMatchObject([{ killed: n(19), injured: n(33) }]);
  });

  it("takes «، هم …» after a toll as who the victims were, not a count", () => {
    const text = "وأدى الهجوم إلى مقتل أربعة من أفراد الدورية، هم ثلاثة جنود ومترجم.";
    expect(casualties(text)).toMatchObject([{ killed: n(4) }]);
    expect(counts(text)).toEqual([]);
  });
});

describe("victims coordinated by nationality", () => {
  it.each([
    ["وأسفر الكمين عن مقتل شرطي عراقي وآخر كردي.", 2],
    ["وقتل فرنسيان اثنان وألماني في الحادث.", 3],
  ])("%s → one toll", (text, killed) => {
    expect(casualties(text)).toMatchObject([{ killed: n(killed) }]);
  });

  it("reads «، اثنان منهم …» after a toll as who the victims were, not a count", () => {
    const text = "وأسفر الحادث عن مقتل 3 من أفراد الطاقم، اثنان منهم روسيان والثالث أوكراني.";
    expect(casualties(text)).toMatchObject([{ killed: n(3) }]);
    expect(counts(text)).toEqual([]);
  });

  it("reads a bracket after the victims' genitive as who they were", () => {
    const text = "وأدى الانفجار إلى مقتل أربعة من موظفي البعثة (فرنسيان وإيطاليان).";
    expect(casualties(text)).toMatchObject([{ killed: n(4) }]);
    expect(counts(text)).toEqual([]);
  });
});

describe("a qualifier or an adverb where the victim or the verb would be", () => {
  it("does not read «حوالي» after a casualty word as one person", () => {
    expect(casualties("ولقي نحو 12 شخصا مصرعهم وجرح حوالي 20 آخرين.")).toMatchObject([
      { killed: n(12, "about"), injured: n(20, "about") },
    ]);
  });

  it("reads «مقتل شخص على الأقل» as at least one killed", () => {
    expect(casualties("قتل شخص على الأقل وجرح 7 في الانفجار.")).toMatchObject([
      { killed: n(1, "at_least"), injured: n(7) },
    ]);
  });

  it("reads the verb past «قد» and a coordinated noun", () => {
    expect(casualties("وأكد المصدر أن 9 عناصر على الأقل قد قتلوا.")).toMatchObject([{ killed: n(9, "at_least") }]);
    expect(casualties("وأوضح أن ثلاثة من مرافقيه وسائقه قتلوا.")).toMatchObject([{ killed: n(3) }]);
  });

  it("spans «أودى بحياة» with the figure", () => {
    const text = "وهو ما أودى بحياة 17 شخصاً في الحي.";
    expect(covered(text, casualtyProposals(text)[0])).toBe("أودى بحياة 17 شخصاً");
  });
});

describe("nobody hurt", () => {
  it.each([
    ["ولم يصب أي منهم في القصف.", { injured: n(0) }],
    ["ولم يصب أي من ركاب الحافلة بأذى.", { injured: n(0) }],
    ["ونجا المحافظ دون أن يصاب بأذى.", { injured: n(0) }],
    ["ولم يسفر القصف عن أي قتيل أو مصاب.", { killed: n(0), injured: n(0) }],
  ])("%s", (text, expected) => {
    const [c] = casualties(text);
    expect(c).toMatchObject(expected);
    if (!("killed" in expected)) expect(c?.killed).toBeUndefined();
  });

  it("spans who was unhurt", () => {
    const text = "ولم يصب أي من ركاب الحافلة بأذى بعد الحادث.";
    expect(covered(text, casualtyProposals(text)[0])).toBe("لم يصب أي من ركاب الحافلة بأذى");
  });
});

describe("numbers that are not counts", () => {
  it.each([
    "وقدرت الخسائر بنحو 40 مليون دولار.",
    "وتعاني البلدة من الحصار منذ 14 شهراً.",
    "ورفعت الجرافات كمية كبيرة من الأنقاض.",
  ])("%s", (text) => {
    expect(counts(text)).toEqual([]);
    expect(casualties(text)).toEqual([]);
  });
});

describe("«عدة» after its noun", () => {
  it.each([
    ["وكانت قذائف هاون عدة سقطت على السوق.", 1],
    ["وهزت انفجارات عدة المدينة ليلاً.", 1],
  ])("%s", (text, count) => {
    expect(counts(text)).toHaveLength(count);
    expect(counts(text)[0]?.value).toEqual({ qualifier: "range", min: 3, max: 10 });
  });

  it("reads «جرحى عدة بينهم» as several injured", () => {
    expect(casualties("وسقط جرحى عدة بينهم عناصر من الحراسة.")).toMatchObject([
      { injured: { qualifier: "range", min: 3, max: 10 } },
    ]);
  });
});

describe("who reports it", () => {
  const speakerOf = (text: string, kind: TProposal["kind"]) => {
    const p = run(text).find((x) => x.kind === kind);
    return p?.speaker ? text.slice(p.speaker.start, p.speaker.end) : null;
  };

  it("reads «وكان X قد قال في وقت سابق إن …»", () => {
    expect(speakerOf("وكان المتحدث قد قال في وقت سابق إن الطريق أغلق.", "STATEMENT")).toBe("المتحدث");
    expect(speakerOf("وكان الوزير قد قال في وقت سابق إن 5 أشخاص قتلوا.", "CASUALTY")).toBe("الوزير");
  });

  it("skips a name in apposition and a time phrase between the verb and the content", () => {
    expect(
      speakerOf("وكان قائد الشرطة، العميد سامي حداد، قد أعلن الأسبوع الماضي، ارتفاع عدد القتلى إلى 8.", "CASUALTY"),
    ).toBe("قائد الشرطة، العميد سامي حداد");
  });

  it("reads an outlet in Latin letters after «لـ»", () => {
    expect(speakerOf("وقال مصدر في الدفاع المدني لـ BBC إن 3 أشخاص قتلوا.", "CASUALTY")).toBe("مصدر في الدفاع المدني");
  });

  it("takes an attribution after the figure («، حسبما قالت …»)", () => {
    expect(speakerOf("ولقي 11 شخصا مصرعهم في الحريق، حسبما قالت وزارة الداخلية لـAP.", "CASUALTY")).toBe(
      "وزارة الداخلية",
    );
  });

  it("keeps the speaker when an outlet passes the figure on («، حسبما ذكرت وكالة …»)", () => {
    expect(
      speakerOf("وقال الحاكم إن 20 شخصا على الأقل قتلوا في الفيضان، حسبما ذكرت وكالة الأنباء الرسمية.", "CASUALTY"),
    ).toBe("الحاكم");
  });

  it("takes no basis for a speaker («وفق حصيلة أولية»)", () => {
    expect(speakerOf("وقتل 7 أشخاص في القصف، وفق حصيلة أولية.", "CASUALTY")).toBeNull();
  });

  it("reads «قائلا» as part of the verb, not its speaker", () => {
    const text = "وقال المحافظ إن الوضع مستقر. وتابع قائلا: «لن نسمح بتكرار ذلك».";
    const said = run(text).filter((p) => p.kind === "STATEMENT");
    expect(said.map((p) => (p.speaker ? text.slice(p.speaker.start, p.speaker.end) : null))).toEqual([
      "المحافظ",
      "المحافظ",
    ]);
  });

  it("reads a verb after a dateline's dash", () => {
    expect(speakerOf("عمان برس - أعلن المحافظ عن ارتفاع عدد المصابين.", "STATEMENT")).toBe("المحافظ");
  });

  it("reads «لم» before a past form as a slip, not a negation", () => {
    expect(speakerOf("فيما لم كشفت مصادر طبية أن الحصيلة بلغت 15 قتيلا.", "CASUALTY")).toBe("مصادر طبية");
  });
});

describe("source types", () => {
  it.each([
    ["قائد ميداني سوري", "ANONYMOUS"],
    ["مصادر أمنية وطبية", "ANONYMOUS"],
    ["مصادر طبية", "LOCAL"],
    ["إحصاءات غير رسمية", "ANONYMOUS"],
    ["وزارة الداخلية", "OFFICIAL"],
    ["محافظ البصرة", "OFFICIAL"],
  ])("%s → %s", (text, type) => {
    expect(sourceTypeOf(text, false)).toBe(type);
  });
});
