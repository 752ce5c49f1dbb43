/**
 * Speaker and source classes left on the development part of the real reports, each tested with
 * sentences written for these tests (never the reports' own words).
 */
import { describe, expect, it } from "vitest";
import { sourceTypeOf } from "./sources";
import { suggestArticle } from "./suggest-article";
import type { TProposal } from "./types";

function run(text: string): TProposal[] {
  return suggestArticle({ text, publishedAt: "2022-05-10" });
}
function statements(text: string): Array<{ content: string; speaker: string }> {
  return run(text).flatMap((p) => {
    const content = p.kind === "STATEMENT" ? p.range.text : p.parts.find((x) => x.role === "content")?.text;
    return content === undefined ? [] : [{ content, speaker: p.speaker?.text ?? "" }];
  });
}
function figureSources(text: string): Array<{ figure: string; source: string; type: string }> {
  return run(text)
    .filter((p) => p.kind === "CASUALTY" || p.kind === "COUNT")
    .map((p) => ({ figure: p.range.text, source: p.source?.text ?? "", type: p.source?.type ?? "MEDIA" }));
}

describe("source types: what the words of a source say it is", () => {
  it.each([
    ["مسؤول إعلام بلدية الحلة سعد كاظم", true, "OFFICIAL"],
    ["مدير الإعلام في شرطة البصرة", false, "OFFICIAL"],
    ["مسؤولة إعلام المستشفى", true, "LOCAL"],
    ["وزارة الإعلام السورية", false, "OFFICIAL"],
  ])("a press officer or an institution whose title holds «إعلام» is no outlet: %s", (text, anonymous, type) => {
    expect(sourceTypeOf(text, anonymous)).toBe(type);
  });

  it.each([
    ["الوكالة", "MEDIA"],
    ["والوكالة", "MEDIA"],
    ["وكالات الأنباء", "MEDIA"],
    ["وسائل إعلام تركية", "MEDIA"],
    ["المواقع الإخبارية", "MEDIA"],
    ["مواقع إخبارية كردية", "MEDIA"],
    ["الصحف اللبنانية", "MEDIA"],
    ["التقارير الصحفية", "MEDIA"],
    ["بوابة الأخبار الليبية", "MEDIA"],
    ["الخليج نيوز", "MEDIA"],
    ["مصور في وكالة الأنباء", "MEDIA"],
    ["تقرير للأمم المتحدة", "OFFICIAL"],
    ["الوزارة", "OFFICIAL"],
    ["وزير الدفاع", "OFFICIAL"],
  ])("an outlet written with a و of its own, in the plural or as a noun with a media adjective: %s", (text, type) => {
    expect(sourceTypeOf(text, false)).toBe(type);
  });

  it.each([
    ["وزارة الداخلية وشهود عيان", "OFFICIAL"],
    ["مصدر في الشرطة وشهود عيان", "ANONYMOUS"],
    ["مستشفى الكندي والصدر", "LOCAL"],
    ["مصادر أمنية وطبية", "ANONYMOUS"],
  ])("two parties joined by «و» are typed by the first one named: %s", (text, type) => {
    expect(sourceTypeOf(text, false)).toBe(type);
  });

  it.each([
    ["الـMTV", "MEDIA"],
    ["شبكة CNN", "MEDIA"],
    ["مصلون كانوا في المسجد وقت الانفجار", "LOCAL"],
    ["ناجون من الهجوم", "LOCAL"],
    ["الصحفي في المدينة حسان أحمد", "MEDIA"],
    ["مصادر صحية في العاصمة", "LOCAL"],
  ])(
    "an outlet written in Latin letters is media; worshippers and survivors who were there are local: %s",
    (text, type) => {
      expect(sourceTypeOf(text, false)).toBe(type);
    },
  );

  it("officials who do not give their names, in the construct plural, are anonymous", () => {
    expect(sourceTypeOf("مسؤولو أمن أتراك", false)).toBe("ANONYMOUS");
    expect(sourceTypeOf("مسؤولو الدفاع المدني", false)).toBe("ANONYMOUS");
  });

  it("carries the type to the figures the source reports", () => {
    expect(figureSources("وقال مسؤول إعلام قضاء الخالص أحمد ناجي إن ثلاثة صواريخ سقطت قرب المعسكر.")).toMatchObject([
      { figure: "ثلاثة صواريخ", type: "OFFICIAL" },
    ]);
    expect(figureSources("وذكرت المواقع الإخبارية أن أربعة صواريخ سقطت قرب المعسكر.")).toMatchObject([
      { figure: "أربعة صواريخ", type: "MEDIA" },
    ]);
  });
});

