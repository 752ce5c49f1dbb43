/**
 * Classes of phrasing a fresh batch of real reports showed, each tested with sentences written for
 * these tests (never the reports' own words): a disclosure withheld is no zero, «وفقما» is «وفق ما»,
 * the outlet told is named after «لوكالة/لصحيفة» (quoted or not), a raised total gives the injured
 * their own «والجرحى إلى N» or adds them past an aside, «عادت لتشير», speakers headed by «بعض», an
 * estimate («قدّرتهم المصادر بنحو …»), duals of reporting verbs and «منوهاً», «أحد» after a noun, and
 * one attacker or munition told by what it did («قنبلة انفجرت»، «فجر انتحاري نفسه»).
 */
import { describe, expect, it } from "vitest";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";
import type { TProposal } from "./types";

const run = (text: string): TProposal[] => runEngine(text, "2021-03-10");
const casualties = (text: string) => casualtiesIn(run(text)).map((c) => ({ killed: c.killed, injured: c.injured }));
const sources = (text: string) =>
  run(text)
    .filter((p) => p.kind === "CASUALTY")
    .map((p) => ({ source: p.source?.text ?? "", type: p.source?.type ?? "MEDIA" }));
function statements(text: string): Array<{ content: string; speaker: string }> {
  return run(text).flatMap((p) => {
    const content = p.kind === "STATEMENT" ? p.range.text : p.parts.find((x) => x.role === "content")?.text;
    return content === undefined ? [] : [{ content, speaker: p.speaker?.text ?? "" }];
  });
}

describe("a disclosure withheld is no stated zero", () => {
  it.each([
    "وأقر الجيش بسقوط قتلى في صفوفه دون تحديد الرقم الدقيق لضحايا الهجوم.",
    "وقال المسؤول إن الانفجار أسفر عن جرحى دون الكشف عن مدى الإصابات.",
    "ونقلت الوكالة الخبر من دون ذكر عدد الضحايا.",
    "وأعلنت الشرطة وقوع إصابات دون الإفصاح عن عدد المصابين.",
  ])("%s", (text) => {
    expect(casualties(text)).toEqual([]);
  });

  it("still reads a zero that is stated", () => {
    expect(casualties("وسقطت القذيفة في أرض خالية دون وقوع إصابات.")).toEqual([{ killed: undefined, injured: n(0) }]);
  });
});

describe("«وفقما» is «وفق ما»", () => {
  it("names who reports the toll after the figure", () => {
    expect(sources("قتل سبعة أشخاص في القصف، وفقما أفادت مديرية الصحة.")).toEqual([
      { source: "مديرية الصحة", type: "OFFICIAL" },
    ]);
  });
});

describe("the outlet told, after «لوكالة» / «لصحيفة», is neither what was said nor the speaker", () => {
  it("skips the outlet's quoted name before the verb's object", () => {
    const text = 'وأكد ضابط بريطاني لوكالة "أسوشيتد برس" مقتل جنديين وإصابة خمسة آخرين في الكمين.';
    expect(statements(text)).toEqual([{ content: "مقتل جنديين وإصابة خمسة آخرين في الكمين", speaker: "ضابط بريطاني" }]);
    expect(sources(text)).toEqual([{ source: "ضابط بريطاني", type: "ANONYMOUS" }]);
  });

  it("skips a newspaper's quoted name before «أن»", () => {
    expect(statements('وأكد سكان لصحيفة "الأيام"، أن القذيفة سقطت قرب السوق.')).toEqual([
      { content: "أن القذيفة سقطت قرب السوق", speaker: "سكان" },
    ]);
  });

  it("ends an agency's name at the event noun the verb takes", () => {
    expect(statements("وأكدت مصادر طبية لوكالة الأنباء الفرنسية مقتل ثلاثة صيادين.")).toEqual([
      { content: "مقتل ثلاثة صيادين", speaker: "مصادر طبية" },
    ]);
  });
});

