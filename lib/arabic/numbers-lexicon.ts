/**
 * Word lists for the Arabic number and figure parser (lib/arabic/numbers.ts), written in
 * ordinary spelling and folded to token keys once, at load time (see `toKey`).
 */
import { keyMap, keySet, toKey } from "./numbers-tokens";

export type QualifierName = "exactly" | "about" | "at_least" | "more_than" | "fewer_than" | "at_most";

/** 1–10, both genders. أحد/إحدى and واحد/واحدة are 1; the 2-forms of 12 are separate. */
export const UNIT_WORDS = keyMap<number>([
  ["واحد", 1],
  ["واحدة", 1],
  ["أحد", 1],
  ["إحدى", 1],
  ["اثنان", 2],
  ["اثنين", 2],
  ["اثنتان", 2],
  ["اثنتين", 2],
  ["ثنتان", 2],
  ["ثنتين", 2],
  ["ثلاث", 3],
  ["ثلاثة", 3],
  ["أربع", 4],
  ["أربعة", 4],
  ["خمس", 5],
  ["خمسة", 5],
  ["ست", 6],
  ["ستة", 6],
  ["سبع", 7],
  ["سبعة", 7],
  ["ثمان", 8],
  ["ثماني", 8],
  ["ثمانية", 8],
  ["تسع", 9],
  ["تسعة", 9],
  ["عشر", 10],
  ["عشرة", 10],
]);

/** Forms of 2 that only occur before عشر/عشرة (اثنا عشر = 12). */
export const TEEN_ONLY_UNITS = keyMap<number>([
  ["اثنا", 2],
  ["اثني", 2],
  ["اثنتا", 2],
  ["اثنتي", 2],
]);

export const TEN_WORDS = keySet(["عشر", "عشرة"]);

/** Ordinals after which عشر is part of an ordinal (الحادي عشر، التاسع عشر), not 10. */
export const ORDINAL_UNITS = keySet([
  "الحادي",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "الحادية",
  "الثانية",
  "الثالثة",
  "الرابعة",
  "الخامسة",
  "السادسة",
  "السابعة",
  "الثامنة",
  "التاسعة",
  "حادي",
  "ثاني",
  "ثالث",
  "رابع",
  "خامس",
  "سادس",
  "سابع",
  "ثامن",
  "تاسع",
]);

export const TENS_WORDS = keyMap<number>([
  ["عشرون", 20],
  ["عشرين", 20],
  ["ثلاثون", 30],
  ["ثلاثين", 30],
  ["أربعون", 40],
  ["أربعين", 40],
  ["خمسون", 50],
  ["خمسين", 50],
  ["ستون", 60],
  ["ستين", 60],
  ["سبعون", 70],
  ["سبعين", 70],
  ["ثمانون", 80],
  ["ثمانين", 80],
  ["تسعون", 90],
  ["تسعين", 90],
]);

/** مئة after a unit: ثلاث مئة = 300. */
export const HUNDRED_WORDS = keySet(["مئة", "مائة"]);

export const HUNDREDS_WORDS = keyMap<number>([
  ["مئة", 100],
  ["مائة", 100],
  ["مئتان", 200],
  ["مئتين", 200],
  ["مائتان", 200],
  ["مائتين", 200],
  ["مئتا", 200],
  ["مائتا", 200],
  ["مئتي", 200],
  ["مائتي", 200],
  ["ثلاثمئة", 300],
  ["ثلاثمائة", 300],
  ["ثلثمائة", 300],
  ["أربعمئة", 400],
  ["أربعمائة", 400],
  ["خمسمئة", 500],
  ["خمسمائة", 500],
  ["ستمئة", 600],
  ["ستمائة", 600],
  ["سبعمئة", 700],
  ["سبعمائة", 700],
  ["ثمانمئة", 800],
  ["ثمانمائة", 800],
  ["ثمانيمئة", 800],
  ["ثمانيمائة", 800],
  ["تسعمئة", 900],
  ["تسعمائة", 900],
]);

/** Multipliers that follow a count: خمسة آلاف، 25 ألفاً، 2.5 مليون، ثلاثة ملايين. */
export const MULTIPLIER_WORDS = keyMap<number>([
  ["ألف", 1e3],
  ["ألفا", 1e3],
  ["آلاف", 1e3],
  ["الآلاف", 1e3],
  ["مليون", 1e6],
  ["مليونا", 1e6],
  ["ملايين", 1e6],
  ["الملايين", 1e6],
  ["مليار", 1e9],
  ["مليارا", 1e9],
  ["مليارات", 1e9],
  ["بليون", 1e9],
]);

/** Duals of the multipliers, which carry their own count (ألفان = 2000). */
export const DUAL_MULTIPLIER_WORDS = keyMap<number>([
  ["ألفان", 2e3],
  ["ألفين", 2e3],
  ["مليونان", 2e6],
  ["مليونين", 2e6],
  ["ملياران", 2e9],
  ["مليارين", 2e9],
  // Construct duals: «أكثر من ألفي شخص».
  ["ألفي", 2e3],
  ["مليوني", 2e6],
  ["ملياري", 2e9],
]);