describe("an office holder placed in an institution but not named is anonymous", () => {
  it.each([
    ["مسؤول في البنتاغون", "ANONYMOUS"],
    ["ضابط عراقي في قيادة العمليات المشتركة", "ANONYMOUS"],
    ["قائد في الحشد الشعبي", "ANONYMOUS"],
    ["المتحدث باسم البنتاغون", "OFFICIAL"],
    ["وزير الدفاع الأمريكي", "OFFICIAL"],
  ])("%s", (text, type) => {
    expect(sourceTypeOf(text, false)).toBe(type);
  });
});

describe("the outlet a source speaks to, after ل", () => {
  it.each([
    ["وقال مسؤول عسكري لصحيفة الصباح إن ثلاثة صواريخ سقطت قرب المعسكر.", "مسؤول عسكري", "صحيفة الصباح"],
    ["وأفادت مصادر أمنية سورية للميادين، بأن ثلاثة صواريخ سقطت قرب المعسكر.", "مصادر أمنية سورية", "ميادين"],
    ['وقال مصدر في الشرطة لـ"المدى" إن ثلاثة صواريخ سقطت قرب المعسكر.', "مصدر في الشرطة", "المدى"],
    ["وقالت مصادر محلية للجزيرة إن ثلاثة صواريخ سقطت قرب المعسكر.", "مصادر محلية", "جزيرة"],
    ["وقال مسؤول عسكري للحرة إن ثلاثة صواريخ سقطت قرب المعسكر.", "مسؤول عسكري", "حرة"],
    ["وقال ضابط في الجيش لموقع رووداو إن ثلاثة صواريخ سقطت قرب المعسكر.", "ضابط في الجيش", "موقع رووداو"],
  ])("%s", (text, speaker, channel) => {
    const [p] = run(text).filter((x) => x.kind === "COUNT");
    expect(p?.speaker?.text).toBe(speaker);
    expect(p?.parts.find((x) => x.role === "channel")?.text).toBe(channel);
    expect(p?.parts.find((x) => x.role === "content")?.text).toMatch(/^(?:إن|بأن) ثلاثة صواريخ/u);
  });

  it("keeps «للحكومة» in a spokesperson's title when no comma sets it apart", () => {
    expect(statements("وقال المتحدث الرسمي للحكومة إن التحقيق بدأ.")).toEqual([
      { content: "إن التحقيق بدأ", speaker: "المتحدث الرسمي للحكومة" },
    ]);
  });
});

describe("comments with علّق", () => {
  it.each([
    ["وعلّق النائب المستقل بأنّ هذه الهجمات تصعيد خطير.", "بأنّ هذه الهجمات تصعيد خطير", "النائب المستقل"],
    ["وعلق رئيس البرلمان أنّ الحكومة مسؤولة عن الأمن.", "أنّ الحكومة مسؤولة عن الأمن", "رئيس البرلمان"],
  ])("%s", (text, content, speaker) => {
    expect(statements(text)).toEqual([{ content, speaker }]);
  });

  it("«علّق» without أن (suspended, hung) says nothing", () => {
    expect(statements("وعلقت شركة الطيران رحلاتها إلى المدينة.")).toEqual([]);
    expect(statements("وعلق المحتجون لافتات على الجدار.")).toEqual([]);
  });
});

describe("carrying is not holding responsible", () => {
  it("«تحمل مادة» names no speaker and says nothing", () => {
    expect(statements("وقال الجيش إن الشاحنة كانت تحمل مادة تي إن تي شديدة الانفجار.")).toEqual([
      { content: "إن الشاحنة كانت تحمل مادة تي إن تي شديدة الانفجار", speaker: "الجيش" },
    ]);
  });

  it("«حمّل … المسؤولية» is still a statement", () => {
    expect(statements("وحمّلت الحكومة المسؤولية للجماعات المسلحة.").map((s) => s.speaker)).toEqual(["الحكومة"]);
  });
});

