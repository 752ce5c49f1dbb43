/**
 * Word lists of the suggestion engine, written in ordinary spelling and folded once to token keys
 * (tatweel and tashkeel gone, hamza seats and ة folded; see numbers-tokens `toKey`).
 * Sources: ../shared/design/arabic.md ("Who said what", "Casualty figures") and the sample corpus.
 */
import { keyMap, keySet } from "../arabic/numbers-tokens";

/**
 * How a reporting verb takes its content besides إن/أن and quotations: `object` verbs can take a
 * noun phrase (أعلن استئناف…، أكد عدم…), `bi` verbs a ب-phrase (توعد بالرد، هدد بالانتقام،
 * وصف الهجوم بـ…), `ila` verbs إلى (أشار إلى…), `an` verbs عن (أبلغ عن قصف…), `min` من (يخشى من أن).
 * `needsMarker`: without one of these the verb says nothing we can use (تتوعد القوات الأمريكية).
 * `svo`: present-tense forms that usually follow their subject (واشنطن تتوعد، وزير الدفاع يرى).
 * `negatedOnly`: read only to learn who is being talked about («ولم تعلن الجماعة … لكنها قالت»).
 * `colonOrQuote`: a statement only when a colon or a quotation follows («كتب على منصة إكس: …»).
 */
export type VerbInfo = {
  colonOrQuote?: boolean;
  negatedOnly?: boolean;
  object?: boolean;
  bi?: boolean;
  ila?: boolean;
  an?: boolean;
  min?: boolean;
  needsMarker?: boolean;
  svo?: boolean;
  addressee?: boolean;
  chain?: boolean;
  requiresAnna?: boolean;
  /** A present form that reports only verb first, its subject after it («تشير قناة X إلى …»). */
  vsoOnly?: boolean;
  /** A present form that reports only after its subject («الشرطة تعلن مقتل …»), or negated. */
  svoOnly?: boolean;
};

/** The forms of نعى read as verbs of saying (see DEATH_NOTICE_VERBS). */
const DEATH_NOTICE_FORMS = ["نعى", "نعت", "نعوا"];

