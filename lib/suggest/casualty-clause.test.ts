/**
 * The clause-level casualty reader (casualty-clause.ts), with sentences written for these tests (none
 * taken from the evaluation texts): the number as subject of a casualty verb after it or before it, in
 * any person and number; a total of casualties rising to the number with the subject first, the verb
 * first or the verb elided; victims («ضحايا») alone or with the injured set apart; killed and injured of
 * one happening across a longer clause; duals carried by the verb; and who reports the figure, read from
 * the governing clause or an attribution marker anywhere in the sentence.
 */
import { describe, expect, it } from "vitest";
import { clauseSource } from "./casualty-clause";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";
import { buildTextModel } from "./text-model";

const run = (text: string) => runEngine(text, "2023-03-14");
const casualties = (text: string) => casualtiesIn(run(text));
const counts = (text: string) => countsIn(run(text));
const sourceOf = (text: string) =>
  run(text)
    .filter((p) => p.kind === "CASUALTY")
    .map((p) => [p.source?.text ?? "", p.source?.type ?? "MEDIA"]);

describe("the number is the subject, its casualty verb after the noun phrase", () => {
  it.each([
    ["وقال الدفاع المدني إن 9 عمال قضوا تحت أنقاض المصنع.", { killed: n(9) }],
    ["وذكرت مصادر محلية أن 12 مسعفا ارتقوا في القصف على المركز.", { killed: n(12) }],
    ["وكان أربعة من رجال الإطفاء قد استشهدوا خلال محاولتهم إخماد الحريق.", { killed: n(4) }],
    ["وأفاد الأهالي بأن سبعة صيادين توفوا بعد انقلاب القارب إثر القصف.", { killed: n(7) }],
    ["وأضاف المصدر أن 15 مزارعا لقوا مصرعهم بانفجار لغم أرضي.", { killed: n(15) }],
    ["وقال الطبيب إن 6 من الممرضين أصيبوا بشظايا في الغارة.", { injured: n(6) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
  });

  it("reads past a relative clause and a genitive chain inside the subject", () => {
    expect(
      casualties("وأوضح الضابط أن أربعة من عناصر دورية الحدود التي كانت تتنقل قرب السياج أصيبوا بشظايا."),
    ).toMatchObject([{ injured: n(4) }]);
  });

  it("does not read falling things or ending something as dying", () => {
    expect(casualties("وسقطت عدة قذائف على الحي الشرقي دون أن تنفجر.")).toEqual([]);
    expect(casualties("وقالت الوحدة إن طائرتين قضتا على الخلية في المزرعة.")).toEqual([]);
  });

  it("reads a dual from the verb that agrees with a noun in ـين", () => {
    expect(casualties("ونعت الحركة مسعفين قضيا في قصف استهدف سيارة الإسعاف.")).toMatchObject([{ killed: n(2) }]);
  });

  it("sums nothing and proposes nothing when the people fell killed or wounded together", () => {
    const text = "وأكد المسؤول أن ستة حراس سقطوا بين قتيل وجريح في الاشتباك.";
    expect(casualties(text)).toEqual([]);
    expect(counts(text)).toEqual([]);
  });
});

describe("the casualty verb first, with adverbs of time or a bracket before the number", () => {
  it("«قتل صباح اليوم (الأحد) ثلاثة من …»", () => {
    expect(casualties("قتل صباح اليوم (الأحد) ثلاثة من عناصر حرس الحدود في هجوم على مخفرهم.")).toMatchObject([
      { killed: n(3) },
    ]);
  });
  it("joins the injured of the same happening after a long subject", () => {
    expect(
      casualties(
        "قتل مساء أمس خمسة من حراس المنشأة النفطية التابعة لوزارة الطاقة في المحافظة الجنوبية وأصيب ثمانية في الهجوم.",
      ),
    ).toMatchObject([{ killed: n(5), injured: n(8) }]);
  });
});

describe("a casualty event right before the number, unknown to the figure parser", () => {
  it.each([
    ["وأعلنت السلطات وفاة 3 أشخاص اختناقا بالدخان بعد القصف.", { killed: n(3) }],
    ["وتحدثت التقارير عن ارتقاء 6 مسعفين في الغارة على المركز الصحي.", { killed: n(6) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
  });
  it("leaves an attempt alone («محاولة قتل»)", () => {
    expect(casualties("ونجا الرجلان من محاولة قتل اثنين من الحراس في الكمين.")).toEqual([]);
  });
});

describe("a total of casualties that rises or comes to the number", () => {
  it("«لتصل إلى»", () => {
    expect(casualties("وارتفعت حصيلة الشهداء في البلدة لتصل إلى 19 منذ الصباح.")).toMatchObject([{ killed: n(19) }]);
  });
  it.each([
    ["وقال الناطق إن عدد المصابين في حادث التفجير ارتفع إلى 27 شخصا.", { injured: n(27) }],
    ["وأضاف أن حصيلة الشهداء جراء الغارات على البلدة الحدودية وصلت إلى 14.", { killed: n(14) }],
    ["وأعلنت البلدية ارتفاع حصيلة ضحايا الانهيار، إلى 8 عمال وإصابة 20 آخرين.", { killed: n(8), injured: n(20) }],
    ["وبلغ عدد القتلى منذ بداية الهجوم 310، والإصابات إلى 1,450.", { killed: n(310), injured: n(1450) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
  });

  it("joins a total of injured raised in a second clause opened by «فيما»", () => {
    expect(
      casualties(
        "وذكرت مصادر طبية أن حصيلة القتلى ارتفعت إلى 2,340 قتيلا، معظمهم من المدنيين، فيما ارتفع عدد الجرحى إلى 5,120 جريحا.",
      ),
    ).toMatchObject([{ killed: n(2340), injured: n(5120) }]);
  });
});

describe("the range of a total: from the total when it is close, else from the verb of rising", () => {
  it("«عدد المصابين ارتفع إلى 27»", () => {
    const p = run("وقال الناطق إن عدد المصابين ارتفع إلى 27 شخصا.").find((x) => x.kind === "CASUALTY");
    expect(p?.range.text).toBe("عدد المصابين ارتفع إلى 27 شخصا");
  });
});

describe("victims («ضحايا») count the killed only beside the injured", () => {
  it("is no figure alone (killed and injured together)", () => {
    expect(casualties("وأعلنت الوزارة سقوط 12 ضحية في انفجار المستودع.")).toEqual([]);
    expect(counts("وأعلنت الوزارة سقوط 12 ضحية في انفجار المستودع.")).toEqual([]);
  });
});

describe("the harm named by the counted noun itself", () => {
  it.each([
    ["وقال الناطق إن عدد الضحايا ارتفع إلى 5 شهيدات، جميعهن من المعلمات.", { killed: n(5) }],
    ["ونقلت سيارات الإسعاف جثتين و6 جرحى إلى مستشفى المدينة.", { killed: n(2), injured: n(6) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
  });
});

describe("a group before «وأصيب N آخرون» were the killed", () => {
  it("reads the group as killed and its «بينهم» part as its breakdown", () => {
    expect(casualties("وأعلن المرصد أن 9 مزارعين بينهم 3 فتيان وأصيب 5 آخرون بنيران قناص.")).toMatchObject([
      { killed: n(9), injured: n(5) },
    ]);
  });
});

describe("who reports a figure, read from its sentence", () => {
  it("an attribution marker at the end of the sentence", () => {
    expect(sourceOf("وقتل ثلاثة رعاة في القصف على أطراف القرية، حسب ما أفاد الهلال الأحمر في المنطقة.")).toEqual([
      [expect.stringMatching(/^الهلال الأحمر/u), "LOCAL"],
    ]);
    expect(sourceOf("وأصيب أربعة صيادين بجروح، وفق ما أعلنته قيادة خفر السواحل.")).toEqual([
      ["قيادة خفر السواحل", "OFFICIAL"],
    ]);
  });
  it("who an outlet quotes («نقلته X عن Y»)", () => {
    expect(sourceOf("قتل خمسة جنود في الكمين، وفق ما نقلته صحيفة محلية عن مسؤول أمني.")).toEqual([
      ["مسؤول أمني", "ANONYMOUS"],
    ]);
  });
  it("a verb of saying whose «إن» opens the figure's clause, past the addressee and a bracket", () => {
    expect(
      sourceOf("وقال مصدر طبي لـ ((وكالة محلية)) إن مستشفى البلدة استقبل جثة واحدة و5 جرحى.").map(([t]) => t),
    ).toEqual(["مصدر طبي"]);
  });
  it("not a verb whose statement another verb of saying closes", () => {
    const text = "أعلن الوزير أن العملية انتهت، وأضاف بعد جولته في الموقع أن 4 حراس قتلوا.";
    const model = buildTextModel(text);
    const at = text.indexOf("4 حراس");
    expect(clauseSource(model, { start: at, end: at + 6 })).toBeNull();
  });
  it("the subject of a verb whose object is the casualty event itself", () => {
    expect(
      sourceOf("وأعلنت بلدية المدينة (في الجنوب)، مساء الخميس، ارتفاع حصيلة الانفجار إلى 7 قتلى.").map(([t]) => t),
    ).toEqual([expect.stringMatching(/^بلدية المدينة/u)]);
  });
  it("a verb that goes on with the speaker of the sentence before («وأضاف أن …»)", () => {
    expect(
      sourceOf("وقال رئيس البلدية محمود سالم للصحافيين إن القصف بدأ فجرا.\nوأضاف أن القصف أدى إلى مقتل 4 مزارعين.").map(
        ([t]) => t,
      ),
    ).toEqual([expect.stringMatching(/^رئيس البلدية محمود سالم/u)]);
  });
  it("«وأشار إلى أن …» goes on with the speaker before too", () => {
    expect(
      sourceOf(
        "وقال مدير المستشفى سامر نعيم، في مؤتمر صحفي، إن الأقسام مكتظة.\nوأشار إلى أن عدد الجرحى ارتفع إلى 60.",
      ).map(([t]) => t),
    ).toEqual([expect.stringMatching(/^مدير المستشفى سامر نعيم/u)]);
  });
  it("who recorded the toll («حصيلة سجلتها X»), for that toll only", () => {
    const p = run("وكانت آخر حصيلة سجلتها إدارة الدفاع المدني، الخميس، 9 قتلى و14 جريحا في انفجارين.");
    expect(p.filter((x) => x.kind === "CASUALTY").map((x) => x.source?.text)).toEqual([
      expect.stringMatching(/^إدارة الدفاع المدني/u),
    ]);
    expect(p.filter((x) => x.kind === "COUNT").map((x) => x.source?.text ?? "")).toEqual([""]);
  });
  it("the civil defence speaking as itself is a rescuer (local)", () => {
    expect(sourceOf("وأعلن الدفاع المدني أن 3 أطفال قتلوا في القصف.")).toEqual([["الدفاع المدني", "LOCAL"]]);
  });
});

describe("zeros and duals the figure parser reads for the clause reader", () => {
  it("«لم يسفر عن “خسائر بالأرواح”»: quotation marks are transparent, and the lives make it killed only", () => {
    expect(casualties("وقال المتحدث إن سقوط القذيفة لم يسفر عن “خسائر بالأرواح”.")).toMatchObject([{ killed: n(0) }]);
  });
  it("«مقتل سيدتين و3 أطفال»: a feminine dual of a person is two", () => {
    expect(casualties("وأدى القصف إلى مقتل سيدتين و4 أطفال وإصابة فتاتين آخرين.")).toMatchObject([
      { killed: n(6), injured: n(2) },
    ]);
  });
});
