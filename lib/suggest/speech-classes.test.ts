/**
 * Statement, speaker and figure-source classes of the third round on the development part of the
 * real reports, each tested with sentences written for these tests (never the reports' own words).
 */
import { describe, expect, it } from "vitest";
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

describe("the outlet told, written in quotation marks after «لـ»", () => {
  it.each([
    ['وأوضح الناطق لـ"سكاي نيوز"، أن الأرقام ليست نهائية.', "أن الأرقام ليست نهائية", "الناطق"],
    [
      "وقال ضابط في الشرطة، لـ“الحدث اليوم“ إن ”الدوريات أغلقت الطريق“.",
      "إن ”الدوريات أغلقت الطريق“",
      "ضابط في الشرطة",
    ],
  ])("%s", (text, content, speaker) => {
    expect(statements(text)).toEqual([{ content, speaker }]);
  });
});

describe("a nisba-shaped ministry name heads its construct", () => {
  it("reads «وزارة داخلية الإقليم» as one speaker", () => {
    expect(statements("وقالت وزارة داخلية الولاية في بيان إن الطريق أعيد فتحه.")).toEqual([
      { content: "إن الطريق أعيد فتحه", speaker: "وزارة داخلية الولاية" },
    ]);
  });
});

describe("a «لكن» that qualifies what was said belongs to the statement", () => {
  it("runs the content past «لكن» and through a quotation inside it", () => {
    expect(
      statements('وقال ضابط إن أربعة مدنيين قتلوا، لكن الحصيلة "أولية، وقد ترتفع"، لأن البحث ما زال جارياً.'),
    ).toMatchObject([
      {
        content: 'إن أربعة مدنيين قتلوا، لكن الحصيلة "أولية، وقد ترتفع"، لأن البحث ما زال جارياً',
        speaker: "ضابط",
      },
    ]);
  });

  it("ends at «لكن» when another speaker says something after it", () => {
    expect(statements("وقال المحافظ إن الطريق آمن، لكن الشرطة نفت ذلك.")[0]).toEqual({
      content: "إن الطريق آمن",
      speaker: "المحافظ",
    });
  });

  it("ends at «لكنه», whose pronoun may be the speaker", () => {
    expect(statements("وقال المحافظ إن الطريق آمن، لكنه لم يذكر موعد فتحه.")).toEqual([
      { content: "إن الطريق آمن", speaker: "المحافظ" },
    ]);
  });
});

describe("announcements that come back, channels that report in their own name, and estimates", () => {
  it.each([
    ["وأعلن الوالي مقتل أربعة، في حين عادت مديرية الصحة لتعلن عن ارتفاع العدد إلى 9 قتلى.", "مديرية الصحة"],
    ["وعادت الشرطة لتعلن عن ارتفاع عدد المصابين إلى 14.", "الشرطة"],
  ])("«عادت X لتعلن»: %s", (text, speaker) => {
    expect(statements(text).at(-1)).toMatchObject({ speaker });
  });

  it("reads «تشير قناة X إلى …» with the channel as the speaker", () => {
    expect(statements("من جهتها، تشير قناة النبأ إلى إصابة سبعة من عناصر الشرطة بجروح.")).toEqual([
      { content: "إلى إصابة سبعة من عناصر الشرطة بجروح", speaker: "قناة النبأ" },
    ]);
  });

  it("does not read «الأرقام تشير إلى» or «كانت تشير إلى» as someone speaking", () => {
    expect(statements("وكانت الحصيلة السابقة تشير إلى مقتل 18 شخصاً.").map((s) => s.speaker)).not.toContain(
      "الحصيلة السابقة",
    );
    expect(statements("وكانت الأرقام الأولى تشير إلى سقوط 12 قتيلاً.")).toEqual([]);
  });

  it("does not read evidence after «تشير» as a speaker, so a later «وأضاف» keeps its speaker", () => {
    expect(
      statements("وقال المحافظ إن الطريق مغلق. وتشير المعلومات الأولية إلى أن 5 أصيبوا. وأضاف أن التحقيق مستمر."),
    ).toEqual([
      { content: "إن الطريق مغلق", speaker: "المحافظ" },
      { content: "أن التحقيق مستمر", speaker: "المحافظ" },
    ]);
  });

  it("reads «رجحت مصادر» as a statement and ends the clause before it", () => {
    expect(statements("وفي حين أفاد ضابط بوقوع 20 قتيلاً، رجحت مصادر في المستشفى، ارتفاع العدد.")).toEqual([
      { content: "بوقوع 20 قتيلاً", speaker: "ضابط" },
      { content: "ارتفاع العدد", speaker: "مصادر في المستشفى" },
    ]);
  });
});