const verbs: Array<[string[], VerbInfo]> = [
  [["قال", "قالت", "قالوا", "قالا", "قالتا", "يقول", "تقول", "يقولون"], {}],
  [["أضاف", "أضافت", "أضافوا", "أضافا"], {}],
  [["تابع", "تابعت"], {}],
  [["أردف", "أردفت"], {}],
  [["استطرد", "استطردت"], {}],
  [["أكد", "أكدت", "أكدوا", "أكدا", "يؤكد", "تؤكد"], { object: true }],
  [["أعلن", "أعلنت", "أعلنوا"], { object: true, an: true }],
  // «الشرطة تعلن مقتل 15 شخصاً» (a headline); «وتعلن الميليشيات عن ضرباتها» says what is done, not what was said.
  [["تعلن", "يعلن"], { object: true, svo: true, svoOnly: true }],
  // «وذكرا أن …»: the dual of two sources named before.
  [["ذكر", "ذكرت", "ذكروا", "ذكرا"], { object: true }],
  [["أوضح", "أوضحت", "أوضحوا", "أوضحا"], {}],
  [["أشار", "أشارت", "أشاروا", "أشارا"], { ila: true }],
  // «وتشير الإحصاءات إلى …» is read only with its subject after it, not «الأرقام تشير إلى …».
  [["تشير", "يشير"], { ila: true, vsoOnly: true }],
  [["صرح", "صرحت", "صرحوا"], { bi: true }],
  // «وكان المرصد أفاد عن مقتل 148 شخصاً»: أفاد also takes عن.
  [["أفاد", "أفادت", "أفادوا", "أفادا"], { bi: true, an: true }],
  // «قدّرتهم بعض المصادر بنحو 60 مصاباً»: an estimate, with the figure in its ب-phrase.
  // Not «قدر»، «قدره»، «قدرها» (passive; «ما قدره»، «بقيمة قدرها»), nor «قدرته» (his ability).
  [["قدرت", "قدروا", "قدرتهم"], { bi: true, needsMarker: true }],
  // «وقدّر شاهد أن 30 شخصاً …»: an estimate told with أن (the bare «قدر» only then).
  [["قدر"], { requiresAnna: true }],
  [["بين", "بينت"], { requiresAnna: true }],
  [["لفت", "لفتت"], { ila: true, requiresAnna: true }],
  [["شدد", "شددت", "شددوا"], { requiresAnna: true }],
  [["نقل", "نقلت", "نقلوا", "نقلته", "نقلتها", "نقله", "نقلها"], { chain: true }],
  // «وهو ما نفاه مصدر أمني، مؤكداً أن …»: with the pronoun of what it denies.
  [["نفى", "نفت", "نفوا", "نفاه", "نفته", "نفاها", "نفتها"], { object: true }],
  [["زعم", "زعمت"], {}],
  [["رجح", "رجحت", "رجحوا", "يرجح", "ترجح"], { object: true, svo: true }],
  [["اعترف", "اعترفت"], { bi: true }],
  [["كشف", "كشفت"], { an: true }],
  // «ونعت القيادة العامة في بيان لها "استشهاد 22 من جنودها"»: a death announced (see DEATH_NOTICE_MASDARS).
  [DEATH_NOTICE_FORMS, { object: true }],
  [["توقع", "توقعت", "توقعوا"], { requiresAnna: true }],
  [["تناقل", "تناقلت"], { object: true }],
  [["حذر", "حذرت"], { min: true }],
  [["اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر"], { object: true, svo: true }],
  [["أبلغ", "أبلغت", "أبلغوا"], { an: true, addressee: true }],
  [["توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد"], { bi: true, needsMarker: true, svo: true }],
  [["هدد", "هددت", "يهدد", "تهدد"], { bi: true, needsMarker: true, svo: true }],
  [["تعهد", "تعهدت", "تعهدوا"], { bi: true, needsMarker: true }],
  [["ندد", "نددت", "نددوا"], { bi: true, needsMarker: true }],
  [["وصف", "وصفت", "وصفوا", "وصفه", "وصفها", "وصفهم"], { object: true, bi: true }],
  [["لاحظ", "لاحظت"], {}],
  [["كتب", "كتبت", "غرد", "غردت"], { colonOrQuote: true }],
  [["تحدث", "تحدثت", "تحدثوا"], { an: true, needsMarker: true }],
  [["يرى", "ترى", "يرون"], { svo: true }],
  [["يخشى", "تخشى", "يخشون"], { min: true }],
  [["استبعد", "تستبعد", "يستبعد"], { object: true }],
  [["اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم"], { object: true, bi: true, needsMarker: true }],
  [["أقر", "أقرت", "أقروا"], { object: true, bi: true }],
  [["حمل", "حملت", "يحمل", "تحمل"], { object: true, svo: true, needsMarker: true }],
  // «ووثّق المرصد مقتل 7 مدنيين»: a monitor documenting a toll reports it (only with its object's event word).
  [["وثق", "وثقت", "يوثق", "رصد", "رصدت"], { object: true, needsMarker: true }],
  // «وعلّق الوزير بأنّ …»، «علّقت الوزارة أن …»: a comment, only with أن (علّق also means suspended, hung).
  [["علق", "علقت", "علقوا"], { requiresAnna: true }],
];

export const REPORTING_VERBS: ReadonlyMap<string, VerbInfo> = keyMap(
  verbs.flatMap(([forms, info]) => forms.map((f) => [f, info] as const)),
);

/** Verbs whose negation is itself a statement: «لم تستبعد» (did not rule out). */
export const AFFIRMED_WHEN_NEGATED = keySet(["استبعد", "تستبعد", "يستبعد"]);

/** The object a حمل-verb needs to be a statement: «يحمل مسؤولية …» (holds responsible). */
export const HAMMALA_OBJECT = keySet(["مسؤولية", "المسؤولية"]);
/** The forms of حمل (to carry; to hold responsible). */
export const HAMMALA_VERBS = keySet(["حمل", "حملت", "يحمل", "تحمل"]);