/** ألفا alone: the construct dual (ألفا جندي = 2000) unless written with tanween (ألفاً = 1000). */
export const ALFA = keySet(["ألفا"]);

/** Fractions that may stand before a multiplier: نصف مليون = 500,000. */
export const FRACTION_WORDS = keyMap<number>([
  ["نصف", 0.5],
  ["ربع", 0.25],
]);

/** «ونصف» after a multiplier: مليون ونصف = 1,500,000. */
export const HALF_WORDS = keySet(["ونصف"]);

/**
 * Vague quantity words, stored as ranges: بضع/بضعة 3–9 (their classical meaning), عدة 3–10,
 * «عدد من» 3–10, «العديد من» at least 3, عشرات 20–99, مئات 200–999, آلاف 2,000–9,999,
 * ملايين 2–999 million. The plural words start at 2 units of their size, as in English
 * "dozens"/"hundreds"/"thousands".
 */
export const VAGUE_WORDS = keyMap<{ min: number; max?: number }>([
  ["بضع", { min: 3, max: 9 }],
  ["بضعة", { min: 3, max: 9 }],
  ["عدة", { min: 3, max: 10 }],
  // «إصابات عديدة»: only after its noun (SEVERAL_AFTER), as «العديد من».
  ["عديدة", { min: 3, max: 10 }],
  ["عشرات", { min: 20, max: 99 }],
  ["العشرات", { min: 20, max: 99 }],
  ["مئات", { min: 200, max: 999 }],
  ["المئات", { min: 200, max: 999 }],
  ["آلاف", { min: 2000, max: 9999 }],
  ["الآلاف", { min: 2000, max: 9999 }],
  ["ملايين", { min: 2e6, max: 999_999_999 }],
  ["الملايين", { min: 2e6, max: 999_999_999 }],
]);

/** «عدد من» and «العديد من»: vague words that need the following من. */
export const VAGUE_WITH_MIN = keyMap<{ min: number; max?: number }>([
  ["عدد", { min: 3, max: 10 }],
  ["العديد", { min: 3, max: 10 }],
]);

/** Plural multipliers that scale a vague word: عشرات الآلاف، بضع مئات. */
export const VAGUE_SCALE_WORDS = keyMap<number>([
  ["مئات", 100],
  ["المئات", 100],
  ["آلاف", 1e3],
  ["الآلاف", 1e3],
  ["ملايين", 1e6],
  ["الملايين", 1e6],
]);

const q = (words: string, qualifier: QualifierName): { words: readonly string[]; qualifier: QualifierName } => ({
  words: words.split(" ").map(toKey),
  qualifier,
});

/** Qualifiers written before the number. Longest first; a leading و/ف is allowed. */
export const QUALIFIERS_BEFORE = [
  q("ما لا يقل عن", "at_least"),
  // («ما لايقل عن 15»: the negation run into the verb.)
  q("ما لايقل عن", "at_least"),
  q("لما لا يقل عن", "at_least"),
  q("بما لا يقل عن", "at_least"),
  q("عما لا يقل عن", "at_least"),
  q("ما لا يقل على", "at_least"),
  q("لا يقل عن", "at_least"),
  q("لايقل عن", "at_least"),
  q("ما لا يزيد عن", "at_most"),
  q("ما لا يزيد على", "at_most"),
  q("لا يزيد عن", "at_most"),
  q("لا يزيد على", "at_most"),
  q("ما يصل إلى", "at_most"),
  q("ما يزيد على", "more_than"),
  q("ما يزيد عن", "more_than"),
  q("ما يربو على", "more_than"),
  q("ما يقرب من", "about"),
  q("ما يقارب", "about"),
  q("ما يناهز", "about"),
  // («مايقارب عشرون قتيلا»: ما run into its verb.)
  q("مايقرب من", "about"),
  q("مايقارب", "about"),
  q("مايناهز", "about"),
  q("مايزيد على", "more_than"),
  q("مايزيد عن", "more_than"),
  q("ما يقل عن", "fewer_than"),
  // «قتل على الأقل 14 شخصاً»: the qualifier before the number, as wires translate "at least 14".
  q("على الأقل", "at_least"),
  q("أكثر من", "more_than"),
  q("لأكثر من", "more_than"),
  q("بأكثر من", "more_than"),
  q("أزيد من", "more_than"),
  // «فوق أربعين قتيلا»: over forty.
  q("فوق", "more_than"),
  q("أقل من", "fewer_than"),
  q("لأقل من", "fewer_than"),
  q("نحو", "about"),
  q("بنحو", "about"),
  q("لنحو", "about"),
  q("حوالي", "about"),
  q("حوالى", "about"),
  q("بحوالي", "about"),
  q("لحوالي", "about"),
  q("قرابة", "about"),
  q("بقرابة", "about"),
  q("لقرابة", "about"),
  q("زهاء", "about"),
  q("يقارب", "about"),
  q("يناهز", "about"),
  q("تقريبا", "about"),
];