describe("a relative clause that reports again", () => {
  it("ends the outer content and has its antecedent as speaker", () => {
    expect(
      statements("وأكدت وكالة النهار وقوع 40 قتيلاً على الأقل، في القصف الذي قالت الوكالة إنه دمر المخازن."),
    ).toEqual([
      { content: "وقوع 40 قتيلاً على الأقل، في القصف", speaker: "وكالة النهار" },
      { content: "إنه دمر المخازن", speaker: "الوكالة" },
    ]);
  });

  it("finds the antecedent across a comma, an adverb and a quoted name", () => {
    expect(
      statements("وقالت مصادر إن 90 جريحاً نقلوا إلى مستشفى”النور” وحده، الذي قال إنه لم يعد قادراً على استقبال المزيد."),
    ).toMatchObject([{}, { content: "إنه لم يعد قادراً على استقبال المزيد", speaker: "مستشفى”النور" }]);
  });
});

describe("a claim of responsibility is not a statement", () => {
  function figureSources(text: string): Array<{ figure: string; source: string }> {
    return run(text)
      .filter((p) => p.kind === "CASUALTY" || p.kind === "COUNT")
      .map((p) => ({ figure: p.range.text, source: p.source?.text ?? "" }));
  }

  it("leaves the toll of the relative clause to the outlet", () => {
    const text = "وأعلنت جماعة “الفجر” مسئوليتها عن التفجير الذي أودى بحياة العشرات في الميناء.";
    expect(statements(text)).toEqual([]);
    expect(figureSources(text)).toEqual([{ figure: "أودى بحياة العشرات", source: "" }]);
  });

  it.each([
    "وأعلن “التنظيم”، في بيان له على موقع التواصل الاجتماعي تويتر، مسؤوليته عن الهجوم.",
    "أعلنت الجماعة، عبر صفحاتها بمواقع التواصل، مسؤوليتها عن انفجار المسجد.",
    "وأعلن المتحدث باسم الحركة، أحمد سعيد المسؤولية عن الهجوم.",
  ])("also where the channel or the speaker's name stands after a comma: %s", (text) => {
    expect(statements(text)).toEqual([]);
  });

  it("keeps its subject as the speaker of what it says next", () => {
    expect(statements("وأعلنت الجماعة في بيان مسؤوليتها عن الكمين، وقالت إن 7 جنود قتلوا.")).toEqual([
      { content: "إن 7 جنود قتلوا", speaker: "الجماعة" },
    ]);
  });

  it("still reads holding someone responsible as a statement", () => {
    expect(statements("وحمّلت الوزارة الميليشيات المسؤولية عن القصف.")).toHaveLength(1);
  });
});

describe("an aside between commas after the speaker", () => {
  it.each([
    [
      "وأضاف الوزير، في تصريح صحفي عقب زيارة تفقدية لمستشفى المدينة حيث نقل المصابون، أن آثار الهجوم ستكون ثقيلة.",
      "أن آثار الهجوم ستكون ثقيلة",
      "الوزير",
    ],
    ["وأفاد المتحدث، خلال مؤتمر صحفي عقده مساء في مقر الوزارة، بأن التحقيق جار.", "بأن التحقيق جار", "المتحدث"],
  ])("%s", (text, content, speaker) => {
    expect(statements(text)).toEqual([{ content, speaker }]);
  });

  it("does not skip what was said when it starts inside the commas", () => {
    expect(statements("وقال الوزير، إن الهجوم فاشل، وإن المهاجمين فروا.").map((s) => s.speaker)).toEqual(["الوزير"]);
  });
});

describe("a subject in brackets right after the verb", () => {
  it("reads the bracketed name as the speaker, past its nisba", () => {
    expect(
      statements("وقبل ذلك، أفادت (الوكالة الوطنية للإعلام) اللبنانية أن التفجيرين وقعا بفارق خمس دقائق."),
    ).toEqual([{ content: "أن التفجيرين وقعا بفارق خمس دقائق", speaker: "الوكالة الوطنية للإعلام" }]);
  });
});

