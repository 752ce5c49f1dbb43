/**
 * The failure classes found on real reports from outside the sample corpus (issue: extraction on
 * news nobody here wrote), each with sentences written for these tests in wire-style Arabic.
 */
import { describe, expect, it } from "vitest";
import { refersTo } from "./coreference";
import { sourceTypeOf } from "./sources";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";
import type { TEntityForMatching, TProposal } from "./types";

const run = (text: string, entities: TEntityForMatching[] = []) => runEngine(text, "2021-03-01", entities);
const casualties = (text: string) => casualtiesIn(run(text));
const counts = (text: string) => countsIn(run(text));

describe("number first, casualty verb after the noun", () => {
  it.each([
    ["وأكد الجيش أن خمسة من جنوده قُتلوا في الكمين.", 5],
    ["وقال مسعفون إن 8 مدنيين لقوا حتفهم جراء القصف.", 8],
    ["وذكر المتحدث أن أربعة جنود عراقيين قتلوا قرب الحدود.", 4],
  ])("%s → killed", (text, killed) => {
    expect(casualties(text)).toMatchObject([{ killed: n(killed) }]);
    expect(counts(text)).toEqual([]);
  });

  it("reads a plural verb of wounding the same way, and leaves the verb out of the victims", () => {
    const [c] = casualties("وأفادت الشرطة بأن ستة من عناصرها أصيبوا بجروح طفيفة.");
    expect(c?.injured).toEqual(n(6));
    expect(c?.victims).not.toMatch(/أصيبوا/u);
  });
});

describe("«سقوط N من …» without قتيل or جريح", () => {
  it("counts people who fell as killed", () => {
    expect(casualties("وأسفرت الغارة عن سقوط تسعة من المقاتلين.")).toMatchObject([{ killed: n(9) }]);
    expect(casualties("وسقط 3 جنود خلال الاشتباك.")).toMatchObject([{ killed: n(3) }]);
  });

  it("leaves things that fell as counts", () => {
    expect(casualties("وسقطت 6 قذائف على المعسكر.")).toEqual([]);
    expect(counts("وسقطت 6 قذائف على المعسكر.")).toMatchObject([{ value: n(6) }]);
  });
});