/** Qualifiers written after the number or its noun. */
export const QUALIFIERS_AFTER = [
  q("على الأقل", "at_least"),
  q("على الأكثر", "at_most"),
  q("تقريبا", "about"),
  q("فقط", "exactly"),
  q("بالضبط", "exactly"),
  q("تحديدا", "exactly"),
];

/** Percent written as words: «بالمئة», «في المئة». */
export const PERCENT_WORDS = keySet(["بالمئة", "بالمائة"]);
export const PERCENT_AFTER_IN = keySet(["المئة", "المائة"]);
export const IN_WORDS = keySet(["في"]);
export const FROM_WORDS = keySet(["من"]);
export const MA_WORDS = keySet(["ما"]);
/** Before a figure, these tie it to the previous one: «و 900», «بينهم طفلان», «منهم ثلاثة». */
export const AND_OR_AMONG = keySet(["و", "بينهم", "بينهن", "منهم", "منهن", "بينها", "منها", "فيهم"]);

/** «بين 10 و20», «ما بين» — a range. */
export const BETWEEN_WORDS = keySet(["بين", "وبين"]);

/** Algerian and Tunisian month names («17 جانفي») and Moroccan ones («13 نونبر»), with their numbers. */
export const MAGHREBI_MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["جانفي", 1],
  ["فيفري", 2],
  ["أفريل", 4],
  ["ماي", 5],
  ["جوان", 6],
  ["جويلية", 7],
  ["أوت", 8],
  ["يوليوز", 7],
  ["غشت", 8],
  ["شتنبر", 9],
  ["نونبر", 11],
  ["دجنبر", 12],
];

export const ARABIC_MONTHS = keySet([
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "إبريل",
  "ابريل",
  "مايو",
  "ماي",
  "يونيو",
  "يونيه",
  "يوليو",
  "يوليه",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
  "كانون",
  "شباط",
  "آذار",
  "نيسان",
  "أيار",
  "حزيران",
  "تموز",
  "آب",
  "أيلول",
  "تشرين",
  "محرم",
  "صفر",
  "ربيع",
  "جمادى",
  "رجب",
  "شعبان",
  "رمضان",
  "شوال",
  "ذو",
  "ذي",
  ...MAGHREBI_MONTH_NAMES.map(([name]) => name),
]);

export const LATIN_MONTHS: ReadonlySet<string> = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** Words before a four-digit number that make it a year: «عام 2021», «في 2014», «منذ 2003». */
export const YEAR_CONTEXT = keySet([
  "عام",
  "العام",
  "عامي",
  "سنة",
  "السنة",
  "في",
  "منذ",
  "حتى",
  "قبل",
  "بعد",
  "خلال",
  "مطلع",
  "نهاية",
  "بداية",
  "أواخر",
  "أوائل",
  "منتصف",
  "ربيع",
  "صيف",
  "خريف",
  "شتاء",
  "إلى",
  "من",
  "وفي",
  "ومنذ",
]);

/** Words after a number that make it a time of day. */
export const TIME_AFTER = keySet(["صباحا", "مساء", "ظهرا", "فجرا", "ليلا", "عصرا", "غرينتش", "بتوقيت"]);

/** Words before a number that make it an identifier or a time, not a quantity. */
export const IDENTIFIER_BEFORE = keySet([
  "رقم",
  "الرقم",
  "القرار",
  "قرار",
  "المادة",
  "مادة",
  "الفقرة",
  "الطريق",
  "طريق",
  "الساعة",
  "ساعة",
  "الصفحة",
  "صفحة",
  "العدد",
  "الحلقة",
  "الجزء",
  "الدائري",
  "اللواء",
  "الفرقة",
  "الكتيبة",
  "الدورة",
  "النسخة",
  "بند",
  "البند",
]);