/** Participles that add a second utterance by the same speaker: «…، مضيفا أن …». */
export const PARTICIPLES: ReadonlyMap<string, VerbInfo> = keyMap([
  ...["مضيفا", "مضيفة", "مضيفين"].map((f) => [f, {}] as const),
  ...["معتبرا", "معتبرة", "معتبرين"].map((f) => [f, { object: true }] as const),
  ...["متسائلا", "متسائلة"].map((f) => [f, {}] as const),
  ...["مؤكدا", "مؤكدة", "مؤكدين"].map((f) => [f, { object: true }] as const),
  ...["مشيرا", "مشيرة", "مشيرين"].map((f) => [f, { ila: true }] as const),
  ...["منوها", "منوهة", "منوهين"].map((f) => [f, { ila: true }] as const),
  ...["موضحا", "موضحة", "موضحين"].map((f) => [f, {}] as const),
  // «متحدثين عن احتمال قيام انتحاري بتنفيذ الانفجار»
  ...["متحدثا", "متحدثة", "متحدثين"].map((f) => [f, { an: true, needsMarker: true }] as const),
  ...["متوعدا", "متوعدة", "متوعدين"].map((f) => [f, { bi: true, object: true, needsMarker: true }] as const),
  ...["محذرا", "محذرة"].map((f) => [f, { min: true }] as const),
  ...["لافتا", "لافتة", "لافتين"].map((f) => [f, { ila: true }] as const),
  ...["مشددا", "مشددة", "مشددين"].map((f) => [f, {}] as const),
  ...["قائلا", "قائلة", "قائلين"].map((f) => [f, {}] as const),
]);

/** Verbs of publishing inside a setting: «نشر على قناته في تطبيق تلغرام». */
export const PUBLISHED = keySet(["نشر", "نشرت", "أصدر", "أصدرت", "بث", "بثت"]);

/** Participles that end the previous content but are not statements (directives). */
export const DIRECTIVE_PARTICIPLES = keySet(["داعيا", "داعية", "مطالبا", "مطالبة"]);

/** Words that open reported content. */
export const CONTENT_OPENERS = keySet([
  "إن",
  "أن",
  "بأن",
  "وأن",
  "فإن",
  "إنه",
  "أنه",
  "إنها",
  "أنها",
  "إنهم",
  "أنهم",
  "إننا",
  "أننا",
  "بأنه",
  "بأنها",
  "بأنهم",
  "أت",
]);

/** Attribution without a verb: «بحسب …»، «وفقا لـ …»، «نقلا عن …». */
export const ATTRIBUTION_MARKERS = keySet([
  "حسب",
  "بحسب",
  "وحسب",
  "حسبما",
  "بحسبما",
  "وفق",
  "وفقا",
  // «وفقما أفاد المرصد»: «وفق ما» written as one word.
  "وفقما",
  "طبقا",
  "نقلا",
]);
/** Two-word markers: «على لسان». */
export const ALA_LISAN = keySet(["لسان"]);

/** Nouns naming the medium of a statement; «بيان لوزارة الدفاع» names the speaker after them. */
export const CHANNEL_NOUNS = keySet([
  "بيان",
  "البيان",
  "بيانا",
  "منشور",
  "تصريح",
  "تصريحا",
  "تصريحات",
  "مقابلة",
  "مؤتمر",
  "اتصال",
  "تغريدة",
  "رسالة",
  "كلمة",
  "خطاب",
  "حديث",
  "حديثه",
  "حديثها",
  "حسابه",
  "حسابها",
  "قناته",
  "قناتها",
  "صفحته",
  "صفحتها",
  "تسجيل",
  "تقرير",
]);