describe("totals that are raised", () => {
  it.each([
    ["وارتفع عدد الجرحى إلى 27.", { injured: n(27) }],
    ["وأعلنت السلطات ارتفاع حصيلة القتلى إلى 19.", { killed: n(19) }],
    ["وارتفع عدد العسكريين المصابين في القصف إلى 52 عسكريا.", { injured: n(52) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
  });

  it("does not take the rising total as part of who announced it", () => {
    const [p] = run("وأعلنت السلطات ارتفاع حصيلة القتلى إلى 19.").filter((x) => x.kind === "CASUALTY");
    expect(p?.speaker?.text).toBe("السلطات");
  });
});

describe("a number whose noun is elided", () => {
  it("counts the parts of a tally as the tally's thing", () => {
    const found = counts("وسجلت القوات 40 خرقاً، 25 منها في الشمال و15 في الجنوب.");
    expect(found.map((c) => [c.value.value, c.thing])).toEqual([
      [40, "خرقاً"],
      [25, "خرقاً"],
      [15, "خرقاً"],
    ]);
  });

  it("does not take a prepositional phrase for the counted noun", () => {
    const found = counts("ونفذت الجماعة 33 هجوما، 21 منها بقذائف و12 بمسيرات.");
    expect(found.map((c) => [c.value.value, c.thing])).toEqual([
      [33, "هجوما"],
      [21, "هجوما"],
      [12, "هجوما"],
    ]);
  });

  it("does not invent a count for a bare number with nothing before it", () => {
    expect(counts("وصل 12 إلى المدينة.")).toEqual([]);
  });
});

describe("durations", () => {
  it.each([
    "وتواصلت المفاوضات نحو شهرين.",
    "وبقي المحتجزون قرابة ثلاثة أسابيع في السجن.",
    "بعد أكثر من عامين على الهجوم.",
  ])("%s → nothing", (text) => {
    expect(counts(text)).toEqual([]);
    expect(casualties(text)).toEqual([]);
  });
});

describe("stated zeros", () => {
  it("a zero covers the kinds its words name: إصابات the injured, خسائر and أضرار بشرية both", () => {
    const [damage] = casualties("وانفجرت العبوة دون أضرار أو إصابات.");
    expect(damage).toMatchObject({ injured: n(0) });
    expect(damage?.killed).toBeUndefined();
    expect(casualties("ولم يسفر القصف عن خسائر أو إصابات.")).toMatchObject([{ killed: n(0), injured: n(0) }]);
    expect(casualties("وسقطت القذيفة في حقل دون تسجيل أي أضرار بشرية.")).toMatchObject([
      { killed: n(0), injured: n(0) },
    ]);
    const [nobody] = casualties("وقال المتحدث إنه لم يصب أي من الحراس بأذى.");
    expect(nobody).toMatchObject({ injured: n(0) });
    expect(nobody?.killed).toBeUndefined();
    const [none] = casualties("وأكد الجيش أنه لم يصب أحد في القصف.");
    expect(none?.killed).toBeUndefined();
  });

  it("«لم يسفر عن إصابات» alone stays 0 injured", () => {
    const [c] = casualties("ولم يسفر الحادث عن إصابات.");
    expect(c).toMatchObject({ injured: n(0) });
    expect(c?.killed).toBeUndefined();
  });
});

describe("coreference of speakers within an article", () => {
  it("resolves a later title to the person named in full earlier", () => {
    const text =
      "وقال قائد القيادة المركزية الأمريكية كينيث ماكنزي إن القوات جاهزة. وفي مؤتمر صحفي لاحق، قال قائد القيادة المركزية إن التحقيق مستمر.";
    const statements = run(text).filter((p) => p.kind === "STATEMENT");
    expect(statements.map((s) => s.speaker?.text)).toEqual([
      "قائد القيادة المركزية الأمريكية كينيث ماكنزي",
      "قائد القيادة المركزية الأمريكية كينيث ماكنزي",
    ]);
    expect(statements[1]?.speaker?.implicit).toBe(true);
    expect(statements[1]?.summary).toContain("referred to as «قائد القيادة المركزية»");
  });

  it("resolves a short name to the full name, and to the registry's person", () => {
    const entities: TEntityForMatching[] = [{ id: "e-mck", kind: "PERSON", names: ["كينيث ماكنزي"] }];
    const text = "وصرح الجنرال كينيث ماكنزي بأن الرد سيكون حاسما. وقال ماكنزي إن الهجمات ستتوقف.";
    const statements = run(text, entities).filter((p) => p.kind === "STATEMENT");
    expect(statements[1]?.speaker?.text).toBe("الجنرال كينيث ماكنزي");
    expect(statements[1]?.claim?.speakerEntityId).toBe("e-mck");
  });

  it("finds the registry's person from a short name that was never written in full", () => {
    const entities: TEntityForMatching[] = [
      { id: "e-mck", kind: "PERSON", names: ["كينيث ماكنزي", "Kenneth McKenzie"] },
    ];
    const [s] = run("وقال ماكنزي إن الهجمات ستتوقف.", entities).filter((p) => p.kind === "STATEMENT");
    expect(s?.claim?.speakerEntityId).toBe("e-mck");
  });

  it("does not resolve a different title or an unrelated name", () => {
    expect(refersTo("وزير الخارجية", "وزير الدفاع لويد أوستن")).toBe(false);
    expect(refersTo("رئيس الوزراء", "رئيس الوزراء العراقي مصطفى الكاظمي")).toBe(true);
    expect(refersTo("الكاظمي", "رئيس الوزراء العراقي مصطفى الكاظمي")).toBe(false);
    expect(refersTo("الجيش", "المتحدث باسم الجيش")).toBe(false);
  });
});

describe("one proposal per claim", () => {
  const text =
    "وقال مسؤول عسكري طلب عدم الكشف عن اسمه لوكالة فرانس برس إن القصف أدى إلى مقتل جنديين وإصابة خمسة آخرين.";

  it("proposes the figure with its speaker, channel and source, and not the statement again", () => {
    const proposals = run(text);
    expect(proposals.filter((p) => p.kind === "STATEMENT")).toEqual([]);
    const [c] = proposals.filter((p) => p.kind === "CASUALTY");
    expect(c?.claim?.figures).toMatchObject({ killed: n(2), injured: n(5) });
    expect(c?.speaker?.text).toBe("مسؤول عسكري");
    expect(c?.claim?.attribution).toBe("مسؤول عسكري");
    expect(c?.claim?.channel).toContain("فرانس");
    expect(c?.source).toMatchObject({ text: "مسؤول عسكري", type: "ANONYMOUS" });
    expect(c?.parts.find((x) => x.role === "content")?.text).toContain("إن القصف أدى إلى مقتل");
  });

  it("keeps a statement without figures as a statement", () => {
    expect(run("وقال المتحدث باسم الحكومة إن التحقيق مستمر.").map((p) => p.kind)).toEqual(["STATEMENT"]);
  });
});

describe("attribution of figures", () => {
  it.each([
    ["وقُتل ثلاثة حراس، وفقاً لوزارة الداخلية.", "وزارة الداخلية", "OFFICIAL"],
    ["وأصيب سبعة عمال، بحسب مصدر طبي في المستشفى.", "مصدر طبي", "LOCAL"],
    ["وأفاد سكان محليون بمقتل امرأتين.", "سكان محليون", "LOCAL"],
    ["ونقلت وكالة الأنباء المحلية عن شهود قولهم إن 4 أشخاص قتلوا.", "شهود", "LOCAL"],
    ["وذكرت صحيفة حكومية أن 10 أشخاص قتلوا.", "صحيفة حكومية", "MEDIA"],
    ["وقالت مصادر أمنية إن 6 جنود أصيبوا.", "مصادر أمنية", "ANONYMOUS"],
    ["وأعلنت الجماعة المسلحة مسؤوليتها عن 5 هجمات.", "الجماعة المسلحة", "OFFICIAL"],
  ])("%s → «%s» %s", (text, source, type) => {
    const figures = run(text).filter((p) => p.kind === "CASUALTY" || p.kind === "COUNT");
    expect(figures).toHaveLength(1);
    expect(figures[0]?.source).toMatchObject({ type });
    expect(figures[0]?.source?.text).toContain(source);
  });

  it("leaves a figure the article asserts itself without a source", () => {
    const [c] = run("وقُتل جنديان في انفجار عبوة ناسفة.").filter((p) => p.kind === "CASUALTY");
    expect(c?.source).toBeNull();
    expect(c?.speaker).toBeNull();
  });

  it("types sources by their words", () => {
    expect(sourceTypeOf("مستشفى المدينة", false)).toBe("LOCAL");
    expect(sourceTypeOf("وكالة رويترز", false)).toBe("MEDIA");
    expect(sourceTypeOf("خلية الإعلام الأمني", false)).toBe("OFFICIAL");
    expect(sourceTypeOf("متحدث باسم الشرطة", true)).toBe("OFFICIAL");
    expect(sourceTypeOf("مسؤول أمريكي", true)).toBe("ANONYMOUS");
  });
});

describe("provenance", () => {
  it("every proposal names its rule, the rule's version and a confidence in (0, 1)", () => {
    const text = "وقال مسؤول إن 3 صواريخ سقطت الأحد. وقُتل جندي في انفجار. وأكد الوزير أن التحقيق مستمر.";
    const proposals = run(text, [{ id: "e", kind: "PERSON", names: ["الوزير"] }]);
    expect(new Set(proposals.map((p) => p.kind))).toEqual(
      new Set(["COUNT", "CASUALTY", "STATEMENT", "DATE", "PERSON"]),
    );
    for (const p of proposals) {
      expect(p.provenance.rule).toMatch(/^[a-z]+\.[a-z]+$/u);
      expect(p.provenance.ruleVersion).toBeGreaterThanOrEqual(1);
      expect(p.provenance.confidence).toBeGreaterThan(0);
      expect(p.provenance.confidence).toBeLessThan(1);
    }
  });

  it("is less sure of a speaker named only earlier", () => {
    const [a, b] = run("وقال الوزير إن التحقيق مستمر. وأضاف أن النتائج ستعلن قريبا.").filter(
      (p) => p.kind === "STATEMENT",
    );
    expect(b?.provenance.confidence).toBeLessThan(a?.provenance.confidence ?? 0);
  });
});

describe("patterns of wire reports (sentences of our own)", () => {
  const only = (text: string, kind: TProposal["kind"]) => run(text).filter((p) => p.kind === kind);

  it("reads what a denial verb denies a few words on as a stated zero", () => {
    const [c] = only("ونفى قائد الشرطة المحلية، الخميس، وقوع خسائر بصفوف عناصره.", "CASUALTY");
    expect(c?.claim?.figures).toMatchObject({ killed: n(0), injured: n(0) });
    expect(c?.source).toMatchObject({ type: "OFFICIAL" });
  });

  it("counts an increase of a casualty total as the same victims", () => {
    const found = casualties("وارتفع عدد الجرحى إلى 60 جريحا، أي بزيادة 15 عن الحصيلة السابقة.");
    expect(found.map((c) => c.injured?.value)).toEqual([60, 15]);
  });

  it("reads cases of injury, injuries counted and a diagnosis as injured", () => {
    expect(casualties("وسجلت السلطات 20 حالة إصابة بالاختناق.")).toMatchObject([{ injured: n(20) }]);
    expect(casualties("وأكد المستشفى استقبال 9 إصابات جديدة.")).toMatchObject([{ injured: n(9) }]);
    expect(casualties("وتم تشخيص 14 عاملا أجنبيا بجروح متوسطة.")).toMatchObject([{ injured: n(14) }]);
    expect(casualties("وسجلت السلطات 20 حالة جديدة.")).toEqual([]);
  });

  it("counts the rest of a breakdown with the thing counted before it", () => {
    const found = counts("وأطلق المسلحون 12 قذيفة، 9 منها سقطت في الحقول، بينما سقطت الثلاث الأخرى قرب المدرسة.");
    expect(found.map((c) => c.value.value)).toEqual([12, 9]);
    expect(
      counts("ونقل 40 معتقلا إلى السجن المركزي، في حين بقي العشرة الباقون في المركز.").map((c) => [
        c.value.value,
        c.thing,
      ]),
    ).toEqual([
      [40, "معتقلا"],
      [10, "معتقلا"],
    ]);
  });

  it("takes the source an outlet passes on («نقلا عن») and a chain after what was said", () => {
    const [a] = only("وذكرت وكالة الأنباء الرسمية نقلا عن مصادر طبية بأن طفلا صغيرا قتل في القصف.", "CASUALTY");
    expect(a?.source).toMatchObject({ text: "مصادر طبية", type: "LOCAL" });
    expect(a?.claim?.channel).toContain("وكالة");
    const [b] = only("وأصيب ثلاثة حراس في الهجوم، وفق ما نقلته صحيفة محلية عن ضابط في الشرطة.", "CASUALTY");
    expect(b?.source?.text).toContain("ضابط في الشرطة");
  });

  it("finds the speaker after كان, past a comma and قد, and keeps a bracketed name in it", () => {
    const [a] = only("وكان محافظ المدينة أحمد علي، قد أعلن في البداية أنه لم تقع أي إصابات.", "CASUALTY");
    expect(a?.speaker?.text).toBe("محافظ المدينة أحمد علي");
    const [b] = only("وقالت هيئة الدفاع المدني (الإنقاذ) في بيان إن 4 منازل دمرت.", "COUNT");
    expect(b?.speaker?.text).toBe("هيئة الدفاع المدني (الإنقاذ)");
  });

  it("reads «بحسب ما أكد مصدر لوكالة …» at the end of a sentence as its source", () => {
    const [c] = only("وسقطت خمسة صواريخ على المطار، بحسب ما أكد مصدر أمني لوكالة فرانس برس.", "COUNT");
    expect(c?.source).toMatchObject({ text: "مصدر أمني", type: "ANONYMOUS" });
    expect(c?.claim?.channel).toContain("فرانس");
  });

  it("gives a figure after everything said in its sentence, in a clause of its own, that sentence's source", () => {
    const [, second] = only(
      "وقال ضابط في الجيش إن 6 قذائف أصابت المعسكر، بينما سقطت 3 قذائف أخرى في نهر قريب.",
      "COUNT",
    );
    expect(second?.source?.text).toBe("ضابط في الجيش");
    expect(second?.speaker).toBeNull();
    const [, other] = only("وقال ضابط في الجيش إن 6 قذائف أصابت المعسكر. وسقطت 3 قذائف في النهر.", "COUNT");
    expect(other?.source).toBeNull();
  });
});

describe("more patterns of wire reports (sentences of our own)", () => {
  it("counts a number set after its definite noun", () => {
    expect(counts("ويتمركز في القاعدة الجنود البريطانيون الـ 300 منذ عامين.")).toMatchObject([{ value: n(300) }]);
    expect(counts("وغادر المدينة اللاجئون /450/ صباح اليوم.")).toMatchObject([{ value: n(450) }]);
  });

  it("takes the role from the victims' relative clause", () => {
    expect(casualties("وتلقى العمال الـ12 الذين أصيبوا في الحريق العلاج.")).toMatchObject([{ injured: n(12) }]);
  });

  it("reads a total given without إلى from its noun", () => {
    const [p] = run("وكان العدد الأول للجرحى في المدينة 35 شخصا.").filter((x) => x.kind === "CASUALTY");
    expect(p?.claim?.figures).toMatchObject({ injured: n(35) });
    expect(p?.range.text.startsWith("العدد")).toBe(true);
  });

  it("does not make a second statement of a sentence whose speaker is named, for a marker naming a basis", () => {
    const statements = run("وقال مسؤول محلي إن المياه عادت إلى الأحياء كلها، بحسب مسح أولي.").filter(
      (p) => p.kind === "STATEMENT",
    );
    expect(statements.map((s) => s.speaker?.text)).toEqual(["مسؤول محلي"]);
  });
});

describe("the fourteen-incident round (sentences of our own)", () => {
  it("reads «لاقوا حتفهم», the long form of «لقوا», as killed", () => {
    expect(casualties("وذكرت مصادر محلية أن 12 شخصا لاقوا حتفهم في الانفجار.")).toMatchObject([{ killed: n(12) }]);
  });

  it("reads a rise of «قتلى» with no «عدد» before it as the killed", () => {
    expect(casualties("وأعلن المرصد ارتفاع قتلى تفجيرات المدينة إلى 33 شخصا.")).toMatchObject([{ killed: n(33) }]);
  });

  it("gives no figure for a number «قتلوا أو أصيبوا»: killed or injured, one number", () => {
    expect(casualties("وقال الوزير إن أكثر من 17 قتلوا أو أصيبوا في الهجوم.")).toEqual([]);
  });

  it("gives no zero for a toll not yet settled («لم تستقر حصيلة ضحايا»)", () => {
    expect(casualties("ولم تستقر حصيلة ضحايا الانفجار عند رقم معين بعد.")).toEqual([]);
  });

  it("counts the wounded by what is done to them when no casualty verb comes before them", () => {
    expect(casualties("وأضاف أن 70 مصابا آخرين نقلوا إلى مستشفيات العاصمة.")).toEqual([]);
    expect(counts("وأضاف أن 70 مصابا آخرين نقلوا إلى مستشفيات العاصمة.")).toMatchObject([{ value: n(70) }]);
    expect(casualties("وقال إن 40 جريحا لا يزالون يرقدون في المستشفيات.")).toEqual([]);
    expect(casualties("وأصيب 20 آخرون نقلوا إلى المستشفى.")).toMatchObject([{ injured: n(20) }]);
    // (The injured of a toll just given stay its injured, whatever befell them after.)
    expect(casualties("وأكد المراسل مقتل 40 شخصا و120 جريحا على الأقل نقلوا إلى مستشفيات المدينة.")).toMatchObject([
      { killed: n(40), injured: { qualifier: "at_least", value: 120 } },
    ]);
  });

  it("counts duals of attackers and of the vehicles of an attack", () => {
    expect(counts("وفجرت انتحاريتان نفسيهما في السوق.")).toMatchObject([{ value: n(2) }]);
    expect(counts("ونفذ الهجوم انتحاريان.")).toMatchObject([{ value: n(2) }]);
    expect(counts("وانفجرت عبوتان ناسفتان استهدفتا حافلتين تقل زوارا.")).toMatchObject([
      { value: n(2) },
      { value: n(2), thing: "حافلتين" },
    ]);
  });

  it("leaves a breakdown in brackets after «منهم» out of the counts", () => {
    expect(counts("وأعلنت الوزارة مقتل 80 شخصاً منهم ( 6 نساء و6 أطفال).")).toEqual([]);
  });
});

describe("groups added to a toll, and sources after «لما» or «ذلك» (sentences of our own)", () => {
  it("sums a group added with «إضافة إلى» or «فضلا عن», also after a comma, with the injured after it", () => {
    expect(
      casualties("نتج عن التفجير مقتل 12 من منتسبي القوات، إضافة إلى ثلاثة من العاملين في الموقع وإصابة سبعة آخرين."),
    ).toMatchObject([{ killed: n(15), injured: n(7) }]);
    expect(casualties("وقتل 12 جنديا فضلا عن 3 مدنيين.")).toMatchObject([{ killed: n(15) }]);
  });

  it("names the outlet after «طبقا لما ذكرته» as the source and the speaker", () => {
    const [p] = run("ارتفع عدد القتلى في المدينة إلى ثلاثة أشخاص، طبقا لما ذكرته وكالة الأنباء الرسمية.").filter(
      (x) => x.kind === "CASUALTY",
    );
    expect(p?.source?.text).toBe("وكالة الأنباء الرسمية");
  });

  it("passes over the object «ذلك» and the day to the subject of «ذكرت»", () => {
    const [p] = run("ذكرت ذلك اليوم بوابة الأخبار وأضافت أن المستشفى استقبل أكثر من 40 جريحا.").filter(
      (x) => x.kind === "CASUALTY",
    );
    expect(p?.source?.text).toBe("بوابة الأخبار");
  });

  it("types unnamed local officials and an unnamed colonel as anonymous, local sources as local", () => {
    expect(sourceTypeOf("مسؤولون محليون أتراك", false)).toBe("ANONYMOUS");
    expect(sourceTypeOf("مسئولون", false)).toBe("ANONYMOUS");
    expect(sourceTypeOf("عقيد في الشرطة", false)).toBe("ANONYMOUS");
    expect(sourceTypeOf("مصادر محلية", false)).toBe("LOCAL");
  });
});

describe("claims of responsibility (sentences of our own)", () => {
  it("makes no statement of a claim whose number after «ب» says how the attack was done", () => {
    const proposals = run("أرسل الصدر سراياه لحمايته، في وقت أعلن تنظيم داعش مسؤوليته عن التفجير بثلاثة انتحاريين.");
    expect(proposals.filter((p) => p.kind === "STATEMENT" || p.speaker !== null)).toEqual([]);
  });

  it("makes no statement of a claim with the day between commas, and keeps what the group then said", () => {
    const statements = run(
      "وأعلن التنظيم، أمس الجمعة، المسؤولية عن الهجوم، وقال في بيان إن “ثلاثة من عناصره نفذوا العملية”.",
    ).filter((p) => p.kind === "STATEMENT");
    expect(statements.map((s) => s.range.text)).not.toContain("المسؤولية عن الهجوم");
  });
});

describe("outlets after ل (sentences of our own)", () => {
  it("reads «لإذاعة …»، «لقناة …» after a verb of saying as whom it was said to, not who spoke", () => {
    const [, second] = run(
      'وأعلنت الوزيرة أن "أضرارا مادية" لحقت بالسفارة. وقالت لإذاعة "صوت المدينة" إن "هناك أضرارا في المبنى".',
    ).filter((p) => p.kind === "STATEMENT");
    expect(second?.speaker?.text).not.toMatch(/إذاعة/u);
  });

  it("reads the outlet after «وفقا لقناة» as the source", () => {
    const [p] = run("وفقا لقناة “المدينة“، فإن “سيارة مفخخة انفجرت قرب المستشفى”.");
    expect(p?.source?.text).toMatch(/^قناة/u);
  });
});

describe("deaths that raised a toll (sentences of our own)", () => {
  it("keeps «بعد وفاة جريحين» inside the toll it raised, and the injured after it with the toll", () => {
    expect(casualties("وارتفعت حصيلة القتلى إلى 18 قتيلا بعد وفاة جريحين متأثرين بجراحهما.")).toMatchObject([
      { killed: n(18) },
    ]);
    const [toll, ...rest] = casualties(
      "وقال إن عدد القتلى ارتفع إلى 26 بعد وفاة شخصين متأثرين بجراحهما بينما أصيب 62 آخرون.",
    );
    expect(toll).toMatchObject({ killed: n(26), injured: n(62) });
    expect(rest).toEqual([]);
  });

  it("reads the wounded who died («وفاة جريحين») as killed", () => {
    expect(casualties("وأعلن المستشفى وفاة جريحين متأثرين بجراحهما.")).toMatchObject([{ killed: n(2) }]);
  });
});

describe("numbers that count nothing (sentences of our own)", () => {
  it.each([
    "وانفجرت العبوة عند السيطرة 54 في مدخل المدينة.",
    "وهاجم المسلحون مقر الفيلق 209 بالجيش.",
    "وقع الانفجار عند الساعة 12,00 تغ في المدينة.",
    "وقدرت زنة العبوة بأكثر من 100 كلغ من المتفجرات.",
    "ودمر الانفجار المبنى المؤلف من سبعة طوابق.",
  ])("%s → no count", (text) => {
    expect(counts(text)).toEqual([]);
  });

  it("still counts a number after its definite noun with «الـ»", () => {
    expect(counts("ويتمركز في القاعدة الجنود البريطانيون الـ 300 منذ عامين.")).toMatchObject([{ value: n(300) }]);
  });
});

describe("the missing, and what could not be done (sentences of our own)", () => {
  it("keeps the missing out of a killed toll and counts them", () => {
    expect(casualties("وقال المسؤول إن الحصيلة بلغت 90 قتيلا و17 مفقودا.")).toMatchObject([{ killed: n(90) }]);
    expect(counts("وقال المسؤول إن الحصيلة بلغت 90 قتيلا و17 مفقودا.")).toMatchObject([{ value: n(17) }]);
  });

  it("gives no zero for «عدم القدرة على جمع أشلاء الضحايا»", () => {
    expect(casualties("وأعلنت الوزارة عدم القدرة على جمع أشلاء بعض الضحايا.")).toEqual([]);
  });
});

describe("a date in brackets between the verb and its subject (sentences of our own)", () => {
  it("reads the subject after «حسبما ذكرت الاثنين (20 كانون ثاني/يناير 2020)»", () => {
    const [p] = run(
      "ارتفعت حصيلة الهجوم إلى 116 قتيلا، حسبما ذكرت الاثنين (20 كانون ثاني/يناير 2020) مصادر طبية وعسكرية لوكالة فرانس برس.",
    ).filter((x) => x.kind === "CASUALTY");
    expect(p?.source?.text).toBe("مصادر طبية وعسكرية");
  });
});

describe("«لكن» opens a clause with a subject of its own (sentences of our own)", () => {
  it("reads the speaker after «لكن» before its verb", () => {
    const [p] = run(
      'وأكد المتحدث حصول الاعتداء بدون كشف تفاصيل لكن مصدرا في الهيئة قال إنه "تم تأكيد مقتل 22 شخصا".',
    ).filter((x) => x.kind === "CASUALTY");
    expect(p?.source?.text).toBe("مصدرا في الهيئة");
    const [q] = run("وقال المتحدث إن الهجوم وقع لكن مصدرا في الهيئة قال إن 22 شخصا قتلوا.").filter(
      (x) => x.kind === "CASUALTY",
    );
    expect(q?.source?.text).toBe("مصدرا في الهيئة");
  });
});

describe("a total that passed a number (sentences of our own)", () => {
  it("reads «عدد القتلى تجاوز 150» as more than 150, and «تجاوز 3 من المصابين مرحلة الخطر» as three", () => {
    expect(casualties("وقالت القناة إن عدد قتلى الهجوم تجاوز 150 شخصا.")).toMatchObject([
      { killed: { qualifier: "more_than", value: 150 } },
    ]);
    expect(counts("وتجاوز 3 من المصابين مرحلة الخطر.")).toMatchObject([{ value: n(3) }]);
  });
});

describe("who announces a toll in a headline, a death notice or the press (sentences of our own)", () => {
  const sourceOf = (text: string) => run(text).find((x) => x.kind === "CASUALTY")?.source;

  it.each([
    ["الشرطة الكينية تعلن مقتل 9 أشخاص في هجوم على حافلة.", "الشرطة الكينية", "official"],
    ['ونعت وزارة الدفاع في بيان "استشهاد 4 من جنودها" في الهجوم.', "وزارة الدفاع", "official"],
    ["وتناقلت وسائل إعلام محلية أن 6 أشخاص قتلوا في الانفجار.", "وسائل إعلام محلية", "media"],
    ["وتوقعت التقارير أن يكون 30 شخصا قد قتلوا في الهجوم.", "التقارير", "media"],
  ])("%s → %s", (text, source, type) => {
    expect(sourceOf(text)).toMatchObject({ text: source, type: type.toUpperCase() });
  });

  it("reads no statement in «قبل أن يعلن الجيش الانسحاب», nor in a death notice of a person", () => {
    expect(run("وقتل 3 أشخاص قبل أن يعلن الجيش الانسحاب من البلدة.").filter((x) => x.kind === "STATEMENT")).toEqual([]);
    expect(run("ونعى الحزب اثنين من عناصره.").filter((x) => x.kind === "STATEMENT")).toEqual([]);
  });

  it("reads the speaker past «، وهو متحدث باسم الشرطة:» and past the agency it told", () => {
    expect(sourceOf("وقال أحمد سالم، وهو متحدث باسم الشرطة: العدد لدينا هو 12 قتيلا.")?.text).toBe("أحمد سالم");
    expect(sourceOf("وأفاد مصدر أمني وكالة فرانس برس أن 7 جنود قتلوا في الهجوم.")?.text).toBe("مصدر أمني");
  });

  it("ends the speaker before what a hospital received («وصول 11 جثة») and before «القول»", () => {
    expect(sourceOf("وأكدت مصادر طبية في المستشفى وصول 11 جثة من موقع الانفجار.")?.text).toBe("مصادر طبية في المستشفى");
    expect(sourceOf("ونقلت القناة عن مسؤولين أمنيين القول إن الانفجار أدى إلى إصابة 20 شخصا.")?.text).toBe(
      "مسؤولين أمنيين",
    );
  });

  it("types an unnamed official as anonymous however «مسؤول» is spelled, also a local one", () => {
    expect(sourceTypeOf("مسئول أمريكي", false)).toBe("ANONYMOUS");
    expect(sourceTypeOf("مسؤول محلي", false)).toBe("ANONYMOUS");
    expect(sourceTypeOf("مسؤولون محليون", false)).toBe("ANONYMOUS");
  });
});

describe("who were among a toll or a group, and groups (sentences of our own)", () => {
  it.each([
    "وقالت المصادر إن معظم الضحايا من الجنود، ويوجد ثلاثة أطفال بين الجرحى.",
    "وقال المسؤولون إن القتلى بينهم خمسة من أفراد الشرطة.",
    "وقال الوزير إن المهاجمين كان بينهم 4 أجانب وسعوديان اثنان.",
    "وتبنت الهجوم جماعتان متشددتان.",
  ])("%s → no count of who they were", (text) => {
    expect(counts(text)).toEqual([]);
  });

  it("counts the hostages freed, not who they were after a comma", () => {
    expect(counts("وحرر الجيش 5 رهائن، فرنسيان وألماني ونرويجيان.")).toMatchObject([{ value: n(5) }]);
    expect(counts("وحرر الجيش 5 رهائن، فرنسيان وألماني ونرويجيان.")).toHaveLength(1);
  });

  it("reads «قتل 6 أشخاص بما في ذلك 4 جنود، وجرح 19 آخرين» as one toll of 6 killed and 19 injured", () => {
    expect(casualties("وأدى الانفجار إلى قتل 6 أشخاص بما في ذلك 4 جنود، وجرح 19 آخرين.")).toMatchObject([
      { killed: n(6), injured: n(19) },
    ]);
    expect(counts("وأدى الانفجار إلى قتل 6 أشخاص بما في ذلك 4 جنود، وجرح 19 آخرين.")).toEqual([]);
  });
});

describe("a speaker's phrase and what is not a speaker (sentences of our own)", () => {
  const sourceOf = (text: string) => run(text).find((x) => x.kind === "CASUALTY")?.source;

  it("passes over «قبيل هذا الهجوم» between the verb and what was said", () => {
    expect(sourceOf("وكانت الوزارة قد أعلنت قبيل هذا الهجوم عن مقتل 3 مسلحين في اشتباك.")?.text).toBe("الوزارة");
  });

  it("reads the author of «وفقاً لحصيلة لمسؤول عسكري فقد …»", () => {
    expect(sourceOf("ووفقاً لحصيلة لمسؤول عسكري فقد أدى الهجوم إلى مقتل 9 جنود.")).toMatchObject({
      text: "مسؤول عسكري",
      type: "ANONYMOUS",
    });
  });

  it("takes the police before «وشهود» as the source, and «وكالة» is no second party", () => {
    expect(sourceOf("وقتل 10 أشخاص في التفجير، وفقا للشرطة وشهود.")?.type).toBe("OFFICIAL");
    expect(sourceTypeOf("مصور وكالة فرانس برس", false)).toBe("MEDIA");
  });

  it.each([
    "وأصيب 18 شخصا على الأقل وصفت جروح بعضهم بالخطرة.",
    "وأكد المسعفون انتشال جثث جديدة ما يرفع الحصيلة الأولية التي تحدثت عن أربعة قتلى.",
    "وأعلنت الحركة مسؤوليتها عن هجوم استهدف حافلة قتلوا فيه 28 شخصا.",
  ])("%s → the toll has no source", (text) => {
    const tolls = run(text).filter((x) => x.kind === "CASUALTY");
    expect(tolls.length).toBeGreaterThan(0);
    for (const c of tolls) expect(c.source ?? null).toBeNull();
  });
});

describe("sources named in longer quotation marks, in a saying noun, and unnamed together (sentences of our own)", () => {
  const sourceOf = (text: string) => run(text).find((x) => x.kind === "CASUALTY")?.source;

  it("reads a speaker in quotation marks followed by another party and «أن»", () => {
    expect(sourceOf("وذكر «المرصد السوري لحقوق الإنسان» ووسائل إعلام محلية، أن 14 شخصا قتلوا.")?.text).toMatch(
      /^المرصد السوري لحقوق الإنسان/u,
    );
  });

  it("still reads a quotation after «قال فيها» as what was said", () => {
    expect(
      run('وقال الحزب في رسالة قال فيها "كثيرون من أنصارنا فقدوا حياتهم"، مشيراً إلى أن الحفل كان عرسا.').some(
        (x) => x.kind === "STATEMENT" && x.speaker?.text.includes("فقدوا"),
      ),
    ).toBe(false);
  });

  it("reads «وفق تأكيدات مصادر أمنية وطبية» as the sources, unnamed", () => {
    expect(sourceOf("وقتل 12 شخصا في الانفجار، وفق تأكيدات مصادر أمنية وطبية.")).toMatchObject({
      text: "مصادر أمنية وطبية",
      type: "ANONYMOUS",
    });
  });

  it("types local and security sources together, or police and medical ones, as unnamed", () => {
    expect(sourceTypeOf("مصادر محلية وأمنية", false)).toBe("ANONYMOUS");
    expect(sourceTypeOf("مصادر من الشرطة ومصادر طبية", true)).toBe("ANONYMOUS");
    expect(sourceTypeOf("مصادر محلية", true)).toBe("LOCAL");
  });

  it("passes over «أولا» after a verb of saying", () => {
    expect(sourceOf("وكانت حصيلة سابقة تحدثت أولا عن سقوط 20 قتيلا.") ?? null).toBeNull();
  });
});

describe("one attacker or vehicle told by what it did (sentences of our own)", () => {
  it.each([
    ["وقال الضابط إن الانتحاري فجر نفسه عند البوابة.", "الانتحاري"],
    ["وأكد الشهود أن انتحارية فجرت نفسها في السوق.", "انتحارية"],
    ["وكان انتحاري قد فجر نفسه قرب الحاجز.", "انتحاري"],
  ])("%s → one «%s»", (text, thing) => {
    expect(counts(text)).toMatchObject([{ thing, value: n(1) }]);
  });

  it("counts the truck an attacker set off («فجر انتحاري شاحنة ملغومة»)", () => {
    expect(counts("وقتل عشرة أشخاص عندما فجر انتحاري شاحنة ملغومة أمام المبنى.").map((c) => c.thing)).toContain(
      "شاحنة ملغومة",
    );
  });
});

describe("what a verb of saying takes as its object (sentences of our own)", () => {
  it("keeps the denier as the speaker after «نفى مصدر ما تناقلته وسائل الإعلام …، وأكد أن …»", () => {
    const statements = run(
      "ونفى مصدر أمني ما تناقلته وسائل الإعلام عن أن «الهجوم استهدف اجتماعا»، وأكد أن «الموظفين كانوا في عملهم».",
    ).filter((x) => x.kind === "STATEMENT");
    expect(statements.map((x) => x.speaker?.text)).toEqual(["مصدر أمني", "مصدر أمني"]);
  });
});

describe("a toll given by a dual of the dead (sentences of our own)", () => {
  it("reads «الحصيلة هي شهيدان وأكثر من 25 جريحاً نقلوا إلى المستشفيات» as one toll", () => {
    const text = "وقال المسؤول إن الحصيلة الأولية هي شهيدان وأكثر من 25 جريحاً نقلوا إلى المستشفيات.";
    expect(casualties(text)).toMatchObject([{ killed: n(2), injured: n(25, "more_than") }]);
    expect(counts(text)).toEqual([]);
  });
});

describe("an impersonal present form (sentences of our own)", () => {
  it("reads no statement in «في تفجير سيارة مفخخة يرجح أن انتحارياً يقودها»", () => {
    const statements = run("قتل أربعة أشخاص في تفجير سيارة مفخخة يرجح أن انتحارياً يقودها في وسط المدينة.").filter(
      (x) => x.kind === "STATEMENT",
    );
    expect(statements).toEqual([]);
  });
});

describe("qualifiers and times before the number or the speaker (sentences of our own)", () => {
  it("reads «قتل على الأقل 14 شخصاً» as at least 14", () => {
    expect(casualties("قتل على الأقل 14 شخصا في الاعتداء وأصيب العشرات بجروح.")).toMatchObject([
      { killed: n(14, "at_least") },
    ]);
  });

  it("passes over «صباحا» after the speaker", () => {
    const [p] = run("وأفاد المرصد السوري صباحا عن ارتفاع عدد القتلى إلى 87.").filter((x) => x.kind === "CASUALTY");
    expect(p?.source?.text).toBe("المرصد السوري");
  });
});

describe("parts of a toll told by how badly hurt, and places a vague number spreads over (sentences of our own)", () => {
  it("reads «، 12 منهم في حالة حرجة» after a toll as a part of it, not a count", () => {
    const text = "وأصيب 140 شخصا بجروح، 12 منهم في حالة حرجة.";
    expect(casualties(text)).toMatchObject([{ injured: n(140) }]);
    expect(counts(text)).toEqual([]);
  });

  it("reads «أربعة من الجرحى إصاباتهم بالغة» as no figure of its own", () => {
    const text = "قتل 9 أشخاص وأصيب 30 آخرون. وقال الطبيب إن أربعة من الجرحى إصاباتهم بالغة.";
    expect(casualties(text)).toHaveLength(1);
    expect(counts(text)).toEqual([]);
  });

  it("still counts the wounded by where they are: «، 20 منهم في العناية المركزة»", () => {
    const text = "وقال إن 70 جريحا لا يزالون في المستشفيات، 20 منهم في العناية المركزة.";
    expect(counts(text).map((c) => c.value)).toContainEqual(n(20));
  });

  it("reads «في عدة مناطق» and «من عدة دول» as where, not counts", () => {
    expect(counts("ووقعت الانفجارات في عدة مناطق من المدينة وأدانتها عدة دول.")).toEqual([]);
  });

  it("still counts «عدة صواريخ»", () => {
    expect(counts("وسقطت عدة صواريخ على القاعدة.").map((c) => c.value)).toEqual([
      { qualifier: "range", min: 3, max: 10 },
    ]);
  });

  it("reads «لقي أربعة سوريين بينهم ثلاثة أطفال مصرعهم» as 4 killed, the children a part of them", () => {
    const text = "لقي أربعة سوريين بينهم ثلاثة أطفال مصرعهم في المدينة.";
    expect(casualties(text)).toMatchObject([{ killed: n(4) }]);
    expect(counts(text)).toEqual([]);
  });

  it("reads «معسكراً» with tanween as one camp, not two", () => {
    expect(counts("واستهدف الهجوم معسكراً للجيش قرب المدينة.")).toEqual([]);
  });
});

describe("bodies found later (sentences of our own)", () => {
  it("reads «بعد العثور على 4 جثث» after a raised toll as bodies counted, not a second toll", () => {
    const text = "وارتفع عدد القتلى إلى 40 قتيلاً، بعد العثور على 4 جثث تحت الأنقاض.";
    expect(casualties(text)).toMatchObject([{ killed: n(40) }]);
    expect(counts(text).map((c) => c.value)).toEqual([n(4)]);
  });

  it("reads «سبع جثث جديدة» as bodies counted", () => {
    const text = "وانتشلت فرق الإنقاذ سبع جثث جديدة من الموقع.";
    expect(casualties(text)).toEqual([]);
    expect(counts(text).map((c) => c.value)).toEqual([n(7)]);
  });

  it("still reads «العثور على 15 جثة» with no toll before it as killed", () => {
    expect(casualties("وتم العثور على 15 جثة في الموقع.")).toMatchObject([{ killed: n(15) }]);
  });
});

describe("a qualifier shared by the killed and the injured (sentences of our own)", () => {
  it("reads «ما لا يقل عن 12 قتيلاً و40 مصاباً» as at least 12 and at least 40", () => {
    expect(casualties("وارتفعت الحصيلة إلى ما لا يقل عن 12 قتيلاً و40 مصاباً.")).toMatchObject([
      { killed: n(12, "at_least"), injured: n(40, "at_least") },
    ]);
  });

  it("reads «نحو 9 قتلى و20 جريحاً» as about both", () => {
    expect(casualties("وأوقع الهجوم نحو 9 قتلى و20 جريحاً.")).toMatchObject([
      { killed: n(9, "about"), injured: n(20, "about") },
    ]);
  });

  it("keeps «أكثر من 30 قتيلاً و35 جريحاً» and «36 قتيلاً على الأقل و62 جريحاً» to the first figure", () => {
    expect(casualties("وخلف الهجوم أكثر من 30 قتيلاً و35 جريحاً.")).toMatchObject([
      { killed: n(30, "more_than"), injured: n(35) },
    ]);
    expect(casualties("وخلف الهجوم 36 قتيلاً على الأقل و62 جريحاً.")).toMatchObject([
      { killed: n(36, "at_least"), injured: n(62) },
    ]);
  });
});

describe("numbers in brackets and ranges with «إلى» (sentences of our own)", () => {
  it("reads «مقتل (4) مواطنين» as 4 killed, the brackets kept in the proposal's words", () => {
    const text = "وأدى الهجوم إلى مقتل (4) مواطنين ومصرع (3) من المهاجمين.";
    const found = run(text).filter((p) => p.kind === "CASUALTY");
    expect(found.map((p) => p.claim?.figures)).toMatchObject([{ killed: n(4) }, { killed: n(3) }]);
    for (const p of found) expect(text.slice(p.range.start, p.range.end)).toBe(p.range.text);
    expect(found.map((p) => p.range.text)).toEqual(["مقتل (4) مواطنين", "(3) من المهاجمين"]);
  });

  it("reads «سقوط 25 الى 30 قتيلاً» and «يتراوح بين 20 إلى 25» as ranges, «من 25 إلى 30» not", () => {
    expect(casualties("وتحدثت التقارير عن سقوط 25 الى 30 قتيلا في الانفجار.")).toMatchObject([
      { killed: { qualifier: "range", min: 25, max: 30 } },
    ]);
    expect(casualties("وقال إن عدد القتلى يتراوح بين 20 إلى 25 قتيلا.")).toMatchObject([
      { killed: { qualifier: "range", min: 20, max: 25 } },
    ]);
    expect(casualties("وارتفع عدد القتلى من 25 إلى 30 قتيلا.")[0]).toMatchObject({ killed: n(30) });
  });
});

describe("people joined to the victims by «و» (sentences of our own)", () => {
  it("sums «7 سياح اسبان ويمنيين اثنين» into one toll", () => {
    expect(casualties("لقي 5 عمال اتراك ومصريين اثنين مصرعهم وأصيب 8 آخرون.")).toMatchObject([
      { killed: n(7), injured: n(8) },
    ]);
  });

  it("sums «مقتل 7 من السياح ومواطنين اثنين» into one toll, and counts no people of it", () => {
    const text = "أسفر الهجوم عن مقتل 6 من الزوار ومواطنين اثنين في المدينة.";
    expect(casualties(text)).toMatchObject([{ killed: n(8) }]);
    expect(counts(text)).toEqual([]);
  });

  it("reads the verb after two groups as both groups': «14 مدنيا وعسكريين اثنين قتلوا» is 16 killed", () => {
    const text = "وأعلن الرئيس ان 11 مدنيا وشرطيين اثنين قتلوا في الهجوم.";
    expect(casualties(text)).toMatchObject([{ killed: n(13) }]);
    expect(counts(text)).toEqual([]);
  });

  it("keeps things after the victims out of the toll («مقتل 5 جنود و3 سيارات»)", () => {
    expect(casualties("أسفر الهجوم عن مقتل 5 جنود و3 سيارات.")).toMatchObject([{ killed: n(5) }]);
  });
});

describe("the verb right after a figure says what befell its people (sentences of our own)", () => {
  it("reads «30 شخصاً قتلوا و90 آخرين أصيبوا» as 30 killed and 90 injured, one toll", () => {
    expect(casualties("وقال الوزير إن 30 شخصا قتلوا و90 آخرين أصيبوا.")).toMatchObject([
      { killed: n(30), injured: n(90) },
    ]);
  });

  it("reads «، و150 أصيبوا بجروح» and «، وأن 80 شخصاً آخر أصيبوا» as the injured of the toll before", () => {
    expect(casualties("وقالت الوزارة إن «25 شخصاً قتلوا، و150 أصيبوا بجروح».")).toMatchObject([
      { killed: n(25), injured: n(150) },
    ]);
    expect(casualties("وقال التلفزيون إن 12 شخصا قتلوا، وأن 80 شخصا آخر أصيبوا.")).toMatchObject([
      { killed: n(12), injured: n(80) },
    ]);
  });
});

describe("the verb after a toll's breakdown (sentences of our own)", () => {
  it("joins «وأصيب اثنان آخران» (a dual of «others») to the toll past its breakdown", () => {
    expect(casualties("قتل 3 حراس أحدهم قائد الحراسة، وأصيب اثنان آخران.")).toMatchObject([
      { killed: n(3), injured: n(2) },
    ]);
  });

  it("reads «9 عناصر من قوات الأمن بينهم ستة شرطيين قتلوا» as 9 killed, the policemen a part of them", () => {
    const text = "وقالت الصحيفة إن 9 عناصر من قوات الأمن بينهم ستة شرطيين قتلوا وأصيب 10 آخرون.";
    expect(casualties(text)).toMatchObject([{ killed: n(9), injured: n(10) }]);
    expect(counts(text)).toEqual([]);
  });
});

describe("the wave-12 classes (sentences of our own)", () => {
  it("reads the bodies of the dead as the toll, and the injured after them as its injured", () => {
    expect(casualties("وقال الناطق: استقبلنا حتى الآن جثث خمسة أشخاص و12 جريحا في مستشفيات المدينة.")).toMatchObject([
      { killed: n(5), injured: n(12) },
    ]);
    expect(casualties("وصل إلى المستشفيات اليوم جثث 31 شهيدا و140 جريحا.")).toMatchObject([
      { killed: n(31), injured: n(140) },
    ]);
    expect(casualties("وقالت الشرطة إنها عثرت على جثث 8 اشخاص على الأقل داخل المبنى.")).toMatchObject([
      { killed: n(8, "at_least") },
    ]);
  });

  it("still counts bodies handed over, or found after a toll was given", () => {
    expect(casualties("وكانت الوزارة سلمت يوم الأحد الماضي جثامين 20 قتيلاً إلى ذويهم.")).toEqual([]);
    expect(casualties("ارتفعت الحصيلة إلى 19 قتيلا، بعد العثور على جثث 6 مفقودين.")).toMatchObject([{ killed: n(19) }]);
  });

  it("reads «قتلوا وأصيبوا» after a number as the killed and injured together: no figure", () => {
    expect(casualties("وأفادت مصادر بأن عشرات المدنيين قتلوا وأصيبوا في الهجوم.")).toEqual([]);
    expect(casualties("وأفادت مصادر بأن 20 مدنيا قتلوا وأصيب 9 آخرون.")).toMatchObject([
      { killed: n(20), injured: n(9) },
    ]);
  });

  it("reads a total that came to a number past an attribution between commas", () => {
    expect(casualties("وبلغ عدد الوفيات، حسب بيان الوزارة، 9 أشخاص وإصابة 41 آخرين.")).toMatchObject([
      { killed: n(9), injured: n(41) },
    ]);
    expect(counts("وبلغ عدد الوفيات 9 أشخاص.")).toEqual([]);
  });

  it("keeps «واحد على الأقل» and a postposed «على الاقل» without hamza to their own figure", () => {
    expect(casualties("وخلف الانفجار مقتل جندي واحد على الأقل.")).toMatchObject([{ killed: n(1, "at_least") }]);
    expect(casualties("ارتفعت حصيلة التفجير إلى 9 قتلى على الاقل و21 مصابا.")).toMatchObject([
      { killed: n(9, "at_least"), injured: n(21) },
    ]);
  });

  it("reaches «مصرعهم» past a long genitive after «لقي»", () => {
    expect(casualties("لقي 40 من جنود الجيش والشرطة المحلية مصرعهم في التفجير.")).toMatchObject([{ killed: n(40) }]);
  });

  it("reads «الانتحاري» after the blast as its adjective, and «قذيفتا» as two shells", () => {
    expect(casualties("وقال مصدر إن 30 شخصا قتلوا في الانفجار الانتحاري الذي استهدف السوق.")).toMatchObject([
      { killed: n(30) },
    ]);
    expect(casualties("فيما سقطت قذيفتا هاون قرب المبنى.")).toEqual([]);
    expect(counts("فيما سقطت قذيفتا هاون قرب المبنى.")).toMatchObject([{ value: n(2) }]);
  });

  it("counts one attacker told by blowing himself up, and no month name as a thing", () => {
    expect(counts("وقالت وسائل إعلام إن شخصاً فجر نفسه وسط الحشد.")).toMatchObject([{ value: n(1) }]);
    expect(counts("وأعلنت الشرطة أن رجلا أقدم على تفجير نفسه عند المدخل.")).toMatchObject([{ value: n(1) }]);
    expect(counts("ووقع الهجوم مساء 13 نونبر في وسط المدينة.")).toEqual([]);
  });

  it("joins the injured past a breakdown between commas, and after «بينما» with their verb, to the toll before", () => {
    expect(casualties("قتل 18 شخصاً على الأقل، غالبيتهم مدنيون، وأصيب العشرات بجروح جراء الانفجار.")).toMatchObject([
      { killed: n(18, "at_least"), injured: { qualifier: "range", min: 20, max: 99 } },
    ]);
    expect(casualties("قتل 3 جنود في الهجوم على الحاجز، بينما أصيب 7 مدنيين.")).toMatchObject([
      { killed: n(3), injured: n(7) },
    ]);
    expect(casualties("قتل 3 جنود في الهجوم على الحاجز، بينما أصيب 7 مدنيين في قصف آخر.")).toHaveLength(2);
  });

  it("reads what a total came to past the day it is told for, and no blasts of the total as victims", () => {
    expect(casualties("بلغت حصيلة قتلى التفجيرات في العاصمة أول أمس الأحد 30 شخصا على الأقل.")).toMatchObject([
      { killed: n(30, "at_least") },
    ]);
    expect(casualties("ارتفعت حصيلة قتلى التفجيرين المتزامنين في سوق المدينة إلى 118 قتيلا.")).toMatchObject([
      { killed: n(118) },
    ]);
  });

  it("reads «تصفية» and «قتلها» before a number as the killed, with the speaker before them", () => {
    const [p] = run("وأعلن الجيش تصفية 4 مسلحين قرب السفارة.").filter((x) => x.kind === "CASUALTY");
    expect(p?.claim?.figures).toMatchObject({ killed: n(4) });
    expect(p?.source?.text).toBe("الجيش");
    expect(casualties("وأعلنت الحكومة قتلها 6 مسلحين.")).toMatchObject([{ killed: n(6) }]);
  });

  it("takes a year joined to a year for no count, and bodies not yet known for a count", () => {
    expect(counts("ورغم تراجع العنف منذ عامي 2006 و2007 لايزال المسلحون قادرين على شن هجمات.")).toEqual([]);
    expect(casualties("وقالت المنظمة إنه يوجد 4 جثث ما تزال مجهولة الهوية.")).toEqual([]);
  });

  it("joins the injured past the blasts' dual («جراء التفجيرين»), and reaches «مصرعهم» past an age in a breakdown", () => {
    expect(casualties("وأسفر الهجوم عن 9 قتلى جراء التفجيرين، إضافة إلى 20 جريحا.")).toMatchObject([
      { killed: n(9), injured: n(20) },
    ]);
    expect(casualties("لقي 30 شخصاً بينهم طفل عمره 10 سنوات مصرعهم في الانفجار.")).toMatchObject([{ killed: n(30) }]);
  });

  it("counts one attacker told verb first («فجر عسكري نفسه») or riding the car bomb («يستقلها انتحاري»)", () => {
    expect(counts("وفجر رجل نفسه قرب الحاجز الأمني.")).toMatchObject([{ value: n(1) }]);
    expect(counts("فجر عسكري نفسه وسط الجنود.")).toMatchObject([{ value: n(1) }]);
    expect(counts("وقع الانفجار بسيارة مفخخة يستقلها انتحاري عند الحاجز.")).toContainEqual(
      expect.objectContaining({ value: n(1), thing: "انتحاري" }),
    );
  });
});

describe("tolls told across «، و», with the one their people belong to", () => {
  it("joins the other kind's verb or event after «، و» to the toll, unless it has a place of its own", () => {
    expect(casualties("وأسفر التفجير عن إصابة 7 أشخاص بجروح طفيفة، ومقتل 2 من المارة.")).toMatchObject([
      { killed: n(2), injured: n(7) },
    ]);
    expect(casualties("قتل أربعة جنود في حصيلة غير نهائية، وأصيب أكثر من 10 بانفجار العبوة.")).toMatchObject([
      { killed: n(4), injured: n(10, "more_than") },
    ]);
    expect(casualties("قتل أربعة جنود في هجوم على الحاجز، وإصابة ستة مدنيين في قصف على السوق.")).toHaveLength(2);
  });

  it("takes «من عائلة واحدة» for who the victims were, no family counted", () => {
    expect(run("أدى الانفجار إلى مقتل خمسة أشخاص من عائلة واحدة، وإصابة نحو 12.").map((p) => p.kind)).toEqual([
      "CASUALTY",
    ]);
    expect(casualties("أدى الانفجار إلى مقتل خمسة أشخاص من عائلة واحدة، وإصابة نحو 12.")).toMatchObject([
      { killed: n(5), injured: n(12, "about") },
    ]);
  });

  it("reads a word in ـاً before a preposition as one thing, not a dual that lost its ن", () => {
    expect(run("وارتفعت حصيلة الهجوم الذي استهدف معسكراً للجيش إلى 30 قتيلاً.").map((p) => p.kind)).toEqual(["CASUALTY"]);
    expect(counts("تبنى التنظيم الهجوم الذي استهدف معسكرا للجيش.")).toEqual([]);
  });

  it("adds the one named before «و N من مرافقيه» to the toll, not after «محاولة اغتيال»", () => {
    expect(casualties("وأدى الانفجار إلى مقتل قائد الشرطة العميد سالم وثلاثة من مرافقيه.")).toMatchObject([
      { killed: n(4) },
    ]);
    expect(casualties("ولقي المدير واثنان من حراسه مصرعهم في الكمين.")).toMatchObject([{ killed: n(3) }]);
    expect(casualties("وتبنت الجماعة اغتيال رئيس البلدية، و5 من مرافقيه بعبوة ناسفة.")).toMatchObject([
      { killed: n(6) },
    ]);
    expect(casualties("ونجا المحافظ من محاولة اغتيال المحافظ و5 من مرافقيه.")).not.toContainEqual(
      expect.objectContaining({ killed: n(6) }),
    );
  });
});

describe("one car bomb or attacker told by what it did", () => {
  it("counts a car bomb that targeted, was placed or blows up («تنفجر»), not a bomb placed", () => {
    expect(counts("وقال المحافظ إن سيارة مفخخة استهدفت موكبه عند مروره.")).toMatchObject([{ value: n(1) }]);
    expect(counts("وقال الوالي إن الانفجار نتج عن سيارة مفخخة وضعت قرب المقر.")).toMatchObject([{ value: n(1) }]);
    expect(counts("قبل أن تنفجر سيارة ملغومة بقوات الأمن التي وصلت.")).toMatchObject([{ value: n(1) }]);
    expect(counts("وانفجرت عبوة ناسفة وضعت في سيارة قرب السوق.")).toHaveLength(1);
  });

  it("counts one attacker who «set about» blowing himself up, and «another» blowing himself up verb first", () => {
    expect(counts("وكان انتحاري أقدم على تفجير نفسه داخل القاعة.")).toMatchObject([{ value: n(1) }]);
    expect(counts("واشتبكوا مع الحراس قبل أن يفجر انتحاري آخر نفسه عند المدخل.")).toMatchObject([{ value: n(1) }]);
  });
});

describe("qualifiers and duals of wave 15", () => {
  it("reads «قتيلاً على الأقل» as at least one, not a construct dual before a preposition", () => {
    expect(casualties("وخلف الهجوم الانتحاري قتيلاً على الأقل و9 جرحى.")).toMatchObject([
      { killed: n(1, "at_least"), injured: n(9) },
    ]);
  });

  it("reads the qualifier past a plural of nationality («خمسة شرطيين أفغان على الأقل»)", () => {
    expect(casualties("قتل ستة جنود أكراد على الأقل في الهجوم.")).toMatchObject([{ killed: n(6, "at_least") }]);
  });
});

describe("attackers and vehicle bombs of wave 15", () => {
  it("counts one attacker blowing himself up verb first with his nisba, or «one of them»", () => {
    expect(counts("وبعد دقائق فجر إرهابي انتحاري نفسه أمام البوابة.")).toMatchObject([{ value: n(1) }]);
    expect(counts("فجر أحدهم نفسه عند مدخل المقر.")).toMatchObject([{ value: n(1) }]);
  });

  it("counts a car bomb they set off («فجروا سيارة مفخخة») and a rigged vehicle («آلية مفخخة انفجرت»)", () => {
    expect(counts("وقال المصدر إن مسلحين فجروا سيارة مفخخة قرب الحاجز.")).toMatchObject([{ value: n(1) }]);
    expect(counts("وأوضح أن آلية مفخخة انفجرت قرب المستشفى.")).toMatchObject([{ value: n(1) }]);
  });
});

describe("qualifiers and idioms of wave 16", () => {
  it("reads «فوق» before a number as more than, and a floor set off by commas", () => {
    expect(casualties("وقالت مصادر طبية إن الغارة خلفت فوق ثلاثين قتيلا.")).toMatchObject([
      { killed: n(30, "more_than") },
    ]);
    expect(casualties("وقال الضابط: قتل سبعة أشخاص، على الأقل، هم أربعة جنود وثلاثة مدنيين.")).toMatchObject([
      { killed: n(7, "at_least") },
    ]);
    expect(counts("وقال الضابط: قتل سبعة أشخاص، على الأقل، هم أربعة جنود وثلاثة مدنيين.")).toEqual([]);
  });

  it("gives no figure for «بين قتيل و جريح» with its و apart, nor for seconds or «أكبر عدد من»", () => {
    expect(casualties("وأدى التفجير إلى سقوط عشرات المدنيين بين قتيل و جريح.")).toEqual([]);
    expect(counts("ودام تبادل إطلاق النار نحو 30 ثانية.")).toEqual([]);
    expect(casualties("وفجر المهاجم نفسه بهدف قتل أكبر عدد من المصلين.")).toEqual([]);
  });

  it("reads the construct dual of shells after «سقوط» as munitions, not the dead", () => {
    expect(casualties("وتحدث شهود عن سقوط قذيفتي هاون قرب السوق.")).toEqual([]);
  });

  it("reads «لم يمسه مكروه» as nobody injured", () => {
    expect(casualties("وأكد المكتب أن الوزير لم يمسه أي مكروه.")).toMatchObject([{ injured: n(0) }]);
  });
});

describe("joins of wave 16", () => {
  it("does not take the killers «بأيدي مجرمين اثنين» for the dead, and joins the injured to the toll", () => {
    const text = "وقال الناطق إن 12 شخصا قتلوا بأيدي مسلحين اثنين وأصيب 15 آخرون.";
    expect(casualties(text)).toMatchObject([{ killed: n(12), injured: n(15) }]);
    expect(counts(text)).toMatchObject([{ value: n(2) }]);
  });

  it("adds the speaker to the others he was hurt with («إنه ووزيرين آخرين أصيبوا»)", () => {
    expect(casualties("وقال النائب إنه وثلاثة نواب آخرين أصيبوا في الهجوم.")).toMatchObject([{ injured: n(4) }]);
  });

  it("joins the injured a blast's relative clause adds («في الانفجار الذي أسفر أيضا عن إصابة»)", () => {
    expect(
      casualties("وقال المتحدث إن طفلين كانا بين ثمانية قتلى في التفجير الذي أسفر أيضا عن إصابة 25 شخصا."),
    ).toMatchObject([{ killed: n(8), injured: n(25) }]);
  });

  it("keeps the wounded of a toll when most of them were taken to hospital", () => {
    expect(
      casualties("وأعلن الهلال الأحمر وقوع خمسة قتلى وأكثر من 20 جريحا معظمهم نقلوا إلى مستشفى المدينة."),
    ).toMatchObject([{ killed: n(5), injured: n(20, "more_than") }]);
  });
});

describe("attackers and sources of wave 16", () => {
  it("counts one attacker who «set about» it verb first, also «another»", () => {
    expect(counts("وبعد دقائق أقدم انتحاري آخر على تفجير نفسه عند المدخل.")).toMatchObject([{ value: n(1) }]);
    expect(counts("ثم أقدم شخص على تفجير نفسه وسط المصلين.")).toMatchObject([{ value: n(1) }]);
  });

  const sourceOf = (text: string) => run(text).find((p) => p.kind === "CASUALTY")?.source?.text ?? "";

  it("names no toll and no time as a source («وكانت حصيلة سابقة قد أعلنت الليلة الماضية …»)", () => {
    expect(sourceOf("وكانت حصيلة سابقة قد أعلنت الليلة الماضية عن مقتل خمسة أشخاص.")).toBe("");
    expect(sourceOf("وكانت المحصلة الأولية قد أشارت إلى مقتل أربعة جنود.")).toBe("");
  });

  it("names whose count a basis is («وفق تعداد لـ«فرانس برس»»)", () => {
    expect(sourceOf("وقتل 150 شخصا في هجمات الشهر الماضي وفق تعداد لـ «فرانس برس».")).toBe("فرانس برس");
    expect(sourceOf("وقتل 40 شخصا بحسب حصيلة جديدة لوزارة الصحة.")).toBe("وزارة الصحة");
  });
});

describe("classes of wave 17", () => {
  it("reads «ما لايقل عن» with the negation run into the verb as at least", () => {
    expect(casualties("وأسفر التفجير عن مقتل ما لايقل عن 9 أشخاص.")).toMatchObject([{ killed: n(9, "at_least") }]);
  });

  it("reads «بمن فيهم» as a breakdown, not a count", () => {
    const text = "وقتل 14 شخصا بمن فيهم اثنان من عناصر الأمن، وأصيب 30 آخرون.";
    expect(casualties(text)).toMatchObject([{ killed: n(14), injured: n(30) }]);
    expect(counts(text)).toEqual([]);
  });

  it("gives no toll for what one may come to («قد يصل إلى 40 قتيلا و70 مصابا»)", () => {
    expect(casualties("وقال أحد السكان إن العدد قد يصل إلى 40 قتيلا و70 مصابا.")).toEqual([]);
    expect(casualties("وقال المسؤول إن العدد وصل إلى 40 قتيلا و70 مصابا.")).toMatchObject([
      { killed: n(40), injured: n(70) },
    ]);
  });

  it("counts a vehicle filled with explosives that was set off, and a vehicle that exploded", () => {
    expect(counts("وأوضح المتحدث أن الانتحاري فجّر شاحنة محملة بالمتفجرات قرب البوابة.")).toMatchObject([
      { value: n(1) },
    ]);
    expect(counts("وقال الشاهد إن حافلة صغيرة انفجرت خارج المبنى.")).toMatchObject([{ value: n(1) }]);
    expect(counts("وبعد دقائق انفجرت سيارة أخرى قرب المدخل.")).toMatchObject([{ value: n(1) }]);
    expect(counts("واحترقت سيارة قرب المكان.")).toEqual([]);
  });
});

describe("classes of wave 18", () => {
  it("reads «مايقارب» with ما run into its verb as about", () => {
    expect(casualties("وأعلنت الجماعة سقوط مايقارب ثلاثين قتيلا في التفجير.")).toMatchObject([
      { killed: n(30, "about") },
    ]);
  });

  it("reads «لم يصب جراء التفجير المحافظ» as nobody injured", () => {
    expect(casualties("وأكد المصدر أنه لم يصب جراء التفجير المحافظ الذي كان في القاعة.")).toMatchObject([
      { injured: n(0) },
    ]);
  });

  it("adds the office holder named first to the people killed with him («قتلت وزير الأمن و30 شخصاً»)", () => {
    expect(casualties("وكانت الحركة قد قتلت وزير الداخلية و25 شخصا على الأقل في تفجير فندق.")).toMatchObject([
      { killed: n(26, "at_least") },
    ]);
    expect(casualties("وقتل محافظ المدينة و4 أشخاص في الهجوم.")).toMatchObject([{ killed: n(5) }]);
  });
});

describe("classes of wave 19", () => {
  it("gives no figure for killed and injured in one number with the injured named first («أصيب وقتل 15»)", () => {
    expect(casualties("وقال البيان إن ثمانية مسلحين قتلوا، في حين أصيب وقتل 12 جنديا في الهجوم.")).toMatchObject([
      { killed: n(8) },
    ]);
  });

  it("sums a group with a nisba in the accusative and the group after it («33 قتيلاً مدنياً و3 ضباط»)", () => {
    expect(casualties("وارتفعت الحصيلة إلى 20 قتيلاً مدنيا و4 ضباط شرطة، وإصابة نحو 50 آخرين.")).toMatchObject([
      { killed: n(24), injured: n(50, "about") },
    ]);
  });

  it("sums others added to a group after «من» and its construct («بالإضافة إلى 16 آخرين»)", () => {
    expect(casualties("وأفاد المرصد بمقتل تسعة عناصر من قوات الأمن، بالإضافة إلى 11 آخرين.")).toMatchObject([
      { killed: n(20) },
    ]);
  });

  it("counts bodies taken to the morgue, as the wounded taken somewhere are (convention 4)", () => {
    const text = "ونقل التلفزيون عن طبيب أنه تم نقل 27 جثة إلى المشرحة.";
    expect(casualties(text)).toEqual([]);
    expect(counts(text)).toMatchObject([{ value: n(27) }]);
  });

  it("reads on past two dots before «و» («قتل 38 شخصاً على الأقل.. وأصيب خمسون آخرون»)", () => {
    expect(casualties("وقتل 25 شخصاً على الأقل.. وأصيب أربعون آخرون في التفجير.")).toMatchObject([
      { killed: n(25, "at_least"), injured: n(40) },
    ]);
  });
});

describe("classes of wave 20", () => {
  it("reads a qualifier with its و as opening the next figure («ارتفع إلى 32 وأكثر من 40 جريحاً»)", () => {
    expect(casualties("وقال المصدر إن عدد القتلى ارتفع إلى 18 وأكثر من 30 جريحاً.")).toMatchObject([
      { killed: n(18), injured: n(30, "more_than") },
    ]);
  });

  it("reads the ones whom someone killed as killed («12 إرهابياً قتلهم الجيش»)", () => {
    expect(casualties("وأعلنت الوزارة أن 9 مسلحين قتلتهم القوات في الاشتباك.")).toMatchObject([{ killed: n(9) }]);
  });

  it("counts vehicles whose آ folds like an article («ثلاث آليات مفخخة») and one attacker told driving", () => {
    expect(counts("وقالت المصادر إن المهاجمين فجروا أربع آليات مفخخة عند المدخل.")).toMatchObject([{ value: n(4) }]);
    expect(counts("وأوضح المتحدث أن انتحاريا كان يقود شاحنة صغيرة.")).toMatchObject([{ value: n(1) }]);
  });

  it("reads no quantity in digits glued to Latin letters («من نوع G5»)", () => {
    expect(counts("وكانت السيارة من نوع G5 بيضاء اللون.")).toEqual([]);
  });
});