describe("the reason a source gives for hiding its name belongs to the aside", () => {
  it.each([
    [
      "وقال مسؤول في الميناء طلب عدم نشر اسمه لأنه غير مخول بالتصريح لوسائل الإعلام إن السفينة غادرت ليلا.",
      "إن السفينة غادرت ليلا",
      "مسؤول في الميناء",
    ],
    [
      "وقال دبلوماسي، طلب عدم الكشف عن هويته لأنه غير مخول بالحديث إلى الصحافة، إن الاجتماع تأجل.",
      "إن الاجتماع تأجل",
      "دبلوماسي",
    ],
  ])("%s", (text, content, speaker) => {
    expect(statements(text)).toEqual([{ content, speaker }]);
  });

  it("keeps a «لأنه» that is what was said", () => {
    expect(statements("وقال المحافظ إن الطريق أغلق لأنه غير آمن.")).toEqual([
      { content: "إن الطريق أغلق لأنه غير آمن", speaker: "المحافظ" },
    ]);
  });
});

describe("who claims an attack is who the sentence's later verb speaks for", () => {
  it.each([
    ["وتبنت حركة المقاومة القصف وقالت إن صواريخها أصابت المعسكر.", "حركة المقاومة"],
    ["وتبنى التنظيم الهجوم في بيان نشرته منصة تابعة له، وقال إن أحد عناصره نفذه.", "التنظيم"],
  ])("%s", (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe("a toll's update is the setting of the statement, not part of the speaker", () => {
  it.each([
    ["وقالت مديرية الصحة في آخر حصيلة لها إن المستشفى استقبل المصابين.", "مديرية الصحة"],
    ["وأفادت مديرية الصحة في حصيلة جديدة بأن المستشفى استقبل المصابين.", "مديرية الصحة"],
    ["وذكرت المنظمة في تقرير نشرته أمس أن القرية أخليت.", "المنظمة"],
  ])("%s", (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe("a stray closing quotation mark", () => {
  it("does not make the rest of the paragraph a quotation", () => {
    const text =
      'وقال البيان "ارتفع عدد المصابين إلى 40". وتواصل الجهات المعنية التحقق من الهويات". وقال الوزير إن التحقيق مستمر، مضيفا أن الحدود أغلقت.';
    expect(statements(text).map((s) => s.content)).toEqual([
      "ارتفع عدد المصابين إلى 40",
      "إن التحقيق مستمر",
      "أن الحدود أغلقت",
    ]);
  });

  it("still opens a quotation glued to a colon", () => {
    expect(statements('وقال الوزير:"الحدود أغلقت بالكامل".').map((s) => s.content)).toEqual(["الحدود أغلقت بالكامل"]);
  });
});

describe("a declared mourning is what was announced", () => {
  it("does not read «الحداد» as part of the speaker", () => {
    expect(statements("وأعلن رئيس الحكومة الحداد ثلاثة أيام في البلاد.")).toEqual([
      { content: "الحداد ثلاثة أيام في البلاد", speaker: "رئيس الحكومة" },
    ]);
  });
});

describe("wire-report shapes of who said it", () => {
  it.each([
    ["وكان المكتب أفاد مساء الاثنين عن وصول الفرق إلى المكان.", "عن وصول الفرق إلى المكان", "المكتب"],
    [
      "القاهرة 12 مارس 2016 (وكالات) - أفادت وزارة النقل في بيان بأن الرحلات استؤنفت.",
      "بأن الرحلات استؤنفت",
      "وزارة النقل",
    ],
    [
      "وصرح سامر حداد الأمين العام لجمعية الهلال الأحمر لقناة ال بي سي الإخبارية اللبنانية بأن الطرق مفتوحة.",
      "بأن الطرق مفتوحة",
      "سامر حداد الأمين العام لجمعية الهلال الأحمر",
    ],
  ])("%s", (text, content, speaker) => {
    expect(statements(text)).toEqual([{ content, speaker }]);
  });

  it("reads a plural participle of speaking («متحدثين عن …»)", () => {
    expect(statements("وأفاد سكان أن المياه انقطعت، متحدثين عن احتمال عودتها مساء.")).toEqual([
      { content: "أن المياه انقطعت", speaker: "سكان" },
      { content: "عن احتمال عودتها مساء", speaker: "سكان" },
    ]);
  });
});

describe("whose toll it is, after the figures", () => {
  it("reads «في حصيلة جديدة لـX» as X's figures", () => {
    const [toll] = run("قتل 30 شخصاً وأصيب 80 آخرون في التفجيرات، في حصيلة جديدة للمرصد الوطني للحقوق.").filter(
      (p) => p.kind === "CASUALTY",
    );
    expect(toll?.source?.text).toBe("مرصد الوطني للحقوق");
  });

  it("names the author of «وفق حصيلة لوزارة الصحة» without the toll's word", () => {
    const [toll] = run("وقتل 20 شخصاً، وفق حصيلة لوزارة الصحة.").filter((p) => p.kind === "CASUALTY");
    expect(toll?.source?.text).toBe("وزارة الصحة");
  });

  it.each([
    "وشهدت المدينة مقتل 20 شخصاً في حصيلة أولية لانفجار سيارتين.",
    "ارتفع عدد القتلى إلى 40 في حصيلة صادمة للسلطات.",
  ])("does not read what the toll is of, or whom it shocks, as its author: %s", (text) => {
    expect(run(text).find((p) => p.kind === "CASUALTY")?.source ?? null).toBeNull();
  });
});

describe("a first name shaped like a nisba adjective", () => {
  it.each([
    ["وقال سامي الجميل إن الاجتماع تأجل.", "سامي الجميل"],
    [
      "قال العقيد الركن فوزي المالكي، المتحدث باسم الوزارة، الأربعاء، إن الاجتماع تأجل.",
      "العقيد الركن فوزي المالكي، المتحدث باسم الوزارة",
    ],
    ["العقيد هاني الزعبي يقول إن الاجتماع تأجل", "العقيد هاني الزعبي"],
  ])("%s", (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });

  it("still ends «مسؤول عراقي» before a definite word", () => {
    expect(statements("وقال مسؤول عراقي الأربعاء إن الاجتماع تأجل.").map((s) => s.speaker)).toEqual(["مسؤول عراقي"]);
  });
});

describe("a title told again after the name it was in apposition to", () => {
  it("resolves the title, and a later verb without a subject, to the name", () => {
    const text =
      "قال العقيد فوزي المالكي، المتحدث باسم وزارة الدفاع، إن الحدود أغلقت. وتابع المتحدث باسم وزارة الدفاع أن المعابر فتحت. وأكد أن التحقيق مستمر.";
    expect(statements(text).map((s) => s.speaker)).toEqual([
      "العقيد فوزي المالكي، المتحدث باسم وزارة الدفاع",
      "العقيد فوزي المالكي، المتحدث باسم وزارة الدفاع",
      "العقيد فوزي المالكي، المتحدث باسم وزارة الدفاع",
    ]);
  });
});

describe("more settings and verbs of saying", () => {
  it.each([
    ['وأضاف الوزير، خلال مؤتمر صحفي بالرياض: "المعابر فتحت".', "المعابر فتحت", "الوزير"],
    ["واستطرد الوزير أن المعابر فتحت.", "أن المعابر فتحت", "الوزير"],
    ["وقدّر شاهد من السكان أن عشرين شخصاً أصيبوا.", "أن عشرين شخصاً أصيبوا", "شاهد من السكان"],
    ["وقتل عشرون في هجوم نفت الحركة اتهامات الحكومة بالتورط فيه.", "اتهامات الحكومة بالتورط فيه", "الحركة"],
    ["وذلك في الوقت الذي أعلنت فيه الوزارة عن رفع حالة التأهب.", "عن رفع حالة التأهب", "الوزارة"],
  ])("%s", (text, content, speaker) => {
    expect(statements(text)).toEqual([{ content, speaker }]);
  });
});

describe("an agency's correspondent as the speaker", () => {
  it("keeps «وكالة» in «مراسل وكالة فرانس برس» (its و is its own)", () => {
    expect(statements("وتجمع المشيعون في المقبرة، وفق ما ذكر مراسل وكالة فرانس برس.").map((s) => s.speaker)).toEqual([
      "مراسل وكالة فرانس برس",
    ]);
  });
});

describe("a verb of saying inside what was said", () => {
  it("gives «صرح» the subject before it, after «إن» («وقالت الوكالة، إن المتحدث صرح بأن …»)", () => {
    expect(statements("وقالت الوكالة، إن المتحدث الأمني صرح بأن الجهات الأمنية باشرت التحقيق.")).toContainEqual({
      content: "بأن الجهات الأمنية باشرت التحقيق",
      speaker: "المتحدث الأمني",
    });
  });
});

describe("a verb with its object glued after a relative", () => {
  it("keeps «التي وصفها بـ…» inside what was said, without a speaker of its own", () => {
    expect(
      statements("وصرح المتحدث بأن العملية التي وصفها بـ”الموفقة”، تمت بخمسة صواريخ.").map((s) => s.content),
    ).toEqual(["بأن العملية التي وصفها بـ”الموفقة”، تمت بخمسة صواريخ"]);
  });

  it("reads «التي وصفها مسؤولون بأنها …» with its speaker after the verb", () => {
    expect(statements("وتوترت العلاقات التي وصفها مسؤولون من البلدين بأنها سيئة.")).toEqual([
      { content: "بأنها سيئة", speaker: "مسؤولون من البلدين" },
    ]);
  });
});