/** Platforms and outlets that are channels by name. */
export const PLATFORMS = keyMap<string>([
  ["تلغرام", "Telegram"],
  ["تليغرام", "Telegram"],
  ["إكس", "X"],
  ["تويتر", "Twitter"],
  ["فيسبوك", "Facebook"],
  ["يوتيوب", "YouTube"],
  ["انستغرام", "Instagram"],
]);
export const OUTLETS = keyMap<string>([
  ["رويترز", "Reuters"],
  ["فرانس", "AFP"],
  ["أسوشيتد", "AP"],
  ["الجزيرة", "Al Jazeera"],
  ["العربية", "Al Arabiya"],
  ["الأناضول", "Anadolu"],
  ["سبوتنيك", "Sputnik"],
  ["واع", "INA"],
  ["إرنا", "IRNA"],
  ["السومرية", "Alsumaria"],
  ["رووداو", "Rudaw"],
  ["الميادين", "Al Mayadeen"],
  ["شفق", "Shafaq News"],
  ["سانا", "SANA"],
  ["تسنيم", "Tasnim"],
  ["إيلاف", "Elaph"],
  ["كونا", "KUNA"],
  // Outlets written with Latin letters («الـMTV»، «شبكة CNN»).
  ["CNN", "CNN"],
  ["BBC", "BBC"],
  ["MTV", "MTV"],
  ["LBC", "LBC"],
  ["LBCI", "LBCI"],
  ["OTV", "OTV"],
  ["NBN", "NBN"],
]);
/** Outlets whose name is also a common word («الحرة» free, «المنار» lighthouse): only after ل («للحرة»). */
export const OUTLETS_AFTER_LAM = keyMap<string>([
  ["الحرة", "Alhurra"],
  ["المنار", "Al-Manar"],
  ["العالم", "Al-Alam"],
  ["المدى", "Al-Mada"],
]);

/** Words after a verb that introduce the medium or setting rather than the speaker. */
export const CHANNEL_STARTERS = keySet(["في", "عبر", "خلال", "على", "ضمن"]);

/** Adverbs and fillers that may stand between a verb and its speaker or content. */
export const FILLERS = keySet([
  "أيضا",
  "كذلك",
  "اليوم",
  "أمس",
  "مساء",
  "صباح",
  "ليلة",
  "فجر",
  "الليلة",
  "الآن",
  "حينها",
  "لاحقا",
  "سابقا",
  // «تحدثت أولا عن سقوط 20 قتيلا»: first, then; «وأفاد المرصد صباحا عن …»: in the morning.
  "أولا",
  "مجددا",
  "صباحا",
  "ظهرا",
  "ليلا",
  "فجرا",
  "عصرا",
  // «وتابع قائلا:»: «saying», between the verb and what was said.
  "قائلا",
  "قائلة",
  "قائلين",
  // «في الوقت الذي أعلنت فيه الوزارة …»: the relative's pronoun between the verb and its speaker.
  "فيه",
  "فيها",
]);

/** Weekday names (definite): they are times, never speakers. */
export const WEEKDAYS = keyMap<number>([
  ["الأحد", 0],
  ["الاثنين", 1],
  ["الإثنين", 1],
  ["الثلاثاء", 2],
  ["الأربعاء", 3],
  ["الخميس", 4],
  ["الجمعة", 5],
  ["السبت", 6],
]);

/** Relative pronouns: a relative clause inside a speaker («المسؤول الذي رفض الكشف عن هويته»). */
export const RELATIVES = keySet(["الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين"]);

/** «من جانبه»، «من جهته»: asides that end a speaker phrase. */
export const ASIDE_NOUNS = keySet(["جانبه", "جانبها", "جهته", "جهتها", "جانبهم", "جهتهم"]);

/** The forms of نعى (announced the death of), a statement only when what follows tells of a death. */
export const DEATH_NOTICE_VERBS = keySet(DEATH_NOTICE_FORMS);
/** What a death notice opens with: «نعت القيادة استشهاد 22 من جنودها». */
export const DEATH_NOTICE_MASDARS = keySet(["مقتل", "استشهاد", "وفاة", "مصرع"]);

