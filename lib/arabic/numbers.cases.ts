/**
 * The test table of the Arabic number and figure parser, used by numbers.test.ts and by
 * `numbersAccuracy()` (numbers-accuracy.ts) for benchmarks.
 *
 * Expectations are written from the Arabic, not from the parser's output. Cases with a `source`
 * are whole sentences of the sample corpus (a test checks that they occur there verbatim);
 * together they cover every figure in the five sample articles and the traps next to them
 * (dates, years, weekdays, ordinals, a time of day, a tweet line). Figures are compared field
 * by field: value, min, max, qualifier and role exactly (role defaults to null), noun and unit
 * when given.
 */
import type { CasualtyRole, FigureValue, Qualifier } from "./numbers";

export type ExpectedFigure = {
  value?: number;
  min?: number;
  max?: number;
  qualifier: Qualifier;
  role?: CasualtyRole;
  noun?: string;
  unit?: "percent";
};

export type NumberCase =
  | { kind: "parse"; input: string; expect: FigureValue | null; source?: string; note?: string }
  | { kind: "figures"; input: string; expect: ExpectedFigure[]; source?: string; note?: string }
  | {
      kind: "casualties";
      input: string;
      expect: { killed?: FigureValue; injured?: FigureValue };
      source?: string;
      note?: string;
    };

const n = (value: number): FigureValue => ({ value, qualifier: "exactly" });
const range = (min: number, max?: number): FigureValue =>
  max === undefined ? { min, qualifier: "range" } : { min, max, qualifier: "range" };