/** Words that cannot be the counted noun after a number. */
export const NOUN_STOP = keySet([
  // «بمن فيهم اثنان»: among whom, not what is counted.
  "فيهم",
  "فيهن",
  // «وإصابة العشرات اليوم»: the day after a number is when, not what is counted.
  "اليوم",
  "أمس",
  "الليلة",
  "البارحة",
  "في",
  "من",
  "إلى",
  "على",
  "عن",
  "منذ",
  "خلال",
  "بعد",
  "قبل",
  "مع",
  "ضد",
  "حتى",
  "عند",
  "لدى",
  "نحو",
  "حول",
  "بين",
  "دون",
  "بدون",
  "ثم",
  "أو",
  "أم",
  "بل",
  "لكن",
  "إلا",
  "غير",
  "لا",
  "لم",
  "لن",
  "قد",
  "كل",
  "بعض",
  "ذلك",
  "تلك",
  "هذا",
  "هذه",
  "هؤلاء",
  "هو",
  "هي",
  "هم",
  "ما",
  "كما",
  "حيث",
  "إذا",
  "إن",
  "أن",
  "إنه",
  "أنه",
  "أنها",
  "أي",
  "أيضا",
  "فقط",
  "تقريبا",
  "أقل",
  "أكثر",
  "منها",
  "منه",
  "فيها",
  "عليها",
  "منهم",
  "منهما",
  "منهن",
  "مقابل",
  "وفق",
  "وفقا",
  "بحسب",
  "حسب",
  "عبر",
  "داخل",
  "خارج",
  "أمام",
  "وراء",
  "تحت",
  "فوق",
  "قرب",
  "و",
  "ف",
  "يا",
  "بالضبط",
  "تحديدا",
  "لقد",
  "كان",
  "كانت",
  "وهو",
  "وهي",
  "الذي",
  "التي",
  "الذين",
  "فيما",
  "بينما",
  "عندما",
  "وقد",
  "لقد",
  "ليس",
  "ليست",
  "يوميا",
  "أسبوعيا",
  "شهريا",
  "سنويا",
  "حاليا",
]);

/** Words after a number that mean "others"; they belong to the figure but are not its noun. */
export const OTHERS_WORDS = keySet(["آخرين", "آخرون", "أخرى", "آخر", "أخريات"]);

/** ذات/ذو/ذي before «noun + واحد»: a description (ذات اتجاه واحد = one-way), not a count. */
export const DESCRIPTIVE_BEFORE = keySet(["ذات", "ذو", "ذي", "ذوي"]);

/** Nouns that form idioms with واحد: في آن واحد، في وقت واحد، بصوت واحد. */
/** Verbs whose subject may follow as a bare number: «سقط اثنان منها»، «عاد 76 إلى الخدمة»; not a noun before its number. */
export const SUBJECT_AFTER_VERBS = keySet([
  "سقط",
  "سقطت",
  "عاد",
  "عادت",
  "نقل",
  "نقلت",
  "بقي",
  "تبقى",
  "تعافى",
  "غادر",
  "خرج",
  "وصل",
  "انفجر",
  "أصاب",
]);

export const IDIOMS_WITH_ONE = keySet(["آن", "وقت", "صوت", "بصوت", "بيد", "يد", "قلب", "رأي", "نفس"]);

/**
 * Masculine nouns whose plural is broken (صاروخ/صواريخ), so a form in -ين or -ان is a dual.
 * Sound-plural nouns (مسلح/مسلحين) are in SOUND_DUAL_STEMS: only their -ان form is a dual.
 */
export const BROKEN_PLURAL_STEMS = keySet([
  "قتيل",
  "جريح",
  "صاروخ",
  "عنصر",
  "جندي",
  "شخص",
  "هجوم",
  "طفل",
  "يوم",
  "شهر",
  "عام",
  "أسبوع",
  "موقع",
  "فصيل",
  "مصدر",
  "ضابط",
  "مقر",
  "هدف",
  "حادث",
  "انفجار",
  "تفجير",
  "بيان",
  "قائد",
  "زعيم",
  "رجل",
  "بلد",
  "شهيد",
  "أسير",
  "سجين",
  "حارس",
  "مبنى",
  "زورق",
  "لغم",
  "مدفع",
  "جسر",
  "نائب",
  "وزير",
  "رئيس",
  "سفير",
  "حزام",
  "مكان",
  // Facilities hit by an attack: «معملين تابعين للشركة»، «مطارين».
  "معمل",
  "مصنع",
  "مطار",
  "مخزن",
  "مستودع",
  "حقل",
  "منزل",
  "مسجد",
  "فندق",
  "معسكر",
]);

export const SOUND_DUAL_STEMS = keySet([
  "مسلح",
  "مقاتل",
  "مدني",
  "عسكري",
  "موظف",
  "مواطن",
  "متظاهر",
  "محتج",
  "ناشط",
  "مسؤول",
  "مصاب",
  "متعاقد",
  "انتحاري",
  "مهاجم",
]);

/** «مسؤولان عن» is "responsible for", an adjective, not two officials. */
export const ADJECTIVE_BEFORE_AN = keyMap<readonly string[]>([["مسؤول", ["عن"]]]);

/** Masculine nouns whose construct dual in -ي is not also a common adjective (فصيلي كتائب…). */
export const CONSTRUCT_DUAL_STEMS = keySet([
  "فصيل",
  "قتيل",
  "جريح",
  "مطار",
  "معمل",
  "مصنع",
  "حقل",
  "معسكر",
  "فندق",
  // «رجلي أمن»، «عوني أمن»، «عنصري أمن»: two security men.
  "رجل",
  "عون",
  "عنصر",
]);