describe("a chain whose content is a verbal noun", () => {
  it("«نقل X عن مصدر سقوط …»: the source is the speaker, the outlet its channel, and the next verb continues the source", () => {
    const found = run("ونقل مراسل قناة الشرق عن مصدر أمني سقوط 3 صواريخ قرب المطار. وأضاف أن الصواريخ لم توقع خسائر.");
    const figures = found.filter((p) => p.kind === "COUNT" || p.kind === "CASUALTY");
    expect(figures.map((p) => [p.range.text, p.source?.text, p.source?.type])).toEqual([
      ["3 صواريخ", "مصدر أمني", "ANONYMOUS"],
      ["لم توقع خسائر", "مصدر أمني", "ANONYMOUS"],
    ]);
    expect(figures[0]?.parts.find((x) => x.role === "channel")?.text).toBe("مراسل قناة الشرق");
  });

  it("«نقلت X عن مسؤول بأن …»", () => {
    expect(statements("ونقلت الصحيفة عن مسؤول حكومي بأن التحقيق بدأ.")).toEqual([
      { content: "بأن التحقيق بدأ", speaker: "مسؤول حكومي" },
    ]);
  });
});

describe("the innermost source of a chain inside the speaker phrase", () => {
  it.each([
    [
      "وذكرت وكالة رويترز تصريحاً لمصدر أمني قوله إن ثلاثة صواريخ سقطت قرب السفارة.",
      "مصدر أمني",
      "وكالة رويترز",
      "ANONYMOUS",
    ],
    [
      "وذكرت قناة الشرق تصريحات لقائد شرطة المدينة أن ثلاثة صواريخ سقطت قرب السفارة.",
      "قائد شرطة المدينة",
      "قناة الشرق",
      "OFFICIAL",
    ],
  ])("%s", (text, speaker, channel, type) => {
    const [p] = run(text).filter((x) => x.kind === "COUNT");
    expect(p?.speaker?.text).toBe(speaker);
    expect(p?.source?.type).toBe(type);
    expect(p?.parts.find((x) => x.role === "channel")?.text).toBe(channel);
  });

  it("«بيان لـ …» still names the author after the channel noun at the head", () => {
    const [p] = run("وقال بيان لقيادة العمليات إن ثلاثة صواريخ سقطت.").filter((x) => x.kind === "COUNT");
    expect(p?.speaker?.text).toBe("قيادة العمليات");
  });
});