export const NUMBER_CASES: readonly NumberCase[] = [
  // ---- Digits -------------------------------------------------------------------------------
  { kind: "parse", input: "25,000", expect: n(25000) },
  { kind: "parse", input: "٢٥٬٠٠٠", expect: n(25000), note: "Arabic-Indic digits and the Arabic thousands separator" },
  { kind: "parse", input: "۱۲", expect: n(12), note: "Eastern (Persian) digits" },
  { kind: "parse", input: "٢٫٥", expect: n(2.5), note: "the Arabic decimal separator" },
  { kind: "parse", input: "2.5 مليون", expect: n(2500000) },
  { kind: "parse", input: "25 ألفاً", expect: n(25000) },
  { kind: "parse", input: "3 آلاف", expect: n(3000) },
  { kind: "parse", input: "2.5 مليار دولار", expect: n(2500000000) },
  { kind: "parse", input: "و460", expect: n(460), note: "a leading و" },
  // ---- 1–10 ---------------------------------------------------------------------------------
  { kind: "parse", input: "واحد", expect: n(1) },
  { kind: "parse", input: "إحدى", expect: n(1) },
  { kind: "parse", input: "اثنان", expect: n(2) },
  { kind: "parse", input: "اثنتين", expect: n(2) },
  { kind: "parse", input: "ثلاثة", expect: n(3) },
  { kind: "parse", input: "أربع", expect: n(4) },
  { kind: "parse", input: "ست", expect: n(6) },
  { kind: "parse", input: "ثماني", expect: n(8) },
  { kind: "parse", input: "ثمانية", expect: n(8) },
  { kind: "parse", input: "تسع", expect: n(9) },
  { kind: "parse", input: "عشر", expect: n(10) },
  { kind: "parse", input: "عشرة", expect: n(10) },
  { kind: "parse", input: "وسبعة", expect: n(7), note: "a leading و" },
  { kind: "parse", input: "فخمسة", expect: n(5), note: "a leading ف" },
  // ---- 11–19 --------------------------------------------------------------------------------
  { kind: "parse", input: "أحد عشر", expect: n(11) },
  { kind: "parse", input: "إحدى عشرة", expect: n(11) },
  { kind: "parse", input: "اثنا عشر", expect: n(12) },
  { kind: "parse", input: "اثنتي عشرة", expect: n(12) },
  { kind: "parse", input: "ثلاثة عشر", expect: n(13) },
  { kind: "parse", input: "خمس عشرة", expect: n(15) },
  { kind: "parse", input: "ثماني عشرة", expect: n(18) },
  { kind: "parse", input: "تسعة عشر", expect: n(19) },
  // ---- Tens and compounds ---------------------------------------------------------------------
  { kind: "parse", input: "عشرون", expect: n(20) },
  { kind: "parse", input: "عشرين", expect: n(20) },
  { kind: "parse", input: "تسعين", expect: n(90) },
  { kind: "parse", input: "خمسة وعشرون", expect: n(25) },
  { kind: "parse", input: "واحد وثلاثون", expect: n(31) },
  { kind: "parse", input: "اثنان وتسعون", expect: n(92) },
  { kind: "parse", input: "أربعة وثمانين", expect: n(84) },
  { kind: "parse", input: "سبع وأربعين", expect: n(47) },
  // ---- Hundreds -------------------------------------------------------------------------------
  { kind: "parse", input: "مئة", expect: n(100) },
  { kind: "parse", input: "مائة", expect: n(100) },
  { kind: "parse", input: "مئتان", expect: n(200) },
  { kind: "parse", input: "مائتين", expect: n(200) },
  { kind: "parse", input: "ثلاثمئة", expect: n(300) },
  { kind: "parse", input: "ثلاث مئة", expect: n(300) },
  { kind: "parse", input: "خمسمائة", expect: n(500) },
  { kind: "parse", input: "تسعمئة", expect: n(900) },
  { kind: "parse", input: "مئة وخمسون", expect: n(150) },
  { kind: "parse", input: "مئة وخمسة وعشرون", expect: n(125) },
  { kind: "parse", input: "أربعمائة وستون", expect: n(460) },
  // ---- Thousands and millions -----------------------------------------------------------------
  { kind: "parse", input: "ألف", expect: n(1000) },
  { kind: "parse", input: "ألفان", expect: n(2000) },
  { kind: "parse", input: "ألفين", expect: n(2000) },
  { kind: "parse", input: "ثلاثة آلاف", expect: n(3000) },
  { kind: "parse", input: "عشرة آلاف", expect: n(10000) },
  { kind: "parse", input: "أحد عشر ألفاً", expect: n(11000) },
  { kind: "parse", input: "خمسة وعشرون ألفاً", expect: n(25000) },
  { kind: "parse", input: "مئة ألف", expect: n(100000) },
  { kind: "parse", input: "ألف وخمسمئة", expect: n(1500) },
  { kind: "parse", input: "ألفان وخمسمائة", expect: n(2500) },
  { kind: "parse", input: "ألف و500", expect: n(1500) },
  { kind: "parse", input: "مليون", expect: n(1000000) },
  { kind: "parse", input: "مليونان", expect: n(2000000) },
  { kind: "parse", input: "ثلاثة ملايين", expect: n(3000000) },
  { kind: "parse", input: "نصف مليون", expect: n(500000) },
  { kind: "parse", input: "مليون ونصف", expect: n(1500000) },
  // ---- Vague words: ranges --------------------------------------------------------------------
  { kind: "parse", input: "بضعة", expect: range(3, 9) },
  { kind: "parse", input: "عدة", expect: range(3, 10) },
  { kind: "parse", input: "عشرات", expect: range(20, 99) },
  { kind: "parse", input: "العشرات", expect: range(20, 99) },
  { kind: "parse", input: "مئات", expect: range(200, 999) },
  { kind: "parse", input: "آلاف", expect: range(2000, 9999) },
  { kind: "parse", input: "عشرات الآلاف", expect: range(20000, 99000) },
  { kind: "parse", input: "مئات الآلاف", expect: range(200000, 999000) },
  { kind: "parse", input: "بضع مئات", expect: range(300, 900) },
  { kind: "parse", input: "عدة آلاف", expect: range(3000, 10000) },
  // ---- Qualifiers -----------------------------------------------------------------------------
  { kind: "parse", input: "نحو سبع", expect: { value: 7, qualifier: "about" } },
  { kind: "parse", input: "حوالي 460", expect: { value: 460, qualifier: "about" } },
  { kind: "parse", input: "قرابة ثلاثة", expect: { value: 3, qualifier: "about" } },
  { kind: "parse", input: "زهاء ألف", expect: { value: 1000, qualifier: "about" } },
  { kind: "parse", input: "ما يقارب 30", expect: { value: 30, qualifier: "about" } },
  { kind: "parse", input: "20 تقريبا", expect: { value: 20, qualifier: "about" } },
  { kind: "parse", input: "ما لا يقل عن 84", expect: { value: 84, qualifier: "at_least" } },
  { kind: "parse", input: "لما لا يقل عن 84 مرة", expect: { value: 84, qualifier: "at_least" } },
  { kind: "parse", input: "15 على الأقل", expect: { value: 15, qualifier: "at_least" } },
  { kind: "parse", input: "على الأقل 14 شخصا", expect: { value: 14, qualifier: "at_least" } },
  { kind: "parse", input: "خمسة صواريخ على الأقل", expect: { value: 5, qualifier: "at_least" } },
  { kind: "parse", input: "أكثر من 150", expect: { value: 150, qualifier: "more_than" } },
  { kind: "parse", input: "ما يزيد على مئتين", expect: { value: 200, qualifier: "more_than" } },
  { kind: "parse", input: "أقل من عشرة", expect: { value: 10, qualifier: "fewer_than" } },
  { kind: "parse", input: "ما لا يزيد عن خمسة", expect: { value: 5, qualifier: "at_most" } },
  { kind: "parse", input: "ونحو سبعة", expect: { value: 7, qualifier: "about" }, note: "و before the qualifier" },
  { kind: "parse", input: "أكثر من عام", expect: { value: 1, qualifier: "more_than" } },
  { kind: "parse", input: "ألفي", expect: n(2000), note: "construct dual of ألف" },
  { kind: "parse", input: "ثلاث مائة وخمسون", expect: n(350) },
  { kind: "parse", input: "٣٠٠", expect: n(300) },
  { kind: "parse", input: "1.5", expect: n(1.5) },
  { kind: "parse", input: "عشرات الملايين", expect: range(20000000, 99000000) },
  { kind: "parse", input: "بضعة آلاف", expect: range(3000, 9000) },
  { kind: "parse", input: "تسعة وتسعون", expect: n(99) },
  { kind: "parse", input: "ستمائة", expect: n(600) },
  { kind: "parse", input: "سبعمئة وخمسة", expect: n(705) },
  { kind: "parse", input: "أربعة آلاف وثلاثمئة", expect: n(4300) },
  { kind: "parse", input: "اثنا عشر ألفا", expect: n(12000) },
  { kind: "parse", input: "سبعة عشر صاروخا", expect: n(17) },
  // ---- Duals ----------------------------------------------------------------------------------
  { kind: "parse", input: "صاروخين", expect: n(2) },
  { kind: "parse", input: "قتيلين", expect: n(2) },
  { kind: "parse", input: "جريحين", expect: n(2) },
  { kind: "parse", input: "عنصرين", expect: n(2) },
  { kind: "parse", input: "قذيفتان", expect: n(2) },
  { kind: "parse", input: "مرتين", expect: n(2) },
  // ---- Not numbers ----------------------------------------------------------------------------
  { kind: "parse", input: "الاثنين", expect: null, note: "Monday" },
  { kind: "parse", input: "الخميس", expect: null, note: "Thursday, not خمس" },
  { kind: "parse", input: "الأول", expect: null, note: "an ordinal" },
  { kind: "parse", input: "مسلحين", expect: null, note: "a sound plural, not a dual" },
  { kind: "parse", input: "بلدان", expect: null, note: "the plural of بلد" },
  // ---- Figures in sentences -------------------------------------------------------------------
  {
    kind: "figures",
    input: "قتل 3 أشخاص وأصيب 12 آخرون",
    expect: [
      { value: 3, qualifier: "exactly", role: "killed", noun: "أشخاص" },
      { value: 12, qualifier: "exactly", role: "injured" },
    ],
  },
  {
    kind: "figures",
    input: "أسفر الهجوم عن سقوط قتيلين وثلاثة جرحى",
    expect: [
      { value: 2, qualifier: "exactly", role: "killed", noun: "قتيلين" },
      { value: 3, qualifier: "exactly", role: "injured", noun: "جرحى" },
    ],
  },
  {
    kind: "figures",
    input: "وقُتل ٢٥ شخصاً في القصف",
    expect: [{ value: 25, qualifier: "exactly", role: "killed", noun: "شخصاً" }],
  },
  { kind: "figures", input: "أصاب صاروخ القاعدة", expect: [], note: "أصاب = hit a target" },
  {
    kind: "figures",
    input: "أصيب جندي أمريكي بجروح طفيفة",
    expect: [{ value: 1, qualifier: "exactly", role: "injured", noun: "جندي" }],
  },
  {
    kind: "figures",
    input: "وأعلن الجيش مقتل جندي واحد",
    expect: [{ value: 1, qualifier: "exactly", role: "killed", noun: "جندي" }],
  },
  { kind: "figures", input: "سقطت قذيفتان على المطار", expect: [{ value: 2, qualifier: "exactly", noun: "قذيفتان" }] },
  {
    kind: "figures",
    input: "قتل بين 10 و20 مسلحا",
    expect: [{ min: 10, max: 20, qualifier: "range", role: "killed", noun: "مسلحا" }],
  },
  {
    kind: "figures",
    input: "لقي 5 أشخاص حتفهم في الانفجار",
    expect: [{ value: 5, qualifier: "exactly", role: "killed", noun: "أشخاص" }],
  },
  {
    kind: "figures",
    input: "لقي خمسة عمال بينهم ثلاثة أطفال مصرعهم في القصف",
    expect: [
      { value: 5, qualifier: "exactly", role: "killed", noun: "عمال" },
      { value: 3, qualifier: "exactly", role: "killed", noun: "أطفال" },
    ],
  },
  {
    kind: "figures",
    input: "وتحدثت التقارير عن سقوط 25 الى 30 قتيلا",
    expect: [{ min: 25, max: 30, qualifier: "range", role: "killed", noun: "قتيلا" }],
  },
  {
    kind: "figures",
    input: "أودى الانفجار بحياة 12 شخصا",
    expect: [{ value: 12, qualifier: "exactly", role: "killed", noun: "شخصا" }],
  },
  {
    kind: "figures",
    input: "قالت الشرطة إن ثلاثة مدنيين قتلوا",
    expect: [{ value: 3, qualifier: "exactly", role: "killed", noun: "مدنيين" }],
  },
  { kind: "figures", input: "لم يصب أحد بأذى", expect: [{ value: 0, qualifier: "exactly", role: "injured" }] },
  {
    kind: "figures",
    input: "وتمكنت الوحدات من القضاء، في حصيلة أولية، على 21 إرهابياً",
    expect: [{ value: 21, qualifier: "exactly", role: "killed", noun: "إرهابياً" }],
    note: "security forces' «eliminating» fighters is killing them",
  },
  {
    kind: "figures",
    input: "وتهدف الخطة إلى القضاء على 5 أمراض",
    expect: [{ value: 5, qualifier: "exactly", noun: "أمراض" }],
  },
  {
    kind: "figures",
    input: "والقاء القبض على اثنين مجروحين",
    expect: [{ value: 2, qualifier: "exactly", noun: "مجروحين" }],
    note: "the arrested wounded are counted people, not a toll",
  },
  {
    kind: "figures",
    input: "وأوضح أن 36 متطرفا و12 عنصر أمن و7 مدنيين قتلوا",
    expect: [
      { value: 36, qualifier: "exactly", role: "killed", noun: "متطرفا" },
      { value: 12, qualifier: "exactly", role: "killed", noun: "عنصر" },
      { value: 7, qualifier: "exactly", role: "killed", noun: "مدنيين" },
    ],
    note: "groups joined by «و» before one verb all take its role",
  },
  {
    kind: "figures",
    input: "وقال إن 5 صواريخ و3 جنود قتلوا",
    expect: [
      { value: 5, qualifier: "exactly", noun: "صواريخ" },
      { value: 3, qualifier: "exactly", role: "killed", noun: "جنود" },
    ],
  },
  {
    kind: "figures",
    input: "وأصيب 3 أو 4 جنود",
    expect: [{ qualifier: "range", min: 3, max: 4, role: "injured", noun: "جنود" }],
  },
  {
    kind: "figures",
    input: "ولم يصب إمام المسجد الشيخ أحمد بأذى",
    expect: [{ value: 0, qualifier: "exactly", role: "injured" }],
    note: "the unharmed person named between the verb and «بأذى»",
  },
  {
    kind: "figures",
    input: "وأفادت معلومات أن الشيخ أحمد لم يصب في الانفجار",
    expect: [{ value: 0, qualifier: "exactly", role: "injured" }],
  },
  { kind: "figures", input: "وقال إنه لم يصب في رأسه بل في كتفه", expect: [], note: "where, not whether, he was hit" },
  { kind: "figures", input: "دون وقوع إصابات بشرية", expect: [{ value: 0, qualifier: "exactly", role: "injured" }] },
  { kind: "figures", input: "ولم تتضح حصيلة الإصابات بعد", expect: [], note: "not known is not zero" },
  {
    kind: "figures",
    input: "شارك أكثر من مسؤول في الاجتماع",
    expect: [{ value: 1, qualifier: "more_than", noun: "مسؤول" }],
  },
  {
    kind: "figures",
    input: "تظاهر عشرات الآلاف من المحتجين",
    expect: [{ min: 20000, max: 99000, qualifier: "range", noun: "المحتجين" }],
  },
  {
    kind: "figures",
    input: "أطلقت العديد من الصواريخ",
    expect: [{ min: 3, max: 10, qualifier: "range", noun: "الصواريخ" }],
  },
  {
    kind: "figures",
    input: "ارتفعت نسبة المشاركة إلى 40%",
    expect: [{ value: 40, qualifier: "exactly", unit: "percent" }],
  },
  {
    kind: "figures",
    input: "تراجعت بنسبة ١٥ في المئة",
    expect: [{ value: 15, qualifier: "exactly", unit: "percent" }],
  },
  { kind: "figures", input: "وقع الانفجار عند الساعة 4:30 فجرا", expect: [] },
  { kind: "figures", input: "وصل الساعة 9 صباحا", expect: [] },
  { kind: "figures", input: "تبنى مجلس الأمن القرار 2334", expect: [] },
  { kind: "figures", input: "منذ هجمات الحادي عشر من سبتمبر", expect: [] },
  { kind: "figures", input: "في أواخر القرن التاسع عشر", expect: [] },
  { kind: "figures", input: "وصلت الوفود في آن واحد", expect: [] },
  {
    kind: "figures",
    input: "قتل الجنود الثلاثة في الكمين",
    expect: [{ value: 3, qualifier: "exactly", role: "killed", noun: "الجنود" }],
  },
  { kind: "figures", input: "وقع الهجوم يوم 5 يناير 2024", expect: [] },
  {
    kind: "figures",
    input: "أطلقت 7 صواريخ في 15/10/2023",
    expect: [{ value: 7, qualifier: "exactly", noun: "صواريخ" }],
  },
  {
    kind: "figures",
    input: "قتل ثلاثة أو أربعة أشخاص",
    expect: [{ qualifier: "range", min: 3, max: 4, role: "killed", noun: "أشخاص" }],
    note: "«or» is one range, not two figures or 7",
  },
  {
    kind: "figures",
    input: "هدد بقتل خمسة رهائن",
    expect: [{ value: 5, qualifier: "exactly", noun: "رهائن" }],
    note: "a threat, not a death toll",
  },
  {
    kind: "figures",
    input: "قتل 7 فلسطينيين وأصيب 30 آخرون بجروح",
    expect: [
      { value: 7, qualifier: "exactly", role: "killed", noun: "فلسطينيين" },
      { value: 30, qualifier: "exactly", role: "injured" },
    ],
  },
  {
    kind: "figures",
    input: "أعلنت وزارة الصحة استشهاد 12 شخصا",
    expect: [{ value: 12, qualifier: "exactly", role: "killed", noun: "شخصا" }],
  },
  {
    kind: "figures",
    input: "ارتفعت حصيلة القتلى إلى 45",
    expect: [{ value: 45, qualifier: "exactly", role: "killed" }],
  },
  { kind: "figures", input: "بلغ عدد الجرحى ١٢٣", expect: [{ value: 123, qualifier: "exactly", role: "injured" }] },
  {
    kind: "figures",
    input: "جرح أكثر من 200 شخص",
    expect: [{ value: 200, qualifier: "more_than", role: "injured", noun: "شخص" }],
  },
  { kind: "figures", input: "أصيب العشرات بجروح", expect: [{ min: 20, max: 99, qualifier: "range", role: "injured" }] },
  {
    kind: "figures",
    input: "قتل نحو ثلاثين مسلحا",
    expect: [{ value: 30, qualifier: "about", role: "killed", noun: "مسلحا" }],
  },
  {
    kind: "figures",
    input: "سقط 3 قتلى و7 جرحى",
    expect: [
      { value: 3, qualifier: "exactly", role: "killed", noun: "قتلى" },
      { value: 7, qualifier: "exactly", role: "injured", noun: "جرحى" },
    ],
  },
  {
    kind: "figures",
    input: "خلال السنوات الخمس الماضية",
    expect: [{ value: 5, qualifier: "exactly", noun: "السنوات" }],
  },
  {
    kind: "figures",
    input: "قتل أكثر من ألفي شخص",
    expect: [{ value: 2000, qualifier: "more_than", role: "killed", noun: "شخص" }],
  },
  { kind: "figures", input: "الهجوم الثالث خلال أسبوع", expect: [] },
  { kind: "figures", input: "أطلقت ثلاث طائرات مسيرة", expect: [{ value: 3, qualifier: "exactly", noun: "طائرات" }] },
  {
    kind: "figures",
    input: "نشرت واشنطن 2500 جندي و900 آخرين",
    expect: [
      { value: 2500, qualifier: "exactly", noun: "جندي" },
      { value: 900, qualifier: "exactly" },
    ],
  },
  { kind: "figures", input: "اعتقلت القوات 14 شخصا", expect: [{ value: 14, qualifier: "exactly", noun: "شخصا" }] },
  { kind: "figures", input: "أكثر من نصف السكان", expect: [] },
  { kind: "figures", input: "عام 2023 كان الأسوأ", expect: [] },
  { kind: "figures", input: "شنت أكثر من 1,200 غارة", expect: [{ value: 1200, qualifier: "more_than", noun: "غارة" }] },
  {
    kind: "figures",
    input: "أصيب ثلاثة جنود أمريكيين",
    expect: [{ value: 3, qualifier: "exactly", role: "injured", noun: "جنود" }],
  },
  { kind: "figures", input: "قتل شخصان", expect: [{ value: 2, qualifier: "exactly", role: "killed", noun: "شخصان" }] },
  {
    kind: "figures",
    input: "قتل عشرات المدنيين",
    expect: [{ min: 20, max: 99, qualifier: "range", role: "killed", noun: "المدنيين" }],
  },
  { kind: "figures", input: "فر نحو 20 ألف نازح", expect: [{ value: 20000, qualifier: "about", noun: "نازح" }] },
  {
    kind: "figures",
    input: "تراجع بأقل من 5 بالمئة",
    expect: [{ value: 5, qualifier: "fewer_than", unit: "percent" }],
  },
  { kind: "figures", input: "انتشرت في 10 محافظات", expect: [{ value: 10, qualifier: "exactly", noun: "محافظات" }] },
  { kind: "figures", input: "مئات الصواريخ", expect: [{ min: 200, max: 999, qualifier: "range", noun: "الصواريخ" }] },
  {
    kind: "figures",
    input: "أصيب شرطيان",
    expect: [{ value: 2, qualifier: "exactly", role: "injured", noun: "شرطيان" }],
  },
  {
    kind: "figures",
    input: "قتل ثلاثة من أفراد الشرطة",
    expect: [{ value: 3, qualifier: "exactly", role: "killed", noun: "أفراد" }],
  },
  { kind: "figures", input: "لم تسجل أي إصابات", expect: [{ value: 0, qualifier: "exactly", role: "injured" }] },
  { kind: "figures", input: "لم ترد أنباء عن وقوع إصابات", expect: [] },
  {
    kind: "figures",
    input: "قتل ضابط وجنديان",
    expect: [
      { value: 1, qualifier: "exactly", role: "killed", noun: "ضابط" },
      { value: 2, qualifier: "exactly", role: "killed", noun: "جنديان" },
    ],
  },
  {
    kind: "figures",
    input: "أصيب 4 أمريكيين بإصابات دماغية",
    expect: [{ value: 4, qualifier: "exactly", role: "injured", noun: "أمريكيين" }],
  },
  {
    kind: "figures",
    input: "قتل 3 وأصيب 5",
    expect: [
      { value: 3, qualifier: "exactly", role: "killed" },
      { value: 5, qualifier: "exactly", role: "injured" },
    ],
  },
  { kind: "figures", input: "الثلاثاء 3 مارس", expect: [] },
  { kind: "figures", input: "خلال 24 ساعة", expect: [{ value: 24, qualifier: "exactly", noun: "ساعة" }] },
  { kind: "figures", input: "أطلق 2000 صاروخ", expect: [{ value: 2000, qualifier: "exactly", noun: "صاروخ" }] },
  { kind: "figures", input: "قال دبلوماسيان غربيان", expect: [{ value: 2, qualifier: "exactly", noun: "دبلوماسيان" }] },
  {
    kind: "figures",
    input: "قتل خمسة عشر مدنيا في غارة جوية",
    expect: [{ value: 15, qualifier: "exactly", role: "killed", noun: "مدنيا" }],
  },
  {
    kind: "figures",
    input: "أصيب أحد عشر شخصا بجروح متفاوتة",
    expect: [{ value: 11, qualifier: "exactly", role: "injured", noun: "شخصا" }],
  },
  {
    kind: "figures",
    input: "وأسفر الانفجار عن مقتل ستة أشخاص بينهم طفلان",
    expect: [
      { value: 6, qualifier: "exactly", role: "killed", noun: "أشخاص" },
      { value: 2, qualifier: "exactly", role: "killed", noun: "طفلان" },
    ],
    note: "«among them two children»: part of the dead",
  },
  {
    kind: "figures",
    input: "نفذت القوات الأمريكية ضربتين جويتين",
    expect: [{ value: 2, qualifier: "exactly", noun: "ضربتين" }],
  },
  {
    kind: "figures",
    input: "تعرضت القاعدة لهجوم بثلاث طائرات مسيرة",
    expect: [{ value: 3, qualifier: "exactly", noun: "طائرات" }],
  },
  {
    kind: "figures",
    input: "وقال مسؤولون إن الهجوم أسفر عن إصابة 11 جنديا بارتجاج في الدماغ",
    expect: [{ value: 11, qualifier: "exactly", role: "injured", noun: "جنديا" }],
  },
  { kind: "figures", input: "منذ السابع من أكتوبر", expect: [] },
  {
    kind: "figures",
    input: "أطلق المسلحون نحو عشرين صاروخا وقذيفة",
    expect: [{ value: 20, qualifier: "about", noun: "صاروخا" }],
  },
  {
    kind: "figures",
    input: "ما يزيد عن مئة وخمسين هجوما",
    expect: [{ value: 150, qualifier: "more_than", noun: "هجوما" }],
  },
  {
    kind: "figures",
    input: "قتل ما لا يقل عن أربعين شخصا وأصيب أكثر من ستين آخرين",
    expect: [
      { value: 40, qualifier: "at_least", role: "killed", noun: "شخصا" },
      { value: 60, qualifier: "more_than", role: "injured" },
    ],
  },
  { kind: "figures", input: "لم يبلغ عن وقوع إصابات", expect: [{ value: 0, qualifier: "exactly", role: "injured" }] },
  {
    kind: "figures",
    input: "تضم القاعدة نحو ألفين وخمسمئة جندي",
    expect: [{ value: 2500, qualifier: "about", noun: "جندي" }],
  },
  { kind: "figures", input: "في الساعة الثانية فجرا", expect: [] },
  {
    kind: "figures",
    input: "عاد 3 آلاف نازح إلى منازلهم",
    expect: [{ value: 3000, qualifier: "exactly", noun: "نازح" }],
  },
  {
    kind: "figures",
    input: "قتل أربعة جنود أمريكيين وأصيب العشرات",
    expect: [
      { value: 4, qualifier: "exactly", role: "killed", noun: "جنود" },
      { min: 20, max: 99, qualifier: "range", role: "injured" },
    ],
  },
  {
    kind: "figures",
    input: "أكدت مصادر طبية مقتل 8 أشخاص على الأقل",
    expect: [{ value: 8, qualifier: "at_least", role: "killed", noun: "أشخاص" }],
  },
  {
    kind: "figures",
    input: "قتل الجندي الأمريكي",
    expect: [{ value: 1, qualifier: "exactly", role: "killed", noun: "الجندي" }],
  },
  {
    kind: "figures",
    input: "استهدف 4 مواقع في 3 محافظات",
    expect: [
      { value: 4, qualifier: "exactly", noun: "مواقع" },
      { value: 3, qualifier: "exactly", noun: "محافظات" },
    ],
  },
  { kind: "figures", input: "وصل الوفد في 2 ديسمبر", expect: [] },
  {
    kind: "figures",
    input: "بلغت الخسائر 5 ملايين دولار",
    expect: [{ value: 5000000, qualifier: "exactly", noun: "دولار" }],
  },
  {
    kind: "figures",
    input: "اعتقل العشرات من المحتجين",
    expect: [{ min: 20, max: 99, qualifier: "range", noun: "المحتجين" }],
  },
  {
    kind: "figures",
    input: "قتلت امرأتان وطفل",
    expect: [
      { value: 2, qualifier: "exactly", role: "killed", noun: "امرأتان" },
      { value: 1, qualifier: "exactly", role: "killed", noun: "طفل" },
    ],
    note: "a singular coordinated with a counted victim is one more victim",
  },
  {
    kind: "figures",
    input: "جرح 3 من عناصر الأمن",
    expect: [{ value: 3, qualifier: "exactly", role: "injured", noun: "عناصر" }],
  },
  {
    kind: "figures",
    input: "على بعد 20 كيلومترا من الحدود",
    expect: [{ value: 20, qualifier: "exactly", noun: "كيلومترا" }],
  },
  // ---- The sample corpus: every sentence with a figure or a trap -----------------------------
  {
    kind: "figures",
    source: "000",
    input:
      "قال مسؤول أمني من كتائب حزب الله العراقية في بيان رسمي يوم السبت 9 ديسمبر/كانون الأول 2023، إن الجماعة وعدت بشن المزيد من الهجمات على القوات الأمريكية في المنطقة، وذكرت أن الهجمات التي استهدفت المصالح الأمريكية الجمعة كانت مجرد بداية لقواعد جديدة للاشتباك.",
    expect: [],
    note: "a date: «9 ديسمبر/كانون الأول 2023»",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "في سياق متصل، فقد سبق أن قال مسؤول في الجيش الأمريكي لرويترز إن نحو سبع قذائف مورتر سقطت على مجمع السفارة الأمريكية في بغداد خلال هجوم في وقت مبكر من صباح الجمعة، فيما يبدو أنه أكبر هجوم من نوعه في الآونة الأخيرة.",
    expect: [{ value: 7, qualifier: "about", noun: "قذائف" }],
    note: "«about seven mortar rounds»",
  },
  {
    kind: "figures",
    source: "000",
    input: "كما استهدفت هجمات بصواريخ وطائرات مسيرة القوات الأمريكية في العراق وسوريا خمس مرات على الأقل الجمعة.",
    expect: [{ value: 5, qualifier: "at_least", noun: "مرات" }],
    note: "على الأقل after the noun",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "وقال مسؤول في وزارة الدفاع الأمريكية إن ثلاث هجمات استهدفت قواعد في سوريا، فيما استهدف هجومان قاعدة عين الأسد الجوية غربي بغداد.",
    expect: [
      { value: 3, qualifier: "exactly", noun: "هجمات" },
      { value: 2, qualifier: "exactly", noun: "هجومان" },
    ],
    note: "a nominative dual noun",
  },
  {
    kind: "figures",
    source: "000",
    input: "وهذا هو أول هجوم يستهدف السفارة الأمريكية منذ أكثر من عام، مما يشير على ما يبدو إلى توسع نطاق الهجمات.",
    expect: [{ value: 1, qualifier: "more_than", noun: "عام" }],
    note: "«more than a year»: a singular countable after أكثر من",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "وهذا أيضاً أكبر عدد هجمات مسجل خلال يوم واحد يستهدف القوات الأمريكية في المنطقة منذ منتصف أكتوبر/تشرين الأول عندما بدأت جماعات مسلحة متحالفة مع إيران استهداف أصول أمريكية في العراق وسوريا بسبب دعم واشنطن لإسرائيل في حربها ضد حركة المقاومة الإسلامية الفلسطينية (حماس) في قطاع غزة.",
    expect: [{ value: 1, qualifier: "exactly", noun: "يوم" }],
    note: "واحد after its noun; «منتصف أكتوبر» is a date",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "وندد وزير الدفاع الأمريكي لويد أوستن، في اتصال هاتفي مع رئيس الوزراء العراقي محمد شياع السوداني، بالهجمات وأشار إلى جماعتي كتائب حزب الله وحركة حزب الله النجباء المتحالفتين مع إيران بسبب استهدافهما لجنود أمريكيين في الآونة الأخيرة.",
    expect: [{ value: 2, qualifier: "exactly", noun: "جماعتي" }],
    note: "construct dual «جماعتي كتائب …»",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "ولم تعلن أي جماعة مسؤوليتها عن الهجمات، لكن هجمات سابقة ضد القوات الأمريكية نفذتها جماعات متحالفة مع إيران تعمل تحت راية المقاومة الإسلامية في العراق.",
    expect: [],
    note: "a negation that is not about casualties",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "أشار المسؤول الأمريكي، الذي رفض الكشف عن هويته، إلى احتمال إطلاق عدد أكبر من المقذوفات على مجمع السفارة لكنها لم تسقط داخله.",
    expect: [],
    note: "«عدد أكبر من»: a comparison, not a count",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "وقال مسؤولون أمريكيون إن هجمات الجمعة لم تتسبب في وقوع إصابات، في حين تسبب الهجوم على السفارة في أضرار طفيفة للغاية.",
    expect: [{ value: 0, qualifier: "exactly", role: "injured" }],
    note: "«did not cause any injuries»",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "وسُمع دوي انفجارات بالقرب من السفارة الأمريكية في وسط العاصمة العراقية حوالي الساعة الرابعة صباحاً بالتوقيت المحلي أمس الجمعة وأطلقت صفارات الإنذار التي تدعو الناس إلى الاحتماء.",
    expect: [],
    note: "a time of day: «حوالي الساعة الرابعة»",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "وقال مسؤول دفاع إن القوات الأمريكية في العراق وسوريا تعرضت للهجوم لما لا يقل عن 84 مرة منذ 17 أكتوبر/تشرين الأول.",
    expect: [{ value: 84, qualifier: "at_least", noun: "مرة" }],
    note: "«لما لا يقل عن»; «17 أكتوبر» is a date",
  },
  {
    kind: "figures",
    source: "000",
    input: "وردت الولايات المتحدة بسلسلة من الهجمات أسفرت عن مقتل 15 مسلحاً على الأقل في العراق ونحو سبعة في سوريا.",
    expect: [
      { value: 15, qualifier: "at_least", role: "killed", noun: "مسلحاً" },
      { value: 7, qualifier: "about", role: "killed" },
    ],
    note: "the second figure shares the verb of the first",
  },
  {
    kind: "figures",
    source: "000",
    input:
      "وبخلاف بعثتها الدبلوماسية في العراق، لدى الولايات المتحدة نحو 2500 جندي في البلاد في مهمة تقول إنها تهدف لتقديم المشورة والمساعدة للقوات المحلية ومحاولة منع عودة تنظيم الدولة الإسلامية للظهور، بعد أن استولى على مساحات شاسعة من العراق وسوريا في 2014.",
    expect: [{ value: 2500, qualifier: "about", noun: "جندي" }],
    note: "«في 2014» is a year",
  },
  {
    kind: "figures",
    source: "001",
    input:
      "بغداد: استهدف هجوم بالصواريخ وآخر بطائرة مسيرة الاثنين قاعدتين عسكرتين في العراق وسوريا تضمّان قوات من التحالف الدولي لمكافحة تنظيم الدولة الاسلامية، كما أفاد مسؤول عسكري أميركي.",
    expect: [{ value: 2, qualifier: "exactly", noun: "قاعدتين" }],
    note: "«الاثنين» is Monday, not 2",
  },
  {
    kind: "figures",
    source: "001",
    input:
      'وتبنّت "المقاومة الاسلامية في العراق" التي تضمّ فصائل مسلحة متحالفة مع إيران ومرتبطة بالحشد الشعبي، الهجومين.',
    expect: [{ value: 2, qualifier: "exactly", noun: "الهجومين" }],
    note: "a definite dual",
  },
  {
    kind: "figures",
    source: "001",
    input:
      "وتعترض تلك الفصائل على الدعم الأميركي لإسرائيل في حربها ضد حركة المقاومة الإسلامية (حماس) في قطاع غزة التي انطلقت بهجوم غير مسبوق لحماس في إسرائيل في 7 تشرين الأول/أكتوبر.",
    expect: [],
    note: "«7 تشرين الأول/أكتوبر» is a date",
  },
  {
    kind: "figures",
    source: "001",
    input:
      'وقال المسؤول العسكري الأميركي الذي فضّل عدم كشف هويته إن "هجوماً بطائرة مسيرة" استهدف الاثنين قاعدة عين الأسد الواقعة في غرب العراق، بدون أن يسفر عن ضحايا وأضرار.',
    expect: [
      { value: 0, qualifier: "exactly", role: "killed" },
      { value: 0, qualifier: "exactly", role: "injured" },
    ],
    note: "«without causing casualties»",
  },
  {
    kind: "figures",
    source: "001",
    input: 'وفي شمال شرق سوريا، استهدف "عدة صواريخ" قاعدة في منطقة الشدادي، وفق المسؤول.',
    expect: [{ min: 3, max: 10, qualifier: "range", noun: "صواريخ" }],
    note: "«several rockets»",
  },
  {
    kind: "figures",
    source: "001",
    input:
      "وأحصت واشنطن حتى الآن 92 هجوماً ضدّ قواتها في العراق وسوريا منذ 17 تشرين الأول/أكتوبر، أي بعد عشرة أيام من اندلاع الحرب في غزة، وفق حصيلة أفاد بها المسؤول العسكري الأميركي.",
    expect: [
      { value: 92, qualifier: "exactly", noun: "هجوماً" },
      { value: 10, qualifier: "exactly", noun: "أيام" },
    ],
    note: "«17 تشرين الأول/أكتوبر» is a date",
  },
  {
    kind: "figures",
    source: "001",
    input: "واستُهدفت الجمعة السفارة الأميركية في بغداد بعدة صواريخ، وهو الهجوم الأول من نوعه منذ بدء التصعيد.",
    expect: [{ min: 3, max: 10, qualifier: "range", noun: "صواريخ" }],
    note: "«بعدة»: عدة with the preposition ب",
  },
  {
    kind: "figures",
    source: "001",
    input:
      "وفي اليوم نفسه، استهدفت خمسة هجمات القوات الأميركية وقوات التحالف الدولي لمكافحة تنظيم الدولة الاسلامية في العراق وسوريا.",
    expect: [{ value: 5, qualifier: "exactly", noun: "هجمات" }],
  },
  {
    kind: "figures",
    source: "001",
    input:
      'وغداة ذلك، أعلنت كتائب حزب الله، أحد فصائل الحشد الشعبي البارزة، بداية "قاعدة اشتباك جديدة" إثر تلك الهجمات.',
    expect: [],
    note: '«أحد فصائل»: "one of the factions", a partitive',
  },
  {
    kind: "figures",
    source: "001",
    input:
      "وتنشر واشنطن نحو 2500 جندي في العراق، في إطار التحالف الدولي لمكافحة تنظيم الدولة الاسلامية، يمارسون منذ نهاية عام 2021 مهمات استشارية.",
    expect: [{ value: 2500, qualifier: "about", noun: "جندي" }],
    note: "«عام 2021» is a year",
  },
  {
    kind: "figures",
    source: "001",
    input: "كما لواشنطن نحو 900 جندي في سوريا.",
    expect: [{ value: 900, qualifier: "about", noun: "جندي" }],
  },
  {
    kind: "figures",
    source: "001",
    input:
      'وعقب الهجوم على السفارة، اعتبر وزير الدفاع الأميركي لويد أوستن في اتصال مع رئيس الوزراء العراقي محمد شياع السوداني، أن فصيلي كتائب حزب الله والنجباء العراقيين "مسؤولان عن معظم الهجمات ضدّ طواقم التحالف".',
    expect: [{ value: 2, qualifier: "exactly", noun: "فصيلي" }],
    note: '«مسؤولان عن» means "responsible for"',
  },
  {
    kind: "figures",
    source: "001",
    input: "وشنّت الولايات المتحدة بالفعل رداً على الهجمات عدة ضربات في العراق وسوريا على مواقع مرتبطة بإيران.",
    expect: [{ min: 3, max: 10, qualifier: "range", noun: "ضربات" }],
  },
  {
    kind: "figures",
    source: "002",
    input:
      "ونقلت وكالة “رويترز“، ليلة الاثنين، عن مصدرين أمنيين عراقيين قولهما إن خمسة صواريخ على الأقل انطلقت من بلدة زمار العراقية باتجاه قاعدة للتحالف في منطقة الرميلان.",
    expect: [
      { value: 2, qualifier: "exactly", noun: "مصدرين" },
      { value: 5, qualifier: "at_least", noun: "صواريخ" },
    ],
    note: "«ليلة الاثنين» is Monday night",
  },
  {
    kind: "figures",
    source: "002",
    input: "وأضاف مسؤول أمريكي أن الهجوم لم يسفر عن أي إصابات من الأفراد المتواجدين في القاعدة.",
    expect: [{ value: 0, qualifier: "exactly", role: "injured" }],
  },
  {
    kind: "figures",
    source: "002",
    input:
      "والهجوم ضد القوات الأمريكية هو الأول منذ أوائل فبراير، عندما أوقفت الجماعات المدعومة من إيران في العراق هجماتها.",
    expect: [],
    note: "«أوائل فبراير», «الأول»",
  },
  {
    kind: "figures",
    source: "002",
    input:
      "ويأتي بعد يوم من عودة رئيس الوزراء العراقي محمد شياع السوداني من زيارة للولايات المتحدة، حيث التقى بالرئيس جو بايدن في البيت الأبيض.",
    expect: [],
    note: "«بعد يوم»: a bare singular noun is not a figure",
  },
  {
    kind: "figures",
    source: "002",
    input:
      "وقال منشور على مجموعة تابعة لـ”كتائب حزب الله” إن الفصائل المسلحة في العراق قررت استئناف الهجمات بعد توقف دام قرابة ثلاثة أشهر.",
    expect: [{ value: 3, qualifier: "about", noun: "أشهر" }],
  },
  {
    kind: "figures",
    source: "002",
    input: "pic.twitter.com/howdN6YEkk— عمر الجنابي (@omartvsd) April 21, 2024",
    expect: [],
    note: "the tweet line: URL, handle and «April 21, 2024»",
  },
  {
    kind: "figures",
    source: "002",
    input:
      "وأضاف مصدران أمنيان وضابط كبير بالجيش في العراق أن شاحنة صغيرة مثبتة على ظهرها منصة إطلاق صواريخ كانت متوقفة في بلدة زمار على الحدود مع سورية.",
    expect: [{ value: 2, qualifier: "exactly", noun: "مصدران" }],
  },
  {
    kind: "figures",
    source: "002",
    input:
      "وجاءت الهجمات بعد انفجار ضخم في قاعدة عسكرية بالعراق في وقت مبكر من يوم السبت أدى إلى مقتل أحد أفراد قوة أمنية عراقية تضم جماعات مدعومة من إيران.",
    expect: [{ value: 1, qualifier: "exactly", role: "killed", noun: "أفراد" }],
    note: "«مقتل أحد أفراد»: one killed",
  },
  {
    kind: "figures",
    source: "003",
    input:
      "واستهدفت الضربات، حسب بيان لوزارة الدفاع الأمريكية، “ثلاث منشآت تستخدمها ميليشيا كتائب حزب الله المدعومة من إيران، وجماعات أخرى تابعة لإيران في العراق”.",
    expect: [{ value: 3, qualifier: "exactly", noun: "منشآت" }],
  },
  {
    kind: "figures",
    source: "003",
    input:
      "وحسب بيان لـ “الحشد الشعبي” فإن القصف الأمريكي على منطقة السكك التابعة لقضاء القائم غربي الأنبار، أدى إلى مقتل عنصر وإصابة اثنين آخرين.",
    expect: [
      { value: 1, qualifier: "exactly", role: "killed", noun: "عنصر" },
      { value: 2, qualifier: "exactly", role: "injured" },
    ],
    note: "the brief's example: 1 killed, 2 injured",
  },
  {
    kind: "figures",
    source: "003",
    input:
      "من جانبها نقلت وكالة “رويترز” عن مصدر طبي قوله إن “الضربات الأمريكية قتلت مسلحين اثنين على الأقل وأصابت أربعة أشخاص آخرين”.",
    expect: [
      { value: 2, qualifier: "at_least", role: "killed", noun: "مسلحين" },
      { value: 4, qualifier: "exactly", role: "injured", noun: "أشخاص" },
    ],
    note: "a dual made explicit by اثنين",
  },
  {
    kind: "figures",
    source: "003",
    input:
      "وجاء القصف الأمريكي بعد أيام على استهداف الميليشيات لقاعدة “عين الأسد” الجوية في العراق بصواريخ بالستية، ما أدى إلى إصابة أربعة موظفين أمريكيين بإصابات دماغية خطيرة، حسب “رويترز”.",
    expect: [{ value: 4, qualifier: "exactly", role: "injured", noun: "موظفين" }],
    note: "«بإصابات دماغية» is the kind of injury",
  },
  {
    kind: "figures",
    source: "003",
    input:
      "في الوقت الذي يعاود فيه الاحتلال الامريكي المجرم استهدافه السافر لقواتنا الامنية وحشدنا المقدس في عدد من مناطق العراق، فإننا نشد على يد مجاهدي المقاومة الاسلامية في العراق شروعهم بالمرحلة الثانية من عملياتهم المباركة المتضمنة إطباق الحصار على الملاحة البحرية الصهيونية في البحر…",
    expect: [{ min: 3, max: 10, qualifier: "range", noun: "مناطق" }],
    note: "«في عدد من مناطق العراق»",
  },
  {
    kind: "figures",
    source: "003",
    input: "— ابو الاء الولائي (@aboalaa_alwalae) January 23, 2024",
    expect: [],
    note: "«January 23, 2024»",
  },
  {
    kind: "figures",
    source: "003",
    input:
      "وتعرضت القواعد الأمريكية في العراق وسورية، خلال الأسابيع الماضية، إلى أكثر من 150 هجوماً من الميليشيات التابعة لإيران في المنطقة.",
    expect: [{ value: 150, qualifier: "more_than", noun: "هجوماً" }],
  },
  {
    kind: "figures",
    source: "003",
    input:
      "وتعلن هذه الميليشيات تحت اسم “المقاومة الإسلامية في العراق” باستمرار عن ضرباتها، والتي تتم في الغالب بمسيرات وصواريخ ذات اتجاه واحد، حسبما أعلن “البنتاغون” في وقت سابق.",
    expect: [],
    note: '«ذات اتجاه واحد» is "one-way"',
  },
  {
    kind: "figures",
    source: "004",
    input:
      'وقال وزير الدفاع الأميركي مارك أسبر الخميس إنه يتوقع أن تقوم الفصائل الشيعية الموالية لإيران في العراق بشن هجمات جديدة على القوات الأميركية، مضيفا "سنجعلهم يندمون" عليها وذلك بعد مهاجمة السفارة الأميركية في بغداد ومقتل أميركي في كركوك.',
    expect: [{ value: 1, qualifier: "exactly", role: "killed", noun: "أميركي" }],
    note: "«ومقتل أميركي في كركوك»",
  },
  {
    kind: "figures",
    source: "004",
    input: 'هذا ليس بالأمر الجديد كليا رأينا ذلك لشهرين أو ثلاثة أشهر إلى الآن".',
    expect: [
      { value: 2, qualifier: "exactly", noun: "شهرين" },
      { value: 3, qualifier: "exactly", noun: "أشهر" },
    ],
    note: "«لشهرين» with the preposition ل",
  },
  {
    kind: "figures",
    source: "004",
    input:
      'واقتحم الثلاثاء آلاف المحتجين العراقيين السفارة الأميركية في بغداد وهتفوا "الموت لأميركا" بسبب هجمات جوية شنها الطيران الأميركي على قواعد لحزب الله العراقي الموالي لإيران في شمال العراق.',
    expect: [{ min: 2000, max: 9999, qualifier: "range", noun: "المحتجين" }],
    note: "«آلاف المحتجين»; «الثلاثاء» is Tuesday",
  },
  {
    kind: "figures",
    source: "004",
    input: "وقتل 25 مقاتلا في تلك الغارات.",
    expect: [{ value: 25, qualifier: "exactly", role: "killed", noun: "مقاتلا" }],
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وانسحب المتظاهرون الأربعاء من محيط السفارة الأميركية بعد يومين من العنف، لكن حزب الله الذي تم استهدافه هدد بالانتقام.",
    expect: [{ value: 2, qualifier: "exactly", noun: "يومين" }],
    note: "«الأربعاء» is Wednesday",
  },
  {
    kind: "figures",
    source: "004",
    input:
      'وقال قائد الأركان الأميركي إن هجوم كتائب حزب الله على قاعدة كركوك كان هدفه "قتل أميركيين" مضيفا أن "إطلاق 31 قذيفة ليس إطلاق نار تحذيريا، بل هدفه التسبب في أضرار والقتل".',
    expect: [{ value: 31, qualifier: "exactly", noun: "قذيفة" }],
    note: "«قتل أميركيين» is an aim, with no count",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وردا على سؤال حول ما ينتظره الأميركيون من السلطات العراقية قال المسؤولان الأميركيان إن على الحكومة العراقية بذل المزيد لحماية القوات الأميركية.",
    expect: [{ value: 2, qualifier: "exactly", noun: "المسؤولان" }],
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وانتشرت القوات العراقية الخاصة الخميس لتأمين السفارة الأميركية التي تعرضت لحصار استمر يوما من حشد موال لإيران وغطى على الاحتجاجات المناهضة للحكومة المستمرة منذ أشهر.",
    expect: [],
    note: "«استمر يوما», «منذ أشهر»: no number",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وأثار الهجوم غير المسبوق على السفارة الأميركية في بغداد والذي ألقى خلاله المحتجون الحجارة على جدران السفارة وكتبوا عليها عبارات وأضرموا النيران حولها، مخاوف من اندلاع حرب بالوكالة بين إيران والولايات المتحدة، حليفتا العراق.",
    expect: [{ value: 2, qualifier: "exactly", noun: "حليفتا" }],
    note: "construct dual «حليفتا العراق»",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وحاصر أنصار الحشد الشعبي السفارة إثر هجوم نفذه محتجون غاضبون تنديدا بالغارات الجوية التي استهدفت كتائب حزب الله الفصيل الموالي لإيران والمنضوي ضمن الحشد الشعبي وأسفرت عن سقوط 25 قتيلا.",
    expect: [{ value: 25, qualifier: "exactly", role: "killed", noun: "قتيلا" }],
    note: "the noun قتيل makes it a death toll",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "والخميس انتشرت أكثر من 12 عربة سوداء مدرعة تابعة لجهاز مكافحة الإرهاب العراقي الذي تلقى تدريبا أميركيا، في شوارع السفارة في المنطقة الخضراء لتعزيز الأمن هناك.",
    expect: [{ value: 12, qualifier: "more_than", noun: "عربة" }],
  },
  {
    kind: "figures",
    source: "004",
    input:
      "ولا تزال الشعارات الموالية لإيران تغطي الجدران الإسمنتية السميكة التي اقتحمها المحتجون، إلا أنه تمت إزالة أعلام الحشد التي زرعها المحتجون على الجدران الخارجية للسفارة وصور المقاتلين الذين قتلوا في الغارة الأميركية التي وضعوها حدادا عليهم.",
    expect: [],
    note: "«الذين قتلوا» with no number",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وأثار الهجوم مقارنات بين ما حدث وبين أزمة الرهائن في السفارة الأميركية في طهران في عام 1979 والهجوم الدموي على القنصلية الأميركية في مدينة بنغازي الليبية في 2012.",
    expect: [],
    note: "years: «عام 1979», «في 2012»",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وأثار العنف كذلك قلق العراقيين الذي يحتجون منذ أكتوبر/تشرين الأول 2019 على الفساد الحكومي والبطالة وتردي الخدمات العامة.",
    expect: [],
    note: "«أكتوبر/تشرين الأول 2019»",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وشهدت تلك التظاهرات وهي الأكبر التي يشهدها العراق منذ عقود، تدفق آلاف المحتجين إلى شوارع العاصمة ومدن جنوب البلاد ذات الغالبية الشيعية.",
    expect: [{ min: 2000, max: 9999, qualifier: "range", noun: "المحتجين" }],
    note: "«منذ عقود» has no number",
  },
  {
    kind: "figures",
    source: "004",
    input: "وقتل نحو 460 شخصا وأصيب نحو 25 ألفاً آخرين في العنف المرتبط بالاحتجاجات.",
    expect: [
      { value: 460, qualifier: "about", role: "killed", noun: "شخصا" },
      { value: 25000, qualifier: "about", role: "injured" },
    ],
    note: "«نحو 25 ألفاً آخرين»",
  },
  {
    kind: "figures",
    source: "004",
    input:
      'وقال أحمد محمد علي الطالب المحتج في مدينة الناصرية الجنوبية الساخنة "ما حدث أمام السفارة الأميركية كان محاولة لإبعاد أعين الناس عن الاحتجاجات الشعبية التي دخلت الآن شهرها الرابع"، مضيفا "ما زلنا هنا ونحتج من أحل التغيير ونأمل في النصر".',
    expect: [],
    note: "«شهرها الرابع» is an ordinal",
  },
  {
    kind: "figures",
    source: "004",
    input: "ويأتي تصميم علي رغم محاولات قتل اثنين من النشطاء في الناصرية خلال الليل، إلا أنهما نجيا.",
    expect: [{ value: 2, qualifier: "exactly", noun: "النشطاء" }],
    note: "«محاولات قتل»: attempted, not killed",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "ولكن الناشط سعدون اللهيبي قتل بعيار ناري في رأسه في حي في جنوب غرب بغداد أثناء اشتراكه في احتجاج مناهض للحكومة.",
    expect: [{ value: 1, qualifier: "exactly", role: "killed", noun: "الناشط" }],
    note: "a named victim before a passive verb",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "ولقي حوالي عشرة من النشطاء حتفهم في أعمال قتل استهدفتهم في جميع أنحاء العراق فيما وصفه المتظاهرون بأنها حملة تهدف إلى تخويفهم لوقف تحركاتهم.",
    expect: [{ value: 10, qualifier: "about", role: "killed", noun: "النشطاء" }],
    note: "«لقي … حتفهم» around the figure",
  },
  {
    kind: "figures",
    source: "004",
    input:
      'وأظهر الهجوم على السفارة توترات جديدة في العلاقات الأميركية العراقية التي وصفها مسؤولون من البلدين بأنها "عند أدنى مستوياتها" منذ سنين.',
    expect: [{ value: 2, qualifier: "exactly", noun: "البلدين" }],
  },
  {
    kind: "figures",
    source: "004",
    input:
      "وقادت الولايات المتحدة في 2003 حملة عسكرية ضد نظام الرئيس العراقي السابق صدام حسين وتعمل بشكل وثيق مع المسؤولين العراقيين منذ ذلك الحين.",
    expect: [],
    note: "«في 2003» is a year",
  },
  {
    kind: "figures",
    source: "004",
    input:
      "ودعمت كل من واشنطن وطهران قوات الأمن العراقية التي تقاتل تنظيم الدولة الإسلامية، لكن التوتر بينهما تصاعد منذ انسحاب الولايات المتحدة من الاتفاق النووية التاريخي مع إيران في 2018.",
    expect: [],
    note: "«في 2018» is a year",
  },
  // ---- Casualties per sentence ------------------------------------------------------------------
  {
    kind: "casualties",
    source: "003",
    input:
      "وحسب بيان لـ “الحشد الشعبي” فإن القصف الأمريكي على منطقة السكك التابعة لقضاء القائم غربي الأنبار، أدى إلى مقتل عنصر وإصابة اثنين آخرين.",
    expect: { killed: { value: 1, qualifier: "exactly" }, injured: { value: 2, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "003",
    input:
      "من جانبها نقلت وكالة “رويترز” عن مصدر طبي قوله إن “الضربات الأمريكية قتلت مسلحين اثنين على الأقل وأصابت أربعة أشخاص آخرين”.",
    expect: { killed: { value: 2, qualifier: "at_least" }, injured: { value: 4, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "000",
    input: "وردت الولايات المتحدة بسلسلة من الهجمات أسفرت عن مقتل 15 مسلحاً على الأقل في العراق ونحو سبعة في سوريا.",
    expect: { killed: { value: 15, qualifier: "at_least" } },
  },
  {
    kind: "casualties",
    source: "004",
    input: "وقتل نحو 460 شخصا وأصيب نحو 25 ألفاً آخرين في العنف المرتبط بالاحتجاجات.",
    expect: { killed: { value: 460, qualifier: "about" }, injured: { value: 25000, qualifier: "about" } },
  },
  {
    kind: "casualties",
    source: "000",
    input:
      "وقال مسؤولون أمريكيون إن هجمات الجمعة لم تتسبب في وقوع إصابات، في حين تسبب الهجوم على السفارة في أضرار طفيفة للغاية.",
    expect: { injured: { value: 0, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "001",
    input:
      'وقال المسؤول العسكري الأميركي الذي فضّل عدم كشف هويته إن "هجوماً بطائرة مسيرة" استهدف الاثنين قاعدة عين الأسد الواقعة في غرب العراق، بدون أن يسفر عن ضحايا وأضرار.',
    expect: { killed: { value: 0, qualifier: "exactly" }, injured: { value: 0, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "002",
    input: "وأضاف مسؤول أمريكي أن الهجوم لم يسفر عن أي إصابات من الأفراد المتواجدين في القاعدة.",
    expect: { injured: { value: 0, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "002",
    input:
      "وجاءت الهجمات بعد انفجار ضخم في قاعدة عسكرية بالعراق في وقت مبكر من يوم السبت أدى إلى مقتل أحد أفراد قوة أمنية عراقية تضم جماعات مدعومة من إيران.",
    expect: { killed: { value: 1, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "003",
    input:
      "وجاء القصف الأمريكي بعد أيام على استهداف الميليشيات لقاعدة “عين الأسد” الجوية في العراق بصواريخ بالستية، ما أدى إلى إصابة أربعة موظفين أمريكيين بإصابات دماغية خطيرة، حسب “رويترز”.",
    expect: { injured: { value: 4, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "004",
    input: "وقتل 25 مقاتلا في تلك الغارات.",
    expect: { killed: { value: 25, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "004",
    input:
      "وحاصر أنصار الحشد الشعبي السفارة إثر هجوم نفذه محتجون غاضبون تنديدا بالغارات الجوية التي استهدفت كتائب حزب الله الفصيل الموالي لإيران والمنضوي ضمن الحشد الشعبي وأسفرت عن سقوط 25 قتيلا.",
    expect: { killed: { value: 25, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "004",
    input: "ويأتي تصميم علي رغم محاولات قتل اثنين من النشطاء في الناصرية خلال الليل، إلا أنهما نجيا.",
    expect: {},
  },
  {
    kind: "casualties",
    source: "004",
    input:
      "ولكن الناشط سعدون اللهيبي قتل بعيار ناري في رأسه في حي في جنوب غرب بغداد أثناء اشتراكه في احتجاج مناهض للحكومة.",
    expect: { killed: { value: 1, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "004",
    input:
      "ولقي حوالي عشرة من النشطاء حتفهم في أعمال قتل استهدفتهم في جميع أنحاء العراق فيما وصفه المتظاهرون بأنها حملة تهدف إلى تخويفهم لوقف تحركاتهم.",
    expect: { killed: { value: 10, qualifier: "about" } },
  },
  {
    kind: "casualties",
    source: "004",
    input:
      'وقال وزير الدفاع الأميركي مارك أسبر الخميس إنه يتوقع أن تقوم الفصائل الشيعية الموالية لإيران في العراق بشن هجمات جديدة على القوات الأميركية، مضيفا "سنجعلهم يندمون" عليها وذلك بعد مهاجمة السفارة الأميركية في بغداد ومقتل أميركي في كركوك.',
    expect: { killed: { value: 1, qualifier: "exactly" } },
  },
  {
    kind: "casualties",
    source: "000",
    input:
      "في سياق متصل، فقد سبق أن قال مسؤول في الجيش الأمريكي لرويترز إن نحو سبع قذائف مورتر سقطت على مجمع السفارة الأمريكية في بغداد خلال هجوم في وقت مبكر من صباح الجمعة، فيما يبدو أنه أكبر هجوم من نوعه في الآونة الأخيرة.",
    expect: {},
  },
  {
    kind: "casualties",
    input: "قتل ما لا يقل عن 10 أشخاص وأصيب العشرات",
    expect: { killed: { value: 10, qualifier: "at_least" }, injured: { min: 20, max: 99, qualifier: "range" } },
  },
  { kind: "casualties", input: "لم يسفر الهجوم عن إصابات", expect: { injured: { value: 0, qualifier: "exactly" } } },
  {
    kind: "casualties",
    input: "أسفر القصف عن مقتل مدنيين اثنين وجرح خمسة آخرين",
    expect: { killed: { value: 2, qualifier: "exactly" }, injured: { value: 5, qualifier: "exactly" } },
  },
];