/** Feminine nouns in ة (given with it): dual in -تين/-تان, construct -تي/-تا. */
export const FEMININE_DUAL_NOUNS = keySet([
  "قاعدة",
  "طائرة",
  "قذيفة",
  "مسيرة",
  "غارة",
  "ضربة",
  "سيارة",
  "مرة",
  "جماعة",
  "حركة",
  "منطقة",
  "محافظة",
  "دولة",
  "ساعة",
  "سنة",
  "منشأة",
  "عملية",
  "هجمة",
  "شاحنة",
  "عربة",
  "دبابة",
  "مروحية",
  "سفينة",
  "بارجة",
  "حليفة",
  "كتيبة",
  "فرقة",
  "وزارة",
  "مدينة",
  "قرية",
  "بلدة",
  "جهة",
  "منصة",
  "رصاصة",
  "عبوة",
  "جثة",
  "ليلة",
  "دقيقة",
  "حالة",
  "نقطة",
  "امرأة",
  "قنبلة",
  "جولة",
  "سيدة",
  "طفلة",
  "فتاة",
  "شابة",
  "مواطنة",
  "طالبة",
  "ممرضة",
  "مسعفة",
  "صحفية",
  // «انتحاريتان»، «استهدفتا حافلتين»، «احتراق عجلتين»، «حقيبتين مفخختين»: attackers and vehicles of an attack.
  "انتحارية",
  "حافلة",
  "عجلة",
  "دراجة",
  "حقيبة",
]);

/** Verbs and verbal nouns that report deaths. */
export const KILLED_TRIGGERS = keySet([
  "مقتل",
  "قتل",
  "قتلت",
  "قتلوا",
  "يقتل",
  "تقتل",
  "استشهاد",
  "استشهد",
  "استشهدوا",
  "مصرع",
  "وفاة",
  "توفي",
  "توفيت",
  // «تصفية 4 مسلحين»، «أعلنت قتلها 4 مسلحين»
  "تصفية",
  "قتلها",
  // «أودى الانفجار بحياة 12 شخصا»، «حصد الهجوم أرواح 50 شخصاً»: the figure follows بحياة / أرواح.
  "بحياة",
  "أرواح",
  "بأرواح",
]);

/** «جثث 53 شهيداً»، «جثامين أربعة أشخاص»: the bodies of the dead the number counts (killed). */
export const BODIES_OF = keySet(["جثث", "جثامين"]);

/** «راح ضحيته 20 شخصاً»، «راح ضحية التفجير 20»: the victims of what went, who died. */
export const WENT_VICTIM = keySet(["راح", "راحت", "ذهب", "ذهبت"]);
export const VICTIM_OF_IT = keySet(["ضحية", "ضحيته", "ضحيتها", "ضحيتهم", "ضحيتهما"]);

/** Verbs and verbal nouns that report injuries (إصابة also means "hitting a target"). */
export const INJURED_TRIGGERS = keySet([
  "إصابة",
  "أصيب",
  "أصيبت",
  "أصيبوا",
  "أصابت",
  "أصاب",
  "أصابوا",
  "يصاب",
  "جرح",
  "جرحت",
  "جرحوا",
]);

/** Passive verbs that report one victim named before them: «الناشط فلان قتل بعيار ناري». */
export const PASSIVE_VICTIM_VERBS = keyMap<"killed" | "injured">([
  ["قتل", "killed"],
  ["قتلت", "killed"],
  ["أصيب", "injured"],
  ["أصيبت", "injured"],
  ["استشهد", "killed"],
  ["استشهدت", "killed"],
]);

/** What follows such a passive verb: the instrument or cause (بعيار، برصاص، جراء…). */
export const CAUSE_AFTER_PASSIVE = keySet([
  "بعيار",
  "برصاص",
  "برصاصة",
  "بنيران",
  "بجروح",
  "بضربة",
  "بقصف",
  "بانفجار",
  "بشظايا",
  "جراء",
  "إثر",
  "اثر",
]);

/** Plural or dual verbs after the counted noun: «ثلاثة أشخاص قتلوا». */
export const KILLED_AFTER = keySet([
  "قتلوا",
  "قتلا",
  "قتلتا",
  "لقوا",
  "استشهدوا",
  "ماتوا",
  "توفوا",
  "قضوا",
  "قضيا",
  // «12 إرهابياً قتلهم الجيش»: whom someone killed.
  "قتلهم",
  "قتلتهم",
  "قتلوهم",
]);
export const INJURED_AFTER = keySet(["أصيبوا", "أصيبا", "أصيبتا", "جرحوا"]);

/** «14 إصابة»: the counted noun when it follows a number. */
export const INJURIES_COUNTED = keySet(["إصابة", "إصابات"]);