describe("a raised total names its injured after it", () => {
  it.each([
    ["ارتفع عدد القتلى إلى 12 والجرحى إلى 40.", { killed: n(12), injured: n(40) }],
    ["ارتفع عدد القتلى من أفراد الحرس الى 9 والجرحى الى 31 بينهم حالات حرجة.", { killed: n(9), injured: n(31) }],
    [
      "وأعلنت الوزارة ارتفاع عدد القتلى إلى 17 شخصاً، متأثرين بجروحهم، بالإضافة إلى عشرات الجرحى.",
      { killed: n(17), injured: { qualifier: "range" as const, min: 20, max: 99 } },
    ],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toEqual([expected]);
  });

  it("still reads an indefinite nisba after a figure as one more person", () => {
    expect(casualties("قتل جنديان أمريكيان وبريطاني في الهجوم.")).toEqual([{ killed: n(3), injured: undefined }]);
  });
});

describe("«عادت … لتشير إلى»: the subject before «عادت» reports", () => {
  it.each([
    "لكن الوكالة عادت لتشير إلى ارتفاع عدد القتلى إلى 14 شخصاً.",
    "لكن الوكالة، عادت لتشير إلى ارتفاع عدد القتلى إلى 14 شخصاً.",
  ])("%s", (text) => {
    expect(sources(text)).toEqual([{ source: "الوكالة", type: "MEDIA" }]);
  });

  it("leaves evidence that «points to» a figure without a speaker", () => {
    expect(sources("وعادت الأرقام لتشير إلى ارتفاع عدد القتلى إلى 14.")).toEqual([{ source: "", type: "MEDIA" }]);
  });
});

describe("a speaker headed by «بعض»", () => {
  it.each([
    ["وقالت بعض المصادر إن ثلاثة قتلوا.", "بعض المصادر", "ANONYMOUS"],
    ["وذكرت بعض وسائل الإعلام أن ثلاثة جنود قتلوا.", "بعض وسائل الإعلام", "MEDIA"],
  ])("%s", (text, source, type) => {
    expect(sources(text)).toEqual([{ source, type }]);
  });
});

describe("an estimate: «قدّرتهم المصادر بنحو …»", () => {
  it("names who estimates the figure in its ب-phrase", () => {
    expect(sources("وقدرتهم المصادر بنحو 60 مصاباً.")).toEqual([{ source: "المصادر", type: "ANONYMOUS" }]);
  });

  it.each(["وعبر عن قدرتهم على الصمود.", "وتبرع بمبلغ قدره مليون دينار.", "والانفجار الذي قدر بحجم قنبلة صغيرة."])(
    "no statement in «%s»",
    (text) => {
      expect(statements(text)).toEqual([]);
    },
  );
});

describe("duals of reporting verbs and «منوهاً»", () => {
  it("reads «وذكرا أن» as said by the two named before", () => {
    expect(statements("وأوضح المصدران أن الطريق أغلق. وذكرا أن الجرحى نقلوا إلى المستشفى.")).toEqual([
      { content: "أن الطريق أغلق", speaker: "المصدران" },
      { content: "أن الجرحى نقلوا إلى المستشفى", speaker: "المصدران" },
    ]);
  });

  it("reads «منوهاً إلى أن» as a second utterance", () => {
    expect(statements("وقال المتحدث إن الطريق أغلق، منوهاً إلى أن التحقيق مستمر.")).toEqual([
      { content: "إن الطريق أغلق", speaker: "المتحدث" },
      { content: "إلى أن التحقيق مستمر", speaker: "المتحدث" },
    ]);
  });
});

describe("«أحد» after a noun is no numeral of that noun", () => {
  it.each(["واختبأ المسلحون خلف أحد الجدران قبل الهجوم.", "ووقع الانفجار خلال قداس أحد الشعانين في الكنيسة."])(
    "no count in «%s»",
    (text) => {
      expect(countsIn(run(text))).toEqual([]);
    },
  );

  it("still counts one of the munitions, and a noun with «واحد»", () => {
    expect(countsIn(run("وأصاب أحد الصواريخ مبنى المطار.")).map((c) => c.value)).toEqual([n(1)]);
    expect(countsIn(run("وسقط صاروخ واحد قرب المطار.")).map((c) => c.value)).toEqual([n(1)]);
  });
});