/** Nouns that start a verb's object, not a speaker (أعلنت الكتائب استئناف …، أكد عدم …). */
export const OBJECT_MASDARS = keySet([
  "استئناف",
  "الانتقال",
  "انتقال",
  "بداية",
  "عدم",
  "مسؤولية",
  "المسؤولية",
  "مقتل",
  "إصابة",
  "وفاة",
  "استشهاد",
  "مصرع",
  "تصفية",
  "قتلها",
  // «أكدت مصادر طبية وصول 11 جثة»، «انتشال سبع جثث»: what a hospital received, what rescuers found.
  // (Not «تلقي», which folds onto the verb «تلقى», nor «استقبال», also a purpose: «لاستقبال المصابين».)
  "وصول",
  "انتشال",
  "رفض",
  "وقف",
  "إيقاف",
  "انسحاب",
  "إطلاق",
  "تنفيذ",
  "شن",
  "استهداف",
  "نيته",
  "نيتها",
  "عزمه",
  "عزمها",
  "تأييد",
  "دعم",
  "قرار",
  "موافقة",
  "تعليق",
  "إنهاء",
  "الهجوم",
  "الضربات",
  "الهجمات",
  "محاولة",
  "ارتفاع",
  "انخفاض",
  "تراجع",
  "سقوط",
  "وصول",
  "حصيلة",
  "تسجيل",
  "وقوع",
  "عودة",
  "نقل",
  // «نفى المتحدث وجود إصابات»: what a denial or confirmation is of («صحة» and «أنباء» also head
  // titles and names: «وزير صحة الإقليم»، «وكالة أنباء مهر»).
  "وجود",
  "حدوث",
  "تورط",
  // «نفت الحركة اتهامات الحكومة بالتورط فيه»
  "اتهامات",
  "الاتهامات",
  // «وأكد شهود عيان سماع دوي انفجارات»
  "سماع",
  // «أعلن المتحدث تبني الهجوم»: a claim of responsibility (no statement; see statements.ts).
  "تبني",
  "تبنيه",
  "تبنيها",
  // «أعلن رئيس الوزراء الحداد ثلاثة أيام»: what was declared.
  // («حداد» alone is also a family name: «العميد سامي حداد».)
  "الحداد",
]);

/** Sources who do not give their name: «مسؤول أمريكي»، «مصدر أمني». */
export const ANONYMOUS_HEADS = keySet([
  "مسؤول",
  "مسؤولون",
  "مسؤولين",
  "مسؤولان",
  "مسؤولة",
  "مسئول",
  "مسئولون",
  "مسئولين",
  "مصدر",
  "مصادر",
  "مصدران",
  "مصدرين",
  "ضابط",
  "ضباط",
  "دبلوماسي",
  "دبلوماسيون",
  "شهود",
  "شاهد",
  "متحدث",
]);
/** Words of «طلب عدم كشف هويته»، «رفض الكشف عن هويته». */
export const IDENTITY_WORDS = keySet([
  "هويته",
  "هويتها",
  "هويتهم",
  "هوياتهم",
  "هويتهما",
  "اسمه",
  "اسمها",
  "اسمهم",
  "أسمائهم",
  "اسميهما",
]);
/** Openers of the reason a source gives for hiding its name: «لأنه غير مخول بالتصريح لوسائل الإعلام». */
export const WITHHOLDING_REASONS = keySet(["لأنه", "لأنها", "لأنهم", "لأنهما", "لكونه", "لكونها", "كونه", "كونها"]);
/** Verbs of «طلب عدم كشف هويته» without a relative pronoun: «مسؤولون طلبوا عدم كشف هوياتهم». */
export const WITHHOLDING_VERBS = keySet([
  "طلب",
  "طلبت",
  "طلبوا",
  "طلبا",
  "رفض",
  "رفضت",
  "رفضوا",
  "رفضا",
  "فضل",
  "فضلت",
  "فضلوا",
  "اشترط",
  "اشترطوا",
]);

/** «قوله»، «قولهما»: ends the speaker in «نقلت رويترز عن مصدر طبي قوله إن …». */
export const QAWL = keySet([
  "قوله",
  "قولها",
  "قولهما",
  "قولهم",
  // «نقلت قناة جيو عن مسؤولين أمنيين القول إن …».
  "القول",
  // «نقلت وكالة نوفوستي عن وزارة الصحة تأكيدها أن …»: what the source said, as a verbal noun.
  "تأكيده",
  "تأكيدها",
  "تأكيدهم",
  "تصريحه",
  "تصريحها",
  "إعلانه",
  "إعلانها",
]);

/** Words that end a statement's content when a new clause starts. */
export const CLAUSE_BREAKS = keySet(["فيما", "بينما", "لكن", "لكنه", "لكنها", "حين", "وقت"]);

/** Negations before a verb. */
export const NEGATIONS = keySet(["لم", "ولم", "لا", "ولا", "لن", "ولن", "ما", "وما"]);

/** Words that say which toll or count a basis is: «حصيلة جديدة / أولية / رسمية». */
export const TOLL_ADJECTIVE_WORDS = ["جديدة", "أولية", "رسمية", "نهائية", "محدثة", "أخيرة"] as const;