/** «34 حالة مصابة»، «11 حالة إصابة»، «100 حالة ارتجاج»: cases of injury. */
export const CASE_NOUNS = keySet(["حالة", "حالات"]);
export const INJURY_WORDS = keySet([
  "إصابة",
  "إصابات",
  "مصابة",
  "ارتجاج",
  "بارتجاج",
  "ارتجاجات",
  "بارتجاجات",
  "جروح",
  "بجروح",
  "بإصابات",
  "بإصابة",
]);

/** «سقوط 7 من المدنيين»، «وسقط 3 جنود»: people who fell are killed, unless قتلى/جرحى follows. */
export const FELL_TRIGGERS = keySet(["سقوط", "بسقوط", "سقط", "سقطت"]);

/** «ارتفع عدد الجنود المصابين إلى 64»: the total named before إلى, up to a few words back. */
export const TOTAL_NOUNS = keySet(["عدد", "حصيلة", "إجمالي"]);
export const TO_WORDS = keySet(["إلى"]);
export const RELATIVE_PRONOUNS = keySet(["الذين", "اللذين", "اللذان", "اللواتي", "اللاتي"]);
/** «بزيادة 45»، «زاد بنسبة 45»: an increase of the total named before it. */
export const INCREASE_WORDS = keySet(["بزيادة", "زيادة", "بنسبة"]);
/** «نفى … وقوع خسائر»: a denial verb and the event it denies, a few words apart. */
export const DENIAL_VERBS = keySet(["نفى", "نفت", "نفوا", "ينفي", "تنفي"]);
export const DENIED_EVENTS = keySet(["وقوع", "سقوط", "وجود"]);
/** «السبعة الآخرين»، «الخمسة الباقون». */
export const REST_AFTER_DEFINITE = keySet(["الآخرين", "الآخرون", "الباقون", "الباقين", "المتبقين", "المتبقون"]);
/** «هجمات عدة»: the vague word that may follow its noun. */
export const SEVERAL_AFTER = keySet(["عدة", "عديدة"]);
export const ONLY_AFTER_NOUN = keySet(["عديدة"]);
export const RISE_VERBS = keySet([
  "ارتفع",
  "ارتفعت",
  "يرتفع",
  "ترتفع",
  "ليرتفع",
  "لترتفع",
  "وصل",
  "وصلت",
  "يصل",
  "تصل",
  "ليصل",
  "لتصل",
  "قفز",
  "قفزت",
  "زاد",
  "زادت",
]);
/** Words before «متعاقدا مدنيا قتل»: the clause opens on the victim. */
export const OPENERS_BEFORE_VICTIM = keySet(["إن", "أن", "بأن", "فإن", "وإن", "وأن"]);

/** «أضرار أو إصابات»: damage named with إصابات makes it casualties of any kind, none killed or injured. */
export const DAMAGE_NOUNS = keySet(["أضرار", "خسائر"]);

/** Words where -ان is a plural, not a dual (بلدان is the plural of بلد), and names of places that end like a dual. */
export const NOT_DUAL = keySet(["بلدان", "البلدان", "جنين", "البحرين", "الرافدين", "النهرين", "العلمين"]);

/** لقي + حتفه/مصرعه, أودى + بحياة, فقد + حياته: killed, with the rest of the phrase after the figure. */
export const KILLED_SPLIT_TRIGGERS = keyMap<readonly string[]>([
  ["لقي", ["حتف", "مصرع"]],
  ["لقيت", ["حتف", "مصرع"]],
  ["فقد", ["حيات", "أرواح"]],
  ["فقدت", ["حيات", "أرواح"]],
  ["فقدان", ["حيات", "لحيات", "أرواح"]],
  ["أودى", ["بحياة"]],
  ["أودت", ["بحياة"]],
]);

export const KILLED_NOUNS = keySet([
  "قتيل",
  "قتيلا",
  "قتلى",
  "قتيلين",
  "قتيلان",
  "قتيلي",
  "شهيد",
  "شهيدا",
  "شهداء",
  "شهيدين",
  "شهيدان",
  "جثة",
  "جثث",
]);

export const INJURED_NOUNS = keySet([
  "جريح",
  "جريحا",
  "جرحى",
  "جريحين",
  "جريحان",
  "جريحي",
  "مصاب",
  "مصابا",
  "مصابين",
  "مصابون",
  "مصابان",
  // «14 إصابة جديدة»، «64 إصابة»: injuries counted.
  "إصابة",
  "إصابات",
]);