describe("names written as hashtags", () => {
  it.each([
    ["في السياق، قالت مديرية شرطة #البصرة، إن «صاروخاً سقط قرب القاعدة، والتحقيقات بدأت».", "مديرية شرطة #البصرة"],
    ["وقال وزير الخارجية #مايك_بومبيو إن الهجمات يجب أن تتوقف.", "وزير الخارجية #مايك_بومبيو"],
  ])("%s", (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe("a statement whose colon ends its line", () => {
  it("takes the quotation below it, past a heading line, and reports the figures in it", () => {
    const text =
      "وقالت الشرطة في بيانها:\nبيان من مديرية شرطة المدينة\n«بعد الكشف على موقع الحادث تبين أن صاروخين سقطا قرب المعسكر.\nولم يسفر الهجوم عن أي إصابات».\nوقال النائب إن التحقيق بدأ.";
    const found = run(text);
    const figures = found.filter((p) => p.kind === "COUNT" || p.kind === "CASUALTY");
    expect(figures.map((p) => [p.range.text, p.source?.text])).toEqual([
      ["صاروخين", "الشرطة"],
      ["لم يسفر الهجوم عن أي إصابات", "الشرطة"],
    ]);
    expect(figures[0]?.parts.find((x) => x.role === "content")?.text).toMatch(/^بعد الكشف.*إصابات$/su);
    expect(statements(text).at(-1)).toEqual({ content: "إن التحقيق بدأ", speaker: "النائب" });
  });

  it("takes the next line when no quotation follows", () => {
    expect(statements("وقال المتحدث باسم الدفاع المدني:\nاندلع حريق في المخزن وتمت السيطرة عليه.")).toEqual([
      { content: "اندلع حريق في المخزن وتمت السيطرة عليه", speaker: "المتحدث باسم الدفاع المدني" },
    ]);
  });
});

describe("a setting noun with a possessive suffix ends the speaker", () => {
  it.each([
    ["وقالت الشرطة في بيانها إن صاروخين سقطا قرب المعسكر.", "الشرطة"],
    ["وقال الجيش في تصريحاته إن صاروخين سقطا قرب المعسكر.", "الجيش"],
  ])("%s", (text, speaker) => {
    expect(run(text).find((p) => p.kind === "COUNT")?.speaker?.text).toBe(speaker);
  });
});

describe("a report that goes on in the next sentences of its paragraph", () => {
  const text =
    "وقالت وزارة الصحة إن 40 جريحاً وصلوا إلى مستشفيات المدينة. أما الباقون فقد نُقل 12 منهم إلى العاصمة. ومن أصل هؤلاء غادر 5 جرحى المستشفى.\nوسقط صاروخان قرب الجسر.";

  it("carries the source through sentences that open as a continuation, in the same paragraph", () => {
    const figures = run(text).filter((p) => p.kind === "COUNT" || p.kind === "CASUALTY");
    const sources = figures.map((p) => [p.range.text, p.source?.text ?? ""]);
    expect(sources.filter(([, s]) => s === "وزارة الصحة").length).toBeGreaterThanOrEqual(3);
    expect(sources.find(([f]) => f?.includes("صاروخ"))?.[1]).toBe("");
  });

  it("does not carry it into a sentence that does not open as a continuation", () => {
    const figures = run("وقالت وزارة الصحة إن 40 جريحاً وصلوا إلى المستشفى. وسقط 3 صواريخ قرب الجسر.").filter(
      (p) => p.kind === "COUNT",
    );
    expect(figures.map((p) => p.source)).toEqual([null]);
  });

  it("splits sentences at a full stop glued to the next word", () => {
    const figures = run("وقالت وزارة الصحة إن 40 جريحاً وصلوا إلى المستشفى.وسقط 3 صواريخ قرب الجسر.").filter(
      (p) => p.kind === "COUNT",
    );
    expect(figures.map((p) => [p.range.text, p.source])).toEqual([["3 صواريخ", null]]);
  });
});

describe("speakers before their verb and time phrases after it", () => {
  it.each([
    ["لكن ضابطاً بريطانياً كبيراً قال هذا الأسبوع إن الهجمات تراجعت.", "إن الهجمات تراجعت", "ضابطاً بريطانياً كبيراً"],
    ["وقال المحافظ الشهر الماضي إن الطريق أعيد فتحه.", "إن الطريق أعيد فتحه", "المحافظ"],
  ])("%s", (text, content, speaker) => {
    expect(statements(text)).toEqual([{ content, speaker }]);
  });

  it("a relative clause's verb has the relative's antecedent as speaker, and does not become the story's speaker", () => {
    const text =
      "وأقرت الشرطة بإصابة 5 عناصر، خلافاً لما قاله المحافظ، ثم ردت على النائب السابق الذي نفى وقوع أي إصابات. واعترفت لاحقاً بإصابة عنصرين آخرين.";
    const found = run(text).filter((p) => p.kind === "CASUALTY");
    expect(found.find((p) => p.range.text.includes("نفى"))?.speaker?.text).toBe("النائب السابق");
    expect(found.at(-1)?.speaker?.text).toBe("الشرطة");
  });
});

describe("a denial's zero is reported by the one who denies", () => {
  it.each([
    ["ونفى المتحدث باسم الحشد وجود أي إصابات في صفوف مقاتليه.", "المتحدث باسم الحشد"],
    ["ونفت الوزارة سقوط قتلى في الهجوم.", "الوزارة"],
  ])("%s", (text, speaker) => {
    const figures = run(text).filter((p) => p.kind === "CASUALTY");
    expect(figures.map((p) => ({ speaker: p.speaker?.text, source: p.source?.text }))).toEqual([
      { speaker, source: speaker },
    ]);
    expect(run(text).filter((p) => p.kind === "STATEMENT")).toEqual([]);
  });
});

describe("wire-service attribution", () => {
  it.each([
    ["وقتل 100 شخص في الهجوم، على ما أعلن الرئيس الصومالي.", "الرئيس الصومالي"],
    ["ونقلت وكالة نوفوستي عن وزارة الصحة الأفغانية تأكيدها أن الهجوم خلف أكثر من 40 قتيلا.", "وزارة الصحة الأفغانية"],
    [
      "كشفت وزارة الدفاع الأمريكية (البنتاغون)، مساء هذا الخميس، عن مقتل أربعة جنود في الهجوم.",
      "وزارة الدفاع الأمريكية (البنتاغون)",
    ],
  ])("%s", (text, source) => {
    expect(figureSources(text).map((f) => f.source)).toEqual([source]);
  });

  it("reads «قائلاً» after a clause as the same speaker's words", () => {
    expect(
      statements("واعترف المسؤول بمقتل 28 من عناصر الحركة، قائلاً «فقدنا أشخاصاً أكثر من الأميركيين»."),
    ).toContainEqual({
      content: "فقدنا أشخاصاً أكثر من الأميركيين",
      speaker: "المسؤول",
    });
  });

  it("an unnamed person, «another» and where they serve, is anonymous", () => {
    expect(sourceTypeOf("شرطي آخر من حراس مبنى الوزارة", false)).toBe("ANONYMOUS");
  });
});

describe("a toll announced or documented as an event word", () => {
  it.each([
    ["ووثق المرصد السوري لحقوق الإنسان مقتل 7 مدنيين بينهم 3 أطفال جراء القصف.", "المرصد السوري لحقوق الإنسان"],
    ["وأعلنت وزارة الصحة الفلسطينية استشهاد شاب برصاص الاحتلال في جنين.", "وزارة الصحة الفلسطينية"],
  ])("%s", (text, source) => {
    expect(figureSources(text).map((f) => f.source)).toEqual([source]);
  });
});

describe("a statement's author after «صادر عن», and what witnesses heard", () => {
  it("reads the author of «بيان صادر عن …»", () => {
    expect(figureSources("وذكر بيان صادر عن خلية الإعلام الأمني أن صاروخين سقطا قرب المطار.")).toMatchObject([
      { source: "خلية الإعلام الأمني" },
    ]);
  });

  it("takes «سماع …» as what witnesses confirmed", () => {
    expect(statements("وأكد شهود عيان سماع دوي انفجارات في المنطقة.")).toEqual([
      { content: "سماع دوي انفجارات في المنطقة", speaker: "شهود عيان" },
    ]);
  });
});

describe("a basis told with who gave it, «as for» and «before that»", () => {
  it("takes the broadcaster of a toll («حصيلة بثها الجمعة التلفزيون») for its source", () => {
    expect(
      figureSources("قتل 12 شخصا وأصيب 40 آخرون في التفجير، بحسب حصيلة جديدة بثها الجمعة التلفزيون الرسمي."),
    ).toMatchObject([{ source: "التلفزيون الرسمي", type: "MEDIA" }]);
    expect(figureSources("وأسفر الهجوم وفق حصيلة أولية أوردتها وكالة الأنباء الرسمية عن سقوط 9 قتلى.")).toMatchObject([
      { source: "وكالة الأنباء الرسمية", type: "MEDIA" },
    ]);
  });

  it("leaves «أما» out of the speaker, and reads past «قبل ذلك» to what was said", () => {
    expect(figureSources("أما مدير المستشفى سامي فأشار إلى مقتل 8 أشخاص.")).toMatchObject([
      { source: "مدير المستشفى سامي" },
    ]);
    expect(figureSources("وكان وزير الداخلية قد قال قبل ذلك إن الحصيلة بلغت 14 قتيلا.")).toMatchObject([
      { source: "وزير الداخلية", type: "OFFICIAL" },
    ]);
  });
});

describe("a claim of responsibility past an aside, and the toll of its relative clause with «و»", () => {
  it("leaves the toll of what is claimed to the outlet", () => {
    const aside = "الجماعة تعلن في بيان، تم نشره على مواقعها، مسؤوليتها عن التفجير الذي أدى إلى مقتل 6 أشخاص.";
    expect(statements(aside)).toEqual([]);
    expect(figureSources(aside)).toMatchObject([{ source: "", type: "MEDIA" }]);
    const relative = "أعلنت الجماعة السبت مسؤوليتها عن الهجوم على مقر المحافظة والذي سقط فيه 30 قتيلا.";
    expect(statements(relative)).toEqual([]);
    expect(figureSources(relative)).toMatchObject([{ source: "", type: "MEDIA" }]);
  });
});
