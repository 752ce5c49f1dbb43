/**
 * The suggestion engine's test table: sentences and what an analyst reading them expects. Cases
 * with a `source` quote the sample corpus verbatim; the others are new sentences in the same
 * register (wire-style Arabic), including twenty that were written after the rules were first
 * settled and run once as a held-out check before any rule was adjusted for them.
 *
 * Expectations are partial on purpose: `statements` lists [content or a part of it, speaker or
 * part of it]; figures list the values; an empty list means "nothing of this kind".
 */
import type { FigureValue } from "../arabic/numbers";

export type SuggestCase = {
  text: string;
  publishedAt?: string;
  source?: string;
  statements?: Array<{ content: string; speaker: string; channel?: string; anonymous?: boolean }>;
  casualties?: Array<{ killed?: FigureValue; injured?: FigureValue; victims?: string; perpetrator?: string }>;
  counts?: Array<{ value: FigureValue; thing?: string; since?: string; asOf?: string }>;
  dates?: Array<{ text: string; date: string }>;
};

const n = (value: number, qualifier: FigureValue["qualifier"] = "exactly"): FigureValue => ({ value, qualifier });

export const SUGGEST_CASES: readonly SuggestCase[] = [
  // ---- The corpus: one case per pattern ------------------------------------------------------
  {
    source: "000",
    publishedAt: "2023-12-09",
    text: "في سياق متصل، فقد سبق أن قال مسؤول في الجيش الأمريكي لرويترز إن نحو سبع قذائف مورتر سقطت على مجمع السفارة الأمريكية في بغداد خلال هجوم في وقت مبكر من صباح الجمعة، فيما يبدو أنه أكبر هجوم من نوعه في الآونة الأخيرة.",
    statements: [
      {
        content: "إن نحو سبع قذائف مورتر سقطت",
        speaker: "مسؤول في الجيش الأمريكي",
        channel: "رويترز",
        anonymous: true,
      },
    ],
    counts: [{ value: n(7, "about"), thing: "قذائف مورتر" }],
    dates: [{ text: "الجمعة", date: "2023-12-08" }],
  },
  {
    source: "000",
    publishedAt: "2023-12-09",
    text: "وقال مسؤول دفاع إن القوات الأمريكية في العراق وسوريا تعرضت للهجوم لما لا يقل عن 84 مرة منذ 17 أكتوبر/تشرين الأول.",
    statements: [
      { content: "إن القوات الأمريكية في العراق وسوريا تعرضت للهجوم", speaker: "مسؤول دفاع", anonymous: true },
    ],
    counts: [{ value: n(84, "at_least"), thing: "هجوم", since: "2023-10-17" }],
    dates: [{ text: "17 أكتوبر/تشرين الأول", date: "2023-10-17" }],
  },
  {
    source: "000",
    publishedAt: "2023-12-09",
    text: "وردت الولايات المتحدة بسلسلة من الهجمات أسفرت عن مقتل 15 مسلحاً على الأقل في العراق ونحو سبعة في سوريا.",
    statements: [],
    casualties: [
      { killed: n(15, "at_least"), victims: "مسلحاً", perpetrator: "الولايات المتحدة" },
      { killed: n(7, "about"), victims: "مسلحاً", perpetrator: "الولايات المتحدة" },
    ],
  },
  {
    source: "001",
    publishedAt: "2023-12-11",
    text: "وأحصت واشنطن حتى الآن 92 هجوماً ضدّ قواتها في العراق وسوريا منذ 17 تشرين الأول/أكتوبر، أي بعد عشرة أيام من اندلاع الحرب في غزة، وفق حصيلة أفاد بها المسؤول العسكري الأميركي.",
    statements: [{ content: "أحصت واشنطن حتى الآن 92 هجوماً", speaker: "المسؤول العسكري الأميركي" }],
    counts: [{ value: n(92), thing: "هجوماً", since: "2023-10-17", asOf: "2023-12-11" }],
  },
  {
    source: "003",
    publishedAt: "2024-01-24",
    text: "من جانبها نقلت وكالة “رويترز” عن مصدر طبي قوله إن “الضربات الأمريكية قتلت مسلحين اثنين على الأقل وأصابت أربعة أشخاص آخرين”.",
    statements: [
      { content: "الضربات الأمريكية قتلت مسلحين اثنين", speaker: "مصدر طبي", channel: "رويترز", anonymous: true },
    ],
    casualties: [{ killed: n(2, "at_least"), injured: n(4), victims: "مسلحين", perpetrator: "الضربات الأمريكية" }],
  },
  {
    source: "003",
    publishedAt: "2024-01-24",
    text: "وحسب بيان لـ “الحشد الشعبي” فإن القصف الأمريكي على منطقة السكك التابعة لقضاء القائم غربي الأنبار، أدى إلى مقتل عنصر وإصابة اثنين آخرين.",
    statements: [{ content: "فإن القصف الأمريكي على منطقة السكك", speaker: "الحشد الشعبي", channel: "بيان" }],
    casualties: [{ killed: n(1), injured: n(2), victims: "عنصر", perpetrator: "القصف الأمريكي" }],
  },
  {
    source: "003",
    publishedAt: "2024-01-24",
    text: "وأكد وزير الدفاع الأمريكي، لويد أوستن، عدم التردد “في اتخاذ الإجراءات اللازمة للدفاع عن القوات الأمريكية ومصالحها في المنطقة”.",
    statements: [{ content: "عدم التردد", speaker: "لويد أوستن" }],
  },
  {
    source: "001",
    publishedAt: "2023-12-11",
    text: 'وقال المسؤول العسكري الأميركي الذي فضّل عدم كشف هويته إن "هجوماً بطائرة مسيرة" استهدف الاثنين قاعدة عين الأسد الواقعة في غرب العراق، بدون أن يسفر عن ضحايا وأضرار.',
    statements: [{ content: 'إن "هجوماً بطائرة مسيرة" استهدف', speaker: "المسؤول العسكري الأميركي", anonymous: true }],
    casualties: [{ killed: n(0), injured: n(0) }],
    dates: [{ text: "الاثنين", date: "2023-12-11" }],
  },
  {
    source: "004",
    publishedAt: "2020-01-02",
    text: "مارك أسبر: سنجعل إيران والموالين لها يندمون إذا هاجوا قواتنا في العراق",
    statements: [{ content: "سنجعل إيران والموالين لها يندمون", speaker: "مارك أسبر" }],
  },
  {
    source: "004",
    publishedAt: "2020-01-02",
    text: "وقتل نحو 460 شخصا وأصيب نحو 25 ألفاً آخرين في العنف المرتبط بالاحتجاجات.",
    statements: [],
    casualties: [{ killed: n(460, "about"), injured: n(25000, "about"), victims: "شخصا" }],
  },
  {
    source: "004",
    publishedAt: "2020-01-02",
    text: 'واقتحم الثلاثاء آلاف المحتجين العراقيين السفارة الأميركية في بغداد وهتفوا "الموت لأميركا" بسبب هجمات جوية شنها الطيران الأميركي على قواعد لحزب الله العراقي الموالي لإيران في شمال العراق.',
    statements: [],
    counts: [{ value: { qualifier: "range", min: 2000, max: 9999 }, thing: "المحتجين العراقيين" }],
    dates: [{ text: "الثلاثاء", date: "2019-12-31" }],
  },
  {
    source: "002",
    publishedAt: "2024-04-22",
    text: "وأضاف مصدران أمنيان وضابط كبير بالجيش في العراق أن شاحنة صغيرة مثبتة على ظهرها منصة إطلاق صواريخ كانت متوقفة في بلدة زمار على الحدود مع سورية.",
    statements: [{ content: "أن شاحنة صغيرة", speaker: "مصدران أمنيان وضابط كبير", anonymous: true }],
    counts: [],
  },
  // ---- New sentences ---------------------------------------------------------------------------
  {
    publishedAt: "2024-03-20",
    text: "وقال المتحدث باسم الجيش العراقي يحيى رسول في بيان إن القوات الأمنية اعتقلت ثلاثة مشتبه بهم.",
    statements: [{ content: "إن القوات الأمنية اعتقلت", speaker: "يحيى رسول", channel: "بيان", anonymous: false }],
    counts: [{ value: n(3) }],
  },
  {
    publishedAt: "2024-03-20",
    text: "أفادت مصادر طبية بمقتل خمسة أشخاص وإصابة 12 آخرين في انفجار سيارة مفخخة.",
    statements: [{ content: "بمقتل خمسة أشخاص", speaker: "مصادر طبية", anonymous: true }],
    casualties: [{ killed: n(5), injured: n(12), victims: "أشخاص", perpetrator: "انفجار" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "ونقلت قناة الجزيرة عن شهود عيان قولهم إن الطائرات قصفت المنطقة فجر الثلاثاء.",
    statements: [{ content: "إن الطائرات قصفت المنطقة", speaker: "شهود عيان", channel: "الجزيرة" }],
    dates: [{ text: "الثلاثاء", date: "2024-03-19" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "بحسب وزارة الصحة، ارتفعت حصيلة القتلى إلى 45.",
    statements: [{ content: "ارتفعت حصيلة القتلى", speaker: "وزارة الصحة" }],
    casualties: [{ killed: n(45) }],
  },
  {
    publishedAt: "2024-03-20",
    text: "«لن نسمح بذلك»، قال رئيس الوزراء للصحفيين.",
    statements: [{ content: "لن نسمح بذلك", speaker: "رئيس الوزراء" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "وأكد مصدر أمني، طلب عدم الكشف عن هويته، أن الهجوم لم يسفر عن إصابات.",
    statements: [{ content: "أن الهجوم لم يسفر عن إصابات", speaker: "مصدر أمني", anonymous: true }],
    casualties: [{ injured: n(0) }],
  },
  {
    publishedAt: "2024-03-20",
    text: "قُتل جنديان أمريكيان وأصيب ثلاثة آخرون بهجوم بطائرة مسيرة على قاعدة التنف يوم الأحد.",
    casualties: [{ killed: n(2), injured: n(3), victims: "جنديان أمريكيان", perpetrator: "هجوم" }],
    dates: [{ text: "الأحد", date: "2024-03-17" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "وقالت الشرطة إن 20 صاروخا سقطت على المدينة منذ 3 مارس.",
    statements: [{ content: "إن 20 صاروخا سقطت", speaker: "الشرطة" }],
    counts: [{ value: n(20), thing: "صاروخا", since: "2024-03-03" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "ولم يصدر أي تعليق من الحكومة.",
    statements: [],
    casualties: [],
    counts: [],
    dates: [],
  },
  {
    publishedAt: "2024-03-20",
    text: "من جهته، نفى المتحدث باسم الفصيل أي علاقة بالهجوم.",
    statements: [{ content: "أي علاقة بالهجوم", speaker: "المتحدث باسم الفصيل" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "وأسفرت الغارة عن مقتل 7 مدنيين بينهم طفلان.",
    casualties: [{ killed: n(7), victims: "مدنيين", perpetrator: "الغارة" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "وكتب الرئيس على منصة إكس: «سنحاسب المسؤولين».",
    statements: [{ content: "سنحاسب المسؤولين", speaker: "الرئيس", channel: "إكس" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "وكتب الصحفي مقالا عن الحرب.",
    statements: [],
  },
  {
    publishedAt: "2024-03-20",
    text: "وقال مسؤولون في البنتاجون أمس إن نحو 2000 جندي سيرسلون إلى المنطقة.",
    statements: [{ content: "إن نحو 2000 جندي", speaker: "مسؤولون في البنتاجون", anonymous: true }],
    counts: [{ value: n(2000, "about"), thing: "جندي" }],
    dates: [{ text: "أمس", date: "2024-03-19" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "وفي اليوم نفسه قال الجيش إن الوضع هادئ.",
    statements: [{ content: "إن الوضع هادئ", speaker: "الجيش" }],
    dates: [],
  },
  {
    publishedAt: "2024-03-20",
    text: "وتعرضت القاعدة لهجوم بثلاث طائرات مسيرة يوم السبت الماضي.",
    counts: [{ value: n(3), thing: "طائرات مسيرة" }],
    dates: [{ text: "السبت الماضي", date: "2024-03-16" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "ومن المقرر أن يصل الوفد الخميس المقبل.",
    dates: [{ text: "الخميس المقبل", date: "2024-03-21" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "وقـال مـسؤول عسكـري إن الهـجوم وقـع اليـوم.",
    statements: [{ content: "إن الهـجوم وقـع اليـوم", speaker: "مـسؤول عسكـري", anonymous: true }],
    dates: [{ text: "اليـوم", date: "2024-03-20" }],
  },
  {
    publishedAt: "2024-03-20",
    text: "وقَالَ مُتَحَدِّثٌ باسم الشرطة إنَّ ٣ أشخاص قُتلوا.",
    statements: [{ content: "إنَّ ٣ أشخاص قُتلوا", speaker: "مُتَحَدِّثٌ باسم الشرطة" }],
    casualties: [{ killed: n(3) }],
  },
];