/** Counted nouns that are not people: a casualty word nearby does not make them victims. */
export const NON_PERSON_NOUNS = keySet([
  "صاروخ",
  "صاروخا",
  "صواريخ",
  "صاروخين",
  "صاروخان",
  "قذيفة",
  "قذائف",
  "قذيفتين",
  "قذيفتان",
  // «سقطت قذيفتا هاون»، «سقوط قذيفتي إنيرغا»: the construct dual.
  "قذيفتا",
  "قذيفتي",
  "صاروخي",
  "طائرة",
  "طائرات",
  "مسيرة",
  "مسيرات",
  "هجوم",
  "هجوما",
  "هجمات",
  "هجومين",
  "هجومان",
  // «حصيلة قتلى التفجيرين»: the two blasts, never the victims.
  "تفجيرين",
  "تفجيران",
  "انفجارين",
  "انفجاران",
  "هجمة",
  "قاعدة",
  "قواعد",
  "قاعدتين",
  "موقع",
  "موقعا",
  "مواقع",
  "مبنى",
  "مباني",
  "مبان",
  "منزل",
  "منازل",
  "منزلا",
  "سيارة",
  "سيارات",
  "عربة",
  "عربات",
  "دبابة",
  "دبابات",
  "مرة",
  "مرات",
  "مرتين",
  "منشأة",
  "منشآت",
  "غارة",
  "غارات",
  "ضربة",
  "ضربات",
  "عبوة",
  "عبوات",
  "يوم",
  "يوما",
  "أيام",
  "يومين",
  "شهر",
  "شهرا",
  "أشهر",
  "شهور",
  "شهرين",
  "عام",
  "عاما",
  "أعوام",
  "عامين",
  "سنة",
  "سنوات",
  "سنتين",
  "ساعة",
  "ساعات",
  "ساعتين",
  "دقيقة",
  "دقائق",
  "أسبوع",
  "أسابيع",
  "أسبوعين",
  "دولار",
  "دولارا",
  "دولارات",
  "كيلومتر",
  "كيلومترا",
  "كيلومترات",
  "متر",
  "مترا",
  "أمتار",
  "طن",
  "طنا",
  "أطنان",
  "مقذوفات",
  "رصاصة",
  "قنبلة",
  "منصة",
  "منصات",
  "سيارتين",
  "سيارتان",
  "شاحنة",
  "شاحنات",
  "شاحنتين",
  "عبوتين",
  "طائرتين",
  "طائرتان",
  "مسيرتين",
  "غارتين",
  "ضربتين",
  "انفجار",
  "انفجارات",
  "انفجارين",
  "انفجاران",
  "تفجير",
  "تفجيرات",
  "تفجيرين",
  "تفجيران",
]);

/** Singular nouns for people, which after مقتل/إصابة count as one victim. */
export const PERSON_SINGULAR = keySet([
  "عنصر",
  "جندي",
  "شخص",
  "مدني",
  "مسلح",
  "مقاتل",
  "طفل",
  "طفلة",
  "امرأة",
  "رجل",
  "شرطي",
  "ضابط",
  "موظف",
  "متعاقد",
  "مواطن",
  "ناشط",
  "صحفي",
  "مسعف",
  "عسكري",
  "مسؤول",
  "قيادي",
  "قائد",
  "زعيم",
  "متظاهر",
  "محتج",
  "حارس",
  "سائق",
  "مزارع",
  "طالب",
  "شاب",
  "فتى",
  "فتاة",
  "مستشار",
  "مراسل",
  "مصور",
  "طبيب",
  "عامل",
  "منتسب",
  "فرد",
  "عضو",
  "جنرال",
  "عقيد",
  "رائد",
  "نقيب",
  "ملازم",
  "مهندس",
  "صياد",
  "فني",
  "مقاول",
  "مترجم",
  "ممرض",
  "ممرضة",
  "معلم",
  "معلمة",
  "تاجر",
  "راع",
  "لاجئ",
  "نازح",
  "مهاجر",
  "سجين",
  "أسير",
  "رهينة",
  "دبلوماسي",
  "حارسة",
  "موظفة",
  "طالبة",
  "صحفية",
  "ناشطة",
  "مسعفة",
  "طبيبة",
  "مواطنة",
  "مدنية",
  "سيدة",
  "مجند",
  "شيخ",
  "عجوز",
  "رضيع",
  "رضيعة",
  "مجندة",
  "جندية",
  "ضابطة",
  "شرطية",
  "متعاقدة",
  "مهندسة",
  "مترجمة",
  "مراسلة",
  "مصورة",
  "عاملة",
  "مستشارة",
  "لاجئة",
  "نازحة",
  "مهاجرة",
  "سجينة",
  "أسيرة",
  "مزارعة",
  "متظاهرة",
]);

/** Singular nouns that «أكثر من» / «نحو» etc. count as one: «منذ أكثر من عام». */
export const COUNTABLE_SINGULAR: ReadonlySet<string> = new Set([
  ...keySet(["عام", "سنة", "شهر", "أسبوع", "يوم", "ساعة", "دقيقة", "مرة", "عقد", "صاروخ", "قذيفة", "هجوم"]),
  ...PERSON_SINGULAR,
]);

/** Words before a casualty word that make it something other than a report of victims. */
export const TRIGGER_BLOCKERS = keySet([
  "محاولة",
  "محاولات",
  "محاولتي",
  "هدف",
  "بهدف",
  "هدفه",
  "تهديد",
  "هدد",
  "يهدد",
  "تهدد",
  "خطة",
  "مخطط",
  "يريد",
  "تريد",
  "يحاول",
  "تحاول",
  "حاول",
  "حاولت",
]);