describe("one attacker or munition, told by what it did or what was done with it", () => {
  it.each([
    ["وقالت الشرطة إن قنبلة انفجرت قرب المحطة.", "قنبلة"],
    ["وقتل ثلاثة عندما فجر انتحاري نفسه عند الحاجز.", "انتحاري"],
    ["وأكد المصدر أن انتحارياً دخل القاعة قبل الانفجار.", "انتحارياً"],
    ["وقال السكان إن غارة جوية استهدفت المخزن ليلاً.", "غارة جوية"],
    ["وقال الشهود إن الانفجار نتج عن زرع عبوة ناسفة تحت السيارة.", "عبوة ناسفة"],
    ["وأفاد البيان بأن مهاجما انتحاريا يرتدي حزاما ناسفا هاجم الدورية.", "مهاجما انتحاريا"],
  ])("%s", (text, thing) => {
    expect(countsIn(run(text)).map((c) => ({ thing: c.thing, value: c.value }))).toEqual([{ thing, value: n(1) }]);
  });

  it.each([
    "وقتل جنديان بتفجير انتحاري استهدف الدورية.",
    "واستهدف هجوم بعبوة ناسفة الدورية.",
    "وقتل القيادي بغارة جوية على سيارته.",
    "ونفذت الطائرات غارات جوية استهدفت المخازن.",
  ])("not the weapon an attack was made with, an attack it describes, nor a plural: «%s»", (text) => {
    expect(countsIn(run(text))).toEqual([]);
  });
});

describe("who speaks after a denial, an outlet's relayed source and a toll", () => {
  it("gives a participle after «وهو ما نفاه X» to X", () => {
    expect(
      statements("وقال شهود إن القذيفة سقطت قرب السوق. وهو ما نفاه مصدر أمني، مؤكداً أن الانفجار وقع داخل المخزن."),
    ).toEqual([
      { content: "إن القذيفة سقطت قرب السوق", speaker: "شهود" },
      { content: "أن الانفجار وقع داخل المخزن", speaker: "مصدر أمني" },
    ]);
  });

  it("names whom the outlet quotes between commas, and what it passes on", () => {
    const text = "وأكدت الوكالة الرسمية، نقلا عن مسؤول أمني، مقتل خمسة أشخاص في القصف.";
    expect(sources(text)).toEqual([{ source: "مسؤول أمني", type: "ANONYMOUS" }]);
    expect(statements(text)).toEqual([{ content: "مقتل خمسة أشخاص في القصف", speaker: "مسؤول أمني" }]);
  });

  it("leaves a first toll that «spoke of» a figure without a speaker", () => {
    expect(sources("وكانت حصيلة أولية تحدثت عن مقتل 7 أشخاص وإصابة 20 آخرين.")).toEqual([
      { source: "", type: "MEDIA" },
    ]);
  });
});

describe("a breakdown whose first group has no number, and a claim told by «تبني»", () => {
  it("keeps «بينهم مدنيون و5 جنود» inside the toll", () => {
    expect(casualties("قتل 20 شخصاً في التفجير، بينهم مدنيون و5 جنود من الشرطة.")).toEqual([
      { killed: n(20), injured: undefined },
    ]);
  });

  it("still reads a second toll joined by «و» as its own", () => {
    expect(casualties("قتل 20 شخصاً في التفجير وأصيب 5 جنود من الشرطة.")).toEqual([{ killed: n(20), injured: n(5) }]);
  });

  it.each([
    "وأعلن المتحدث باسم الجماعة، خلال لقاء مع قناة محلية، تبني الهجوم على الحاجز.",
    "وأعلنت الجماعة تبنيها الهجوم.",
  ])("no statement in «%s»", (text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe("a raised total read from its verb of rising", () => {
  const ranges = (text: string) => run(text).flatMap((p) => (p.kind === "CASUALTY" ? [p.range.text] : []));

  it("starts at the verb when a short total stands between it and «إلى»", () => {
    expect(ranges("ارتفع عدد القتلى من أفراد الشرطة الى 9 والجرحى الى 31.")).toEqual([
      "ارتفع عدد القتلى من أفراد الشرطة الى 9 والجرحى الى 31",
    ]);
  });

  it("starts at the figure past a relative clause", () => {
    expect(ranges("ارتفع عدد ضحايا التفجير الذي وقع في السوق إلى 75 قتيلاً.")).toEqual(["75 قتيلاً"]);
  });
});
