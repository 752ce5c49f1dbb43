/**
 * Failure classes found on three fresh batches of real reports (shelling of a resort, tanker and car
 * bombs in northern Syria, raids with rising tolls), each with sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { sourceTypeOf } from "./sources";
import { casualtiesIn, countsIn, n, runEngine } from "./testing";

const run = (text: string) => runEngine(text, "2022-07-20");
const casualties = (text: string) => casualtiesIn(run(text));
const counts = (text: string) => countsIn(run(text));

describe("the injured after a breakdown of the dead", () => {
  it.each([
    ["وأعلنت الوزارة مقتل 12 شخصا بينهم امرأة و4 أطفال، وإصابة 30 آخرين.", { killed: n(12), injured: n(30) }],
    ["قتل 7 عمال بينهم مهندس و2 من السائقين، وأصيب 15 آخرون.", { killed: n(7), injured: n(15) }],
    ["وارتفعت حصيلة الضحايا إلى 14 شخصا بينهم أطفال، و25 جريحا.", { killed: n(14), injured: n(25) }],
    ["وأسفر القصف عن ستة قتلى، بينهم سيدة مسنة، و18 إصابة.", { killed: n(6), injured: n(18) }],
  ])("%s → one toll", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
    expect(counts(text)).toEqual([]);
  });

  it("keeps a toll with its breakdown alone when no injured figure follows", () => {
    expect(casualties("قتل 14 شخصا بينهم أطفال.")).toMatchObject([{ killed: n(14) }]);
  });
});

describe("a breakdown between the dead and their verb", () => {
  it.each([
    ["وقال المسؤول إن 25 مدنيا من بينهم 8 أطفال لقوا حتفهم في الحريق.", n(25)],
    ["وقال المسؤول إن ستة أشخاص بينهم زوار قتلوا في القصف.", n(6)],
  ])("%s → the toll of the subject, not of the breakdown", (text, killed) => {
    expect(casualties(text)).toMatchObject([{ killed }]);
    expect(counts(text)).toEqual([]);
  });

  it("leaves people who only took part uncounted as casualties", () => {
    expect(casualties("شارك 300 شخص بينهم نساء في المسيرة.")).toEqual([]);
  });
});

describe("who the dead were, after «القتلى هم» or «بين القتلى»", () => {
  it.each([
    "وقال المتحدث: «الضحايا هم 4 نساء وطفلان و3 رجال».",
    "وأشار إلى أن من بين القتلى 5 عناصر من الشرطة على الأقل، وأن الجثث نقلت إلى المستشفى.",
  ])("%s → no counts", (text) => {
    expect(counts(text)).toEqual([]);
  });

  it("still counts a number after the idiom «بين قتيل وجريح»", () => {
    expect(counts("وسقط العشرات بين قتيل وجريح في انفجار سيارتين مفخختين.")).toMatchObject([{ value: n(2) }]);
  });
});

describe("«فقد حياته»: lost their lives", () => {
  it.each([
    ["أسفر الانهيار عن فقدان أحد عشر شخصا لحياتهم.", n(11)],
    ["فقد 4 أشخاص حياتهم في الفيضان.", n(4)],
    ["وقالت الشرطة إن 6 عمال فقدوا حياتهم.", n(6)],
  ])("%s → killed", (text, killed) => {
    expect(casualties(text)).toMatchObject([{ killed }]);
  });

  it.each(["وقالت الشرطة إن 6 صيادين فقدوا في البحر.", "فقدت الكتيبة 3 آليات."])(
    "%s → lost or missing, no toll",
    (text) => {
      expect(casualties(text)).toEqual([]);
    },
  );
});

describe("a bomb told as the cause of a toll", () => {
  it.each(["قتل 9 أشخاص جراء انفجار سيارة مفخخة في السوق.", "وأصيب جندي بجروح نتيجة انفجار عبوة ناسفة قرب الدورية."])(
    "%s → no count of the bomb",
    (text) => {
      expect(counts(text)).toEqual([]);
    },
  );

  it("counts a car bomb whose explosion is told for itself", () => {
    expect(counts("وهز انفجار سيارة مفخخة وسط المدينة صباح اليوم.")).toMatchObject([{ value: n(1) }]);
  });
});

describe("a munition named as the means of an attack", () => {
  it.each(["قتل 3 أشخاص بقصف عبر طائرة مسيرة استهدف سيارتهم.", "استهدف منزله بواسطة طائرة مسيرة مفخخة."])(
    "%s → no count",
    (text) => {
      expect(counts(text)).toEqual([]);
    },
  );
});

describe("weights", () => {
  it("are no counts («نحو 300 كيلوغرام من المتفجرات»)", () => {
    expect(counts("وقالت الشرطة إن السيارة حملت نحو 300 كيلوغراما من المتفجرات.")).toEqual([]);
  });
});

describe("place names that end like a dual", () => {
  it.each(["واقتحمت القوات مدينة ومخيم جنين فجرًا، ونشرت قناصتها.", "ووصل الوفد إلى البحرين أمس."])(
    "%s → no count of two",
    (text) => {
      expect(counts(text)).toEqual([]);
    },
  );
});

describe("an active verb of killing with its subject before the victims", () => {
  it.each([
    ["قتلت القوات الحكومية 6 مسلحين في اشتباكات ليلية.", { killed: n(6) }],
    ["قتلت قوات الأمن، اليوم الخميس، 4 مهربين بينهم قائدهم، وأصابت 7 آخرين.", { killed: n(4), injured: n(7) }],
  ])("%s", (text, expected) => {
    expect(casualties(text)).toMatchObject([expected]);
    expect(counts(text)).toEqual([]);
  });

  it("does not make casualties of things the verb hit", () => {
    expect(casualties("أصابت القذائف 3 منازل في الحي.")).toEqual([]);
  });
});

describe("«عديدة» after its noun", () => {
  it("reads «إصابات عديدة» as several injured", () => {
    expect(casualties("وقالت إن الطواقم أبلغتها بوجود إصابات عديدة في المخيم.")).toMatchObject([
      { injured: { qualifier: "range", min: 3, max: 10 } },
    ]);
  });

  it("is no number before a noun", () => {
    expect(counts("وذكرت مصادر عديدة الهجوم على القافلة.")).toEqual([]);
  });
});

describe("one named victim, with the age in brackets", () => {
  it.each([
    "وقالت الوزارة إن الشاب خالد سمير يوسف (19 عاما) استشهد برصاص الجيش في المخيم.",
    "وأعلنت الوزارة أن الشاب خالد يوسف استشهد برصاص الاحتلال.",
  ])("%s → killed 1", (text) => {
    expect(casualties(text)).toMatchObject([{ killed: n(1) }]);
  });
});

describe("a long bracketed aside between the speaker and what was said", () => {
  it("keeps the speaker of the figure", () => {
    const text =
      "وقال مسؤول محلي (طلب عدم الكشف عن اسمه لأنه غير مخول بالحديث إلى الصحافة) للوكالة إن عدد القتلى ارتفع إلى 23.";
    const [toll] = run(text).filter((p) => p.kind === "CASUALTY");
    expect(toll?.speaker?.text).toBe("مسؤول محلي");
    expect(toll?.source?.text).toBe("مسؤول محلي");
  });
});

describe("an attribution after the figure", () => {
  it.each([
    ["قتل 14 شخصا في الانفجار، حسب ما أعلنته مصادر طبية.", "مصادر طبية"],
    ["ارتفعت حصيلة التفجير إلى 21 قتيلا كما أعلنت الشرطة السبت، وهو الأعنف منذ عامين.", "الشرطة"],
  ])("%s → the figure's speaker and source", (text, who) => {
    const [toll] = run(text).filter((p) => p.kind === "CASUALTY");
    expect(toll?.speaker?.text).toBe(who);
    expect(toll?.source?.text).toBe(who);
  });

  it("makes no speaker of «ما أعلنته» with nothing said before it", () => {
    expect(run("وهو ما أعلنته الوزارة أمس.").filter((p) => p.speaker)).toEqual([]);
  });
});

describe("an activist named alone", () => {
  it.each(["الناشط سامر الأحمد", "ناشطة في المدينة"])("%s → a local source", (text) => {
    expect(sourceTypeOf(text, false)).toBe("LOCAL");
  });
});

describe("a speaker who is one of a group in construct", () => {
  it("keeps the genitive after «أحد مسؤولي»", () => {
    const text = "وأصيب أكثر من 200 شخص في الانفجار، حسب أحد مسؤولي المستشفى.";
    const [toll] = run(text).filter((p) => p.kind === "CASUALTY");
    expect(toll?.source?.text).toBe("أحد مسؤولي المستشفى");
    expect(sourceTypeOf(toll?.source?.text ?? "", false)).toBe("LOCAL");
  });
});

describe("two security men named by a dual in construct", () => {
  it.each([
    ["وأسفر التفجير عن إصابة رجلي أمن و3 مدنيين.", 5],
    ["وأسفر الهجوم عن إصابة عوني أمن و4 مدنيين.", 6],
  ])("%s → one toll, their sum", (text, injured) => {
    expect(casualties(text)).toMatchObject([{ injured: n(injured) }]);
  });

  it("adds no dual of a breakdown to the toll it breaks down", () => {
    expect(casualties("استشهد 6 من بينهم موظف ورجلي أمن.")).toMatchObject([{ killed: n(6) }]);
  });
});

describe("a speaker whose name holds a plural in ـيات", () => {
  it("keeps the genitive after «عمليات»", () => {
    const text = "وقال مركز عمليات الطوارئ الوطني في بيان «تأكد مقتل 12 شخصا في الهجوم».";
    const [toll] = run(text).filter((p) => p.kind === "CASUALTY");
    expect(toll?.speaker?.text).toBe("مركز عمليات الطوارئ الوطني");
  });
});