/** Negations that, followed by a casualty noun, state that there were none. */
export const NEGATIONS = keySet(["لم", "لا", "دون", "بدون", "بلا", "عدم", "نفى", "نفت", "نفوا", "ينفي", "تنفي"]);

/** Words between a negation and a casualty noun that make it "not known" rather than "none". */
export const ZERO_BLOCKERS = keySet([
  // «دون تحديد الرقم الدقيق للضحايا»، «دون الكشف عن مدى الإصابات»: a disclosure withheld, not a zero.
  "تحديد",
  "الكشف",
  "كشف",
  "ذكر",
  "الإفصاح",
  "إفصاح",
  "توضيح",
  "مدى",
  "الرقم",
  "رقم",
  "عدد",
  "حجم",
  // «عدم القدرة على جمع أشلاء الضحايا»: what could not be done, not a zero.
  "القدرة",
  "قدرة",
  "إمكانية",
  "جمع",
  "انتشال",
  // «لم تستقر حصيلة ضحايا الانفجار عند رقم معين»: a toll not yet settled, not a zero.
  "حصيلة",
  "تستقر",
  "يستقر",
  "يتضح",
  "تتضح",
  "ترد",
  "يرد",
  "تتوفر",
  "يتوفر",
  "تعرف",
  "يعرف",
  "يعلم",
  "معلومات",
  "تقارير",
  "أنباء",
  "تعلن",
  "يعلن",
  "تذكر",
  "يذكر",
  "تكشف",
  "يكشف",
  "تحدد",
  "يحدد",
  "تؤكد",
  "يؤكد",
  "تزال",
  "يزال",
  "زالت",
  "زال",
  "تقل",
  "يقل",
  "تزيد",
  "يزيد",
  "ترتفع",
  "يرتفع",
  "يعتبر",
  "تعتبر",
  "يعد",
  "تعد",
]);

export const ZERO_INJURED_NOUNS = keySet(["إصابات", "إصابة", "جرحى", "مصابين", "جريح"]);
export const ZERO_KILLED_NOUNS = keySet(["قتلى", "وفيات", "قتيل"]);
export const ZERO_BOTH_NOUNS = keySet(["ضحايا"]);
/** خسائر counts as casualties only as «خسائر بشرية». */
export const LOSSES = keySet(["خسائر"]);
export const HUMAN = keySet(["بشرية"]);
/** «لم يصب أحد», «لم يقتل أحد»: nobody. */
export const NOBODY = keySet(["أحد", "أي", "أيا"]);
/** «خسائر بصفوف القوات»، «خسائر ضمن القوات»: losses among people, so casualties of any kind. */
export const AMONG_RANKS = keySet(["بصفوف", "صفوف", "ضمن", "بين", "لدى"]);
/** «27 ضحية و89 جريحاً»: victims counted beside the injured are the dead. */
export const VICTIM_NOUNS = keySet(["ضحية", "ضحايا"]);
/** «قتلوا بأيدي مجرمين اثنين»، «على يد ثلاثة مسلحين»: at the hands of — the killers follow, not victims. */
export const HANDS_OF = keySet(["أيدي", "بأيدي", "يد", "بيد"]);

/** «لم يصب بأذى»، «دون أن يصاب بأي أذى»: unharmed. */
export const HARM_WORDS = keySet(["بأذى", "أذى", "بسوء"]);
/** Passive verbs of wounding after a negation: «لم يصب»، «دون أن يصاب». */
export const HURT_VERBS = keySet(["يصب", "تصب", "يصاب", "تصاب", "يصابوا"]);
export const NOBODY_VERBS = keyMap<"killed" | "injured">([
  ["يصب", "injured"],
  ["تصب", "injured"],
  ["يجرح", "injured"],
  ["يقتل", "killed"],
  ["يمت", "killed"],
]);

/** «سياح اسبان»، «عمال أجانب»: plurals of nationality that are no nisba in form. */
export const GENTILE_PLURALS = keySet([
  "اسبان",
  "إسبان",
  "أجانب",
  "اجانب",
  "أكراد",
  "اكراد",
  "أتراك",
  "اتراك",
  "عرب",
  "أفغان",
  "افغان",
  "روس",
  "ألمان",
  "الألمان",
  "هنود",
  "بريطانيون",
]);

/** Prepositions written apart: no speaker phrase starts with one, no construct dual stands before one. */
export const PREPOSITIONS = keySet([
  "في",
  "على",
  "من",
  "إلى",
  "عن",
  "مع",
  "ضد",
  "خلال",
  "عبر",
  "منذ",
  "بعد",
  "قبل",
  "حول",
  "نحو",
  "لدى",
  "عند",
  "بين",
  "حتى",
]);