/**
 * «سجلتها»، «أعلنتها»، «بثها»، «أوردتها»: a verb of recording or reporting whose object pronoun is the toll
 * or the basis before it, its subject who gave it.
 */
export const REPORTED_IT =
  /^(?:سجل|سجلت|وثق|وثقت|رصد|رصدت|بث|بثت|اورد|اوردت|نشر|نشرت|اعلن|اعلنت|ذكر|ذكرت|اصدر|اصدرت)(?:ها|ه)$/u;

/** Relative «who» and «what»: «كانت رويترز أول من أعلن». */
export const WHO_WHAT = keySet(["من", "ما", "الذي", "التي", "الذين"]);

/** Actors who can be the perpetrator of a casualty figure without an attack noun. */
export const ACTORS = keySet([
  "الولايات",
  "واشنطن",
  "إسرائيل",
  "إيران",
  "الجيش",
  "القوات",
  "الميليشيات",
  "الفصائل",
  "المسلحون",
  "التحالف",
  "الطيران",
]);

/** Nouns of attacks and weapons, for the cause of casualties («القصف الأمريكي … أدى إلى مقتل»). */
export const ATTACK_NOUNS = keySet([
  "القصف",
  "قصف",
  "الضربات",
  "ضربات",
  "الضربة",
  "ضربة",
  "الغارات",
  "غارات",
  "الغارة",
  "غارة",
  "الهجوم",
  "هجوم",
  "الهجمات",
  "هجمات",
  "انفجار",
  "الانفجار",
  "التفجير",
  "تفجير",
  "الاشتباكات",
  "اشتباكات",
  "استهداف",
  "سلسلة",
  "القذائف",
  "الصواريخ",
]);
/** «أدى إلى»، «أسفر عن»، «تسبب في»: a cause before casualties. */
export const CAUSAL_VERBS = keySet(["أدى", "أدت", "أسفر", "أسفرت", "تسبب", "تسببت", "أوقع", "أوقعت", "خلف", "خلفت"]);
/** Active verbs of killing and wounding with their subject before them («الضربات قتلت»). */
export const KILLING_VERBS = keySet(["قتلت", "أصابت", "أوقعت"]);

/** Counted nouns that are durations, not counts. */
export const DURATION_NOUNS = keySet([
  "يوم",
  "يوما",
  "أيام",
  "يومين",
  "يومان",
  "ساعة",
  "ساعات",
  "ساعتين",
  "أسبوع",
  "أسابيع",
  "أسبوعين",
  "شهر",
  "شهرا",
  "عاما",
  "أسبوعا",
  "أشهر",
  "شهرين",
  "شهور",
  "عام",
  "أعوام",
  "عامين",
  "سنة",
  "سنوات",
  "سنين",
  "سنتين",
  "عقد",
  "عقود",
  "دقيقة",
  "دقائق",
  "ثانية",
  "ثوان",
  "ثواني",
  "ليلة",
  "ليال",
  "مرحلة",
]);
/** «مرة/مرات»: counts of attacks, named by an attack noun earlier in the clause. */
export const TIMES_NOUNS = keySet(["مرة", "مرات"]);

/** Definite time nouns of «هذا الشهر»، «الأسبوع الماضي»: times, never part of a speaker. */
export const TIME_NOUNS = keySet(["الشهر", "الأسبوع", "العام", "اليوم", "الصباح", "المساء", "الليلة", "السنة"]);
export const TIME_ADJECTIVES = keySet([
  "الماضي",
  "الماضية",
  "الجاري",
  "الجارية",
  "الحالي",
  "الحالية",
  "المنصرم",
  "المنصرمة",
  "الفائت",
  "الفائتة",
]);

/** «هذا الشهر»، «الأسبوع الماضي» starting at `j`: whether two tokens there make a time phrase. */
export function isTimePhrase(
  first: { kind: string; key: string } | undefined,
  second: { kind: string; key: string } | undefined,
): boolean {
  if (first?.kind !== "word" || second?.kind !== "word") return false;
  return (
    ((first.key === "هذا" || first.key === "هذه") && TIME_NOUNS.has(second.key)) ||
    (TIME_NOUNS.has(first.key) && TIME_ADJECTIVES.has(second.key))
  );
}
