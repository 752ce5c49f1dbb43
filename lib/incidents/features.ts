/**
 * Reads a claim's incident features from the article: the day of the happening, the places and
 * sites named, the weapon, who did it, who the victims are, and whether a toll is a raised total.
 * The claim's own sentence speaks first; what it leaves out comes from the article's lead (the
 * first paragraph names the incident in news reports), and the date last of all from the
 * publication date. Pure: the same text gives the same features.
 */
import { matchKey, normalizeArabic } from "../arabic/normalize";
import { ARABIC_MONTH_NAMES, findDates, type FoundDate, resolveDayMonth } from "../suggest/dates";
import { buildTextModel } from "../suggest/text-model";
import { GAZETTEER, placeByKey, placeLineage } from "./gazetteer";
import { placeName, topicTerms } from "./terms";
import type { TIncidentFeatures, TVictimCategory, TWeapon } from "./types";

type Range = { start: number; end: number };
/** A place the project knows beyond the base gazetteer (its PLACE entities). */
export type TExtraPlace = { key: string; names: readonly string[] };

type Pattern = { key: string; re: RegExp; all: RegExp };

/** Folded spelling → a pattern that finds it as a word, after an optional proclitic (و، ف، ب، ل، ك). */
function wordPattern(spelling: string, proclitics: string): RegExp | null {
  const folded = matchKey(spelling).trim();
  if (!folded) return null;
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:[${proclitics}]{0,2})${escaped}(?=$|[^\\p{L}\\p{N}])`, "u");
}

function patterns(entries: ReadonlyArray<{ key: string; names: readonly string[] }>, proclitics = "وفبلك"): Pattern[] {
  return entries.flatMap((e) =>
    e.names.flatMap((n) => {
      // «الرقة» folds to «رقه», which «فرقه» (a team) also gives after «ف»: a short name that had the
      // article is read only as a word of its own («في الرقة»).
      const short = /^ال/u.test(n.trim()) && matchKey(n).trim().length <= 4;
      const re = wordPattern(n, short ? "" : proclitics);
      return re ? [{ key: e.key, re, all: new RegExp(re.source, "gu") }] : [];
    }),
  );
}

const PLACE_ENTRIES = GAZETTEER.map((p) => ({ key: p.key, names: [...p.ar, p.en] }));
/**
 * A country after «ل» is an owner or an ally («الموالي لإيران»), not where something happened; for a
 * count's scope every place must be a location («في العراق»، «بسوريا»), not an owner («التابعة لإيران»).
 * The project's own places (PLACE entities) are read the same way as the base gazetteer's.
 */
function placePatterns(
  entries: ReadonlyArray<{ key: string; names: readonly string[] }>,
  locative: boolean,
): Pattern[] {
  const locationOnly = (e: { key: string }) => locative || placeByKey(e.key)?.level === "country";
  return [...patterns(entries.filter((e) => !locationOnly(e))), ...patterns(entries.filter(locationOnly), "وفب")];
}

const PLACE_PATTERNS = placePatterns(PLACE_ENTRIES, false);
const LOCATIVE_PLACE_PATTERNS = placePatterns(PLACE_ENTRIES, true);

/** Weapons by the words that name them, in folded spelling (matchKey). Order matters: ballistic before rocket. */
const WEAPON_WORDS: ReadonlyArray<[TWeapon, RegExp]> = [
  ["mortar", /هاون|مورتر|مدفعيه\s+هاون/u],
  // matchKey reads «بالستية» as «ب» + «ال» + «ستية»: the folded spellings are matched too.
  ["missile", /(?:صواريخ|صاروخ\S*)\s+(?:باليستي|بالستي|يستي|ستي|كروز)|صواريخ\s+ارض\s*-?\s*ارض/u],
  // («لمسيرة مناهضة للحكومة»، «في مسيرة سلمية»: a march, not a drone.)
  [
    "drone",
    /(?<!(?:^|\s)ل)مسير(?:ه|ات)(?!\s+(?:سلميه|مناهضه|احتجاجيه|حاشده|جماهيريه|شعبيه|تضامنيه|مويده|معارضه|للسلام|من\s+اجل))|طاير(?:ه|ات)\s+(?:مسير|بدون|من دون|مفخخ)|درون/u,
  ],
  ["rocket", /صاروخ|صواريخ|صوارخ|كاتيوشا|قذايف\s+صاروخيه|قذيفه\s+صاروخيه|راجم/u],
  ["ied", /عبو(?:ه|ات)\s+(?:ناسف|لاصق)/u],
  ["airstrike", /غار(?:ه|ات)|ضرب(?:ه|ات)\s+جوي|قصف\s+جوي|ضربات\s+امريكيه|الضربات/u],
  ["gunfire", /اطلاق\s+(?:نار|رصاص)|رصاص/u],
];

/** «الموالية لإيران»، «المدعومة من إيران»: an ally or a backer named, not who acted. */
const AFFILIATION =
  /(?:مدعوم|مدعومه|موالي|مواليه|تابع|تابعه|مقرب|مقربه|حليف|حليفه|متحالف|متحالفه|مرتبط|مرتبطه)\s+(?:من\s+)?\S+/gu;

function actorsIn(folded: string): string[] {
  const text = folded.replace(AFFILIATION, " ");
  return uniq(ACTORS.filter((a) => a.re.test(text)).map((a) => a.key));
}

/** Who did it, claimed it or was hit, by the names reports use («لحزب الله»: its bases; allies are left out above). */
const ACTORS = patterns(
  [
    { key: "kataib-hezbollah", names: ["كتائب حزب الله", "حزب الله العراقي", "كتائب حزب الله العراقية"] },
    { key: "nujaba", names: ["حركة النجباء", "النجباء"] },
    { key: "awliya-al-dam", names: ["سرايا أولياء الدم", "أولياء الدم"] },
    { key: "islamic-resistance-iraq", names: ["المقاومة الإسلامية في العراق"] },
    { key: "pmf", names: ["الحشد الشعبي"] },
    { key: "iran", names: ["إيران", "الحرس الثوري", "طهران", "الإيراني", "الإيرانية"] },
    { key: "isis", names: ["داعش", "تنظيم الدولة"] },
    { key: "us", names: ["الولايات المتحدة", "واشنطن", "القوات الأمريكية", "الجيش الأمريكي", "الأمريكية", "الأمريكي"] },
  ],
  "وفبل",
);

const VICTIMS: ReadonlyArray<[TVictimCategory, RegExp]> = [
  ["civilian", /مدني|مواطن|اطفال|طفل|نساء|امراه|متظاهر|محتج|سكان|عمال/u],
  [
    "militant",
    /مسلح|مقاتل|ارهابي|دواعش|مليشي|ميليشي|فصايل|الحشد|حشد|كتايب|طالبان|^\s*(?:عنصر|عناصر)\s*$|(?:عنصر(?:ا|ين)?|عناصر)(?!\s*(?:من\s+)?(?:امن|شرطه|الامن|الشرطه|الجيش|جيش|قوات|القوات))/u,
  ],
  ["military", /جندي|جنود|عسكري|قوات|امن|شرطه|جيش|افراد\s+(?:ال)?خدمه|موظف|متعاقد|ضابط|مستشار|بحار|طيار/u],
];

/** «عدد القتلى المدنيين»، «حصيلة القتلى العسكريين الأميركيين»: who a total counts, after its casualty noun. */
/** Not «عدد ضحايا الاعتداء الإرهابي»: an attack after the casualty noun is what befell them, its adjective not theirs. */
const TOTAL_OF_VICTIMS =
  /(?:عدد|حصيله|اعداد)\s+(?:ال)?(?:قتلي|ضحايا|جرحي|مصابين|اصابات)\s+(?!(?:ال)?(?:اعتداء|هجوم|هجمات|تفجير|انفجار|عمليه|قصف|غاره|حادث|اقتحام|استهداف|ضربه|مجزره|اشتباك|مواجه)(?:ين|ات)?(?:\s|$))(\S+(?:\s+\S+)?)/gu;

/** «وكان … أعلن في البداية»، «في وقت سابق»: the figure is an earlier one the report goes on to revise. */
/** («حين كان ناشطون يستعدون …»، «حشداً كان يحضر عزاء»: a circumstance of the happening, not what had been said before.) */
const EARLIER =
  /(?:^|(?<!(?:حين|عندما|بينما|حيث|لما|اذ))\s)(?:و|ف)?كان(?:ت)?\s(?!ي\S{2,})|في\s+(?:ال)?بدايه|في\s+وقت\s+سابق|سابقا|(?:^|\s)(?:اولي|الاولي)(?:\s|$)|بعدما\s+كان|قبل\s+ان\s+(?:يرتفع|ترتفع)|بعد\s+(?:ال)?اعلان\s+عن/u;
/**
 * «… إلى 29 قتيلاً، بعد أن أكدت الوكالة، نقلاً عن مصدر، مقتل 24 شخصاً»: what had been said before the
 * sentence's news, right before the figure (no other number between).
 */
const EARLIER_BEFORE =
  /(?:^|\s)(?:بعد\s+ان|بعدما)\s+(?:كان|كانت|اكد|اكدت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|قال|قالت|نقل|نقلت)\s[^\d\u0660-\u0669]{0,80}$/u;
/** «11 حالة إصابة الأسبوع الماضي»: right after the figure, it dates the figure before the report. */
const EARLIER_AFTER = /^[^.،]{0,12}(?:ال)?(?:اسبوع|شهر)\s+(?:ال)?(?:ماضي|منصرم|فايت)/u;
/** «بزيادة 45»، «14 إصابة جديدة»: the figure is a change, not a total. */
const DELTA = /(?:^|\s)(?:ب?زياده|زاد|زادت|جديده|جديد|جدد|اضافيه|اضافي|اضافيين)(?=\s|$|[.،])/u;
/** «حصيلة جديدة»، «أرقام جديدة»: a new total, not new victims. */
const NEW_TOTAL = /(?:حصيله|احصاييه|ارقام|بيان|تقرير|تحديث)\s+(?:ال)?جديد\S*/gu;
/** «ارتفع عدد …»، «بلغ»، «حصيلة جديدة»، «ولاحقاً أفادت …»: a toll raised, or told later than the ones before it. */
const RAISED =
  /(?:ارتفع|ارتفاع|ارتفعت|يرتفع|ترتفع|ليرتفع|لترتفع|بلغ|بلغت|يبلغ|ليبلغ|لتبلغ|ليصل|لتصل|وصل|قفز|قفزت|تخطي|تخطت|تجاوز|تجاوزت|حصيله\s+(?:ال)?جديده|حصيله\s+الي|(?:^|\s)و?لاحقا(?:\s|$)|في\s+وقت\s+لاحق)/u;
/** «آخر حصيلة»، «أحدث حصيلة»: a lead that announces the latest toll makes the report's tolls raised totals. */
const LATEST_LEAD =
  /(?:اخر|احدث)\s+(?:حصيله|ارقام|احصاييه)|(?:ال)?حصيله\s+(?:ال)?(?:نهاييه|محدثه)|^[^.]{0,20}(?:ارتفعت|ارتفع|ارتفاع)\s+(?:حصيله|عدد|اعداد)\s/u;
/**
 * The words of a claim's sentence up to its end, from past the last number before it: «أفادت الوكالة بأن
 * "عدد الجرحى وصل إلى 20"، وأضافت أن أربعة من المسلحين لقوا مصرعهم» — the rise is the 20's, not the four's.
 */
function ownBefore(text: string, from: number, claim: Range): string {
  const head = text.slice(from, claim.start);
  const lastNumber = Math.max(head.search(/[\d\u0660-\u0669][^\d\u0660-\u0669]*$/u), -1);
  return matchKey(text.slice(lastNumber >= 0 ? from + lastNumber + 1 : from, claim.end));
}

/** «قتل 20 شخصاً، وفق حصيلة جديدة أوردها المرصد»: the sentence calls the figure after it a new toll. */
const NEW_TOLL_AFTER = /^[^.]{0,80}?(?:حصيله\s+(?:ال)?(?:جديده|محدثه)|(?:اخر|احدث)\s+حصيله)/u;
/** «في حصيلة أولية»، «حصيلة غير نهائية»، «حتى الآن»، «مرشح للارتفاع»: a toll said to be open. */
const PROVISIONAL =
  /(?:حصيله|محصله|ارقام|احصاييه)\s+(?:ال)?(?:اوليه|غير\s+نهاييه)|(?:ال)?(?:حصيله|محصله)\s+(?:ال)?اوليه|حتي\s+(?:الان|اللحظه|الساعه)|مرشح\S*\s+للارتفاع|قابل\S*\s+للارتفاع/u;
/** How far after a toll its «حسب الحصيلة الأولية» may come (a run-on sentence tells several tolls). */
const PROVISIONAL_REACH = 150;
const EMBASSY = /سفاره/u;
const CONVOY = /رتل|قافله|ارتال/u;

/** What the article says once, read once: its dates and its lead's features. */
export type TArticleContext = {
  text: string;
  publishedAt: string | null;
  dates: FoundDate[];
  lead: Range;
  leadFeatures: Pick<TIncidentFeatures, "date" | "dateSource" | "places" | "targets" | "weapons" | "perpetrators">;
  extraPlaces: { any: Pattern[]; locative: Pattern[] };
  /** Attacks the article names by another day than its own incident's («هجوم 15 شباط»): other incidents. */
  named: Range[];
  /** Features of whole sentences already read (claims share sentences). */
  sentences: Map<string, ReturnType<typeof baseFeatures>>;
  /** The report's heaviest words (./terms.ts). */
  leadTerms: string[];
  /** The place the report names that the gazetteer does not know, as it spells it (./terms.ts placeName). */
  placeName: string | null;
  /** Sites named by words any city's could be, which this report places elsewhere (elsewhereSites). */
  elsewhereSites: ReadonlySet<string>;
};

const SENTENCE_END = /[.!؟?\n]/u;
const DIGIT = /[0-9٠-٩]/u;

const LETTER = /\p{L}/u;

/**
 * Whether the character at `i` ends a sentence: not the point inside a number («13.00»، «2.5»), nor the
 * point after a lone letter of an abbreviation («(د. ب. أ)»، «أ.ف.ب»).
 */
function endsSentence(text: string, i: number): boolean {
  const c = text[i] ?? "";
  if (!SENTENCE_END.test(c)) return false;
  if (c !== ".") return true;
  if (DIGIT.test(text[i - 1] ?? "") && DIGIT.test(text[i + 1] ?? "")) return false;
  return !(LETTER.test(text[i - 1] ?? "") && !LETTER.test(text[i - 2] ?? "") && i >= 2);
}

/** The sentence around a range: from after the previous full stop or line break to the next one. */
export function sentenceAround(text: string, r: Range): Range {
  let start = r.start;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = r.end;
  while (end < text.length && !endsSentence(text, end)) end++;
  return { start, end };
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** «غرب بغداد»: a place named only to give a direction from it is not where the incident is (a country still is). */
const DIRECTION = /(?:غرب|غربي|شرق|شرقي|شمال|شمالي|جنوب|جنوبي)\s*$/u;
const TOWARDS = /(?:جهه|اتجاه|باتجاه|صوب)\s*$/u;
/** «سروج المتاخمة لمدينة كوباني»: a place named to say what another borders on. */
const BESIDE = /(?:^|\s)(?:ال)?(?:متاخم|محاذي|مجاور)(?:ه|ين|ات)?\s+(?:ل|لل)?(?:مدينه|بلده|منطقه|محافظه)?\s*$/u;

/** What follows a place's name when the same letters are something else (folded). */
const FALSE_FRIENDS: Readonly<Record<string, RegExp>> = {
  wasit: /^ديفوار/u,
  // («قائم مقام القضاء»: the district's administrator.)
  qaim: /^(?:باعمال|بالاعمال|علي|عليه|عليها|مقام)(?:\s|$)/u,
  // («قوات سوريا الديمقراطية»: a force's name.)
  syria: /^ديمقراطيه/u,
};

function placeMatches(p: Pattern, folded: string): boolean {
  if (!p.re.test(folded)) return false;
  for (const m of folded.matchAll(p.all)) {
    const country = placeByKey(p.key)?.level === "country";
    const at = m.index ?? 0;
    // «مدينة الباب شرقي حلب»: a name ending in a direction («الباب الشرقي») read across «east of Aleppo».
    const after = folded
      .slice(at + m[0].length, at + m[0].length + 30)
      .split(/\s+/u)
      .slice(0, 2)
      .join(" ");
    if (DIRECTION.test(m[0]) && PLACE_PATTERNS.some((q) => q.re.test(after))) continue;
    // «الكوت ديفوار» (Côte d'Ivoire), «القائم بأعمال السفارة» (the chargé d'affaires): words, not the place.
    if (FALSE_FRIENDS[p.key]?.test(after.trimStart())) continue;
    // «عند المدخل الشمالي للحلة من جهة بغداد»: the way towards a place, not where it happened.
    if (!country && TOWARDS.test(folded.slice(Math.max(0, at - 12), at + 1))) continue;
    if (!country && BESIDE.test(folded.slice(Math.max(0, at - 30), at))) continue;
    if (country || !DIRECTION.test(folded.slice(Math.max(0, at - 12), at + 1))) return true;
  }
  return false;
}

/**
 * «مدينة إدلب»، «بريف حلب»، «قرية الزيتون»: a place the gazetteer does not know, named after a word
 * that says it is a town, a village, a camp or a district. Its key is its folded spelling, so the
 * same name in two reports is the same place; it has no parent, so it overlaps only itself. A hashtag's
 * mark before the name («مدينة #لاهور») is passed over.
 */
/** Words that begin a place's name and say nothing of which place it is («عين»، «تل»، «ابو»), folded. */
export const PLACE_NAME_HEADS = [
  "ابو",
  "ابي",
  "ام",
  "بني",
  "بيت",
  "دير",
  "تل",
  "عين",
  "كفر",
  "جبل",
  "وادي",
  "راس",
  "بير",
  "بئر",
  "خان",
  "مزرعه",
  "معره",
  // «الشيخ زويد»، «سيدي بوزيد»
  "شيخ",
  "سيدي",
] as const;
const PLACE_NOUN = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])[وفبل]{0,2}(?:مدينه|بلده|بلدات|قريه|قري|مخيم|ريف|محافظه|قضاء|ناحيه|حي|مدن|قاعده|معسكر|مطار)\\s+["“”«»'#]?((?:${PLACE_NAME_HEADS.join("|")})\\s+\\p{L}{2,}|\\p{L}{3,})`,
  "gu",
);
/**
 * Words after a place noun that describe it rather than name it, point from it, or are another place noun;
 * verbs and function words that follow a place noun told without its name («مدينة جاء فيها …»، «مخيم يحتجزون
 * فيه …»، «المدن القريبة»); and verbs by their shape (a plural present «يحتجزون», a plural past «وفتحوا»).
 */
const NOT_A_NAME =
  /^[وفبل]?(?:ال)?(?:جيش|قوات|شرطه|تحالف|حرس|امن|عسكري|عسكريه|جوي|جويه|دولي|دوليه|امريكي|امريكيه|اميركي|اميركيه|للتحالف|تابعه|واحده|صغيره|كبيره|قديمه|مجاوره|نفسها|ذاتها|سكني|سكنيه|حدوديه|جديده|اخري|عده|بعض|كل|التي|الذي|علي|الي|بين|منذ|قرب|مساء|صباح|ظهر|فجر|ليل|ليله|اليوم|يوم|امس|مدينه|بلده|قريه|مخيم|ريف|محافظه|قضاء|ناحيه|حي|(?:شرق|غرب|شمال|جنوب)\S*|واقعه|قريبه|خاضعه|عند|تدريب|دبلوماسي|جاء|تابع|بما|مما|استهدف|قتلت|شهدت|لتعلن|وهو|خلت|سيطر|قوله|ذاته|نفسه|طلب|خلال|هجمات|هجوم|باتت|مقر|بلدات|مسووليتها|مسوولون|مسوولين|استقبال|عاصمه|تستضيف|لدي|حتي|قنابل|احتلال|فيلق|كبري|جمهوريه|اناضول|ارهابي|ارهابيه|حيث|مصدر|اوقع|زعم|وسط|مستهدف|مستهدفه|اكبر|اصغر|وضع|سوري|سوريه|عراقي|عراقيه|يمني|يمنيه|تركي|تركيه|ليبي|ليبيه|افغاني|افغانيه|باكستاني|باكستانيه|لبناني|لبنانيه|مصري|مصريه)$/u;
const VERB_SHAPED = /^[وف]?(?:[يت]\p{L}{3,}ون|\p{L}{3,}وا)$/u;

export function namedPlaces(folded: string, known: readonly Pattern[] = PLACE_PATTERNS): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(PLACE_NOUN)) {
    const word = m[1]!;
    if (NOT_A_NAME.test(word) || VERB_SHAPED.test(word)) continue;
    // (A known name of two words, «مدينة غازي عنتاب», starts at the word.)
    const at = (m.index ?? 0) + m[0].lastIndexOf(word);
    const from = folded.slice(at, at + 40);
    if (known.some((p) => p.re.test(word) || (p.re.exec(from)?.index ?? Infinity) <= 1)) continue;
    out.push(word);
  }
  return uniq(out);
}

/** Sites the gazetteer knows by words that any city's could be («السفارة الأمريكية»). */
const GENERIC_SITES: ReadonlySet<string> = new Set(["us-embassy-baghdad"]);

/**
 * «الهجوم على السفارة الأمريكية في صنعاء»: the sites named by words any city's could be, in a report that
 * names known places outside them and none of the places they are in — not the gazetteer's site.
 */
function elsewhereSites(text: string, extra: readonly Pattern[]): Set<string> {
  const all = findPlaces(matchKey(text), extra);
  const off = new Set<string>();
  for (const site of all.filter((k) => GENERIC_SITES.has(k))) {
    const around = placeLineage(site).slice(1);
    const known = all.filter((q) => q !== site && placeByKey(q) && placeByKey(q)?.level !== "site");
    if (known.length > 0 && !known.some((q) => around.includes(q))) off.add(site);
  }
  return off;
}

/** The keys of the base gazetteer's places a text names, as words (not inside other words: «هرات» in «مظاهرات»). */
export function gazetteerPlacesIn(text: string): string[] {
  const folded = matchKey(text);
  return uniq(PLACE_PATTERNS.filter((p) => p.re.test(folded)).map((p) => p.key));
}

function findPlaces(folded: string, extra: readonly Pattern[], base: readonly Pattern[] = PLACE_PATTERNS): string[] {
  const found = uniq([
    ...[...base, ...extra].filter((p) => placeMatches(p, folded)).map((p) => p.key),
    ...namedPlaces(folded, [...base, ...extra]),
  ]);
  // Most specific first; a place that only contains another named place adds nothing.
  const level = (k: string) => ["site", "city", "province", "country"].indexOf(placeByKey(k)?.level ?? "city");
  return found.sort((a, b) => level(a) - level(b));
}

/** The kinds of weapon a folded passage names («صواريخ كاتيوشا» → rocket). */
export function findWeapons(folded: string): TWeapon[] {
  return uniq(WEAPON_WORDS.filter(([, re]) => re.test(folded)).map(([w]) => w)).filter(
    (w, _, all) => !(w === "rocket" && all.includes("missile") && !/كاتيوشا/u.test(folded)),
  );
}

function targetsOf(folded: string, places: readonly string[]): string[] {
  const sites = places.filter((k) => placeByKey(k)?.level === "site");
  return uniq([...sites, ...(EMBASSY.test(folded) ? ["embassy"] : []), ...(CONVOY.test(folded) ? ["convoy"] : [])]);
}

/**
 * «أعلن البنتاغون، الثلاثاء، أن…», «وجاء تصريح هوفمان اليوم»: a date whose nearest cue before it
 * in its sentence is an announcement dates the report, not the happening («سقطت صواريخ … اليوم»،
 * «تعرضت القاعدة لقصف أمس»). Such a date says nothing of when the incident took place.
 */
const REPORT_CUE =
  /(?:^|\s)(?:و|ف)?(?:اعلن|اعلنت|قال|قالت|تحدث|تحدثت|اكد|اكدت|كشف|كشفت|افاد|افادت|اقر|اقرت|ذكر|ذكرت|اوضح|اوضحت|صرح|صرحت|نقل|نقلت|اشار|اشارت|اضاف|اضافت|تصريح|تصريحات|كلمه|خطاب|بيان|مؤتمر|موتمر|اعلان|الاعلان|اعلانها|اعلانه|اعلنها|اعلنه|اعلنتها|اعلنته)(?=\s|$)/gu;
const HAPPENING_CUE =
  /(?:^|\s)(?:و|ف|ب|ل)?(?:تعرض|تعرضت|استهدف|استهدفت|استهداف|سقط|سقطت|سقوط|قصف|قصفت|هجوم|هجمات|هاجم|هاجمت|اطلق|اطلقت|اطلاق|وقع|وقعت|انفجار|انفجر|انفجرت|ضرب|ضربت|ضربه|ضربات|شن|شنت|غاره|غارات|قتل|قتلت|مقتل|اصيب|اصابه|القي|القت|اسقط|اسقطت|هز|هزت|دوي)(?=\s|$)/gu;
/**
 * «ارتفعت حصيلة ضحايا انفجار المرفأ، اليوم الثلاثاء»: a date after a toll's rise dates the new toll, not the
 * happening — unless a verb of the happening comes between them («ارتفع عدد قتلى الهجوم الذي وقع أمس»).
 */
const RAISE_CUE = /(?:^|\s)(?:و|ف)?(?:ارتفع|ارتفعت|ارتفاع|يرتفع|ترتفع|بلغ|بلغت|حصيله)(?=\s|$)/gu;
const HAPPENING_VERB =
  /(?:^|\s)(?:و|ف)?(?:تعرض|تعرضت|استهدف|استهدفت|سقط|سقطت|قصفت|هاجم|هاجمت|اطلق|اطلقت|وقع|وقعت|انفجر|انفجرت|ضرب|ضربت|شن|شنت|القي|القت|اسقط|اسقطت|هز|هزت)(?=\s|$)/gu;

const RISE_RIGHT_BEFORE =
  /(?:^|\s)(?:و|ف)?(?:ارتفع|ارتفعت|ارتفاع|يرتفع|ترتفع|بلغ|بلغت)(?:\s+(?:صباح|مساء|ظهر|فجر|ليل|ليله|عصر))?\s*$/u;

function lastCue(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index ?? at;
  return at;
}

function isReportDate(ctx: TArticleContext, d: Range): boolean {
  const sentence = sentenceAround(ctx.text, d);
  const before = matchKey(ctx.text.slice(sentence.start, d.start));
  // «حتى اليوم»: up to now, not a day something happened; «اعتباراً من الاثنين»: from when a measure runs (mourning).
  if (/حتي\s*$/u.test(before) || /(?:اعتبارا|ابتداء|بدءا)\s+من\s*$/u.test(before)) return true;
  // Only a day set off by a comma («ارتفعت حصيلة ضحايا الانفجار، اليوم الثلاثاء،») dates the rise; one that
  // follows the happening's words («حصيلة الهجوم على القاعدة مساء الأربعاء») still dates the happening.
  const raise = lastCue(RAISE_CUE, before);
  const setOff = /[،,]\s*$/u.test(ctx.text.slice(sentence.start, d.start));
  // «ارتفع صباح اليوم السبت إلى 54»: a day right after the verb of rising dates the rise as well.
  const afterRise = RISE_RIGHT_BEFORE.test(before);
  if (raise >= 0 && lastCue(HAPPENING_VERB, before) < raise && (setOff || afterRise)) return true;
  const report = lastCue(REPORT_CUE, before);
  const happening = lastCue(HAPPENING_CUE, before);
  if (report >= 0 || happening >= 0) return report > happening;
  // «وفي 31 كانون الثاني، أكدت الوزارة…»: a date that opens its sentence dates the verb right after it.
  const after = matchKey(ctx.text.slice(d.end, Math.min(sentence.end, d.end + 30)));
  const next = after.search(REPORT_CUE);
  return next >= 0 && next < 12 && (after.search(HAPPENING_CUE) < 0 || after.search(HAPPENING_CUE) > next);
}

function shiftDays(day: string, n: number): string | null {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** «أول أمس»، «أول من أمس»: the day before yesterday, where the date reader sees only «أمس». */
const BEFORE_YESTERDAY = /(?:^|\s)(?:و|ف)?اول\s+(?:من\s+)?$/u;
/**
 * Days before the report said in words the date reader leaves out: «الليلة الماضية»، «ليلة أمس» (the night
 * before), «قبل يومين»، «منذ ثلاثة أيام» (n days before). A weekday or an explicit day in the sentence wins.
 */
const DAYS_AGO =
  /(?:^|\s)(?:(?:ال)?ليله\s+(?:ال)?(?:ماضيه|فايته|البارحه)|(?:قبل|منذ)\s+(?:نحو\s+)?(?:(\S+)\s+)?(يومين|ايام|يوم))(?=\s|$|[.،])/u;

function daysAgo(ctx: TArticleContext, own: string): { date: string; source: "relative" } | null {
  if (!ctx.publishedAt) return null;
  const folded = matchKey(own);
  const m = DAYS_AGO.exec(folded);
  // «قال قبل يومين إن…»: the day of a statement, not of the happening.
  if (!m || datesReport(folded, m.index, m.index + m[0].length)) return null;
  const unit = m[2];
  const count = m[1] && /^\d+$/u.test(m[1]) ? Number(m[1]) : COUNT_WORDS[m[1] ?? ""];
  const n = unit === undefined || unit === "يوم" ? 1 : unit === "يومين" ? 2 : count;
  // «قبل أيام»: some days, not a day.
  if (n === undefined || n > 10) return null;
  const date = shiftDays(ctx.publishedAt, -n);
  return date ? { date, source: "relative" } : null;
}

/**
 * Whether words at [start, end) of a folded sentence date a report rather than the happening: the nearest cue
 * before them is an announcement, or they open the sentence and an announcement follows («وفي 31 منه، أكدت»).
 */
function datesReport(folded: string, start: number, end: number): boolean {
  const before = folded.slice(0, start);
  const report = lastCue(REPORT_CUE, before);
  const happening = lastCue(HAPPENING_CUE, before);
  if (report >= 0 || happening >= 0) return report > happening;
  const after = folded.slice(end, end + 30);
  const next = after.search(REPORT_CUE);
  return next >= 0 && next < 12 && (after.search(HAPPENING_CUE) < 0 || after.search(HAPPENING_CUE) > next);
}

/** «بتاريخ 11/3/2020»، «في 2020-03-11»: a day written in digits, day before month as Arabic reports write it. */
const NUMERIC_DATE =
  /(?<![\d/.-])(?:(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)|((?:19|20)\d\d)[/.-](\d{1,2})[/.-](\d{1,2}))(?![\d/.-])/u;

function numericDate(ctx: TArticleContext, own: string): { date: string; source: "explicit" } | null {
  const digits = own.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660));
  const m = NUMERIC_DATE.exec(digits);
  if (!m) return null;
  const folded = matchKey(digits);
  const at = matchKey(digits.slice(0, m.index)).length;
  if (datesReport(folded, at, at + m[0].length)) return null;
  const [y, mo, d] = m[3] ? [m[3], m[2]!, m[1]!] : [m[4]!, m[5]!, m[6]!];
  const date = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const t = Date.parse(`${date}T00:00:00Z`);
  // Not a day (13/25/2020), or a day after the report: not the day of what it tells.
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) return null;
  if (ctx.publishedAt && date > (shiftDays(ctx.publishedAt, 1) ?? date)) return null;
  return { date, source: "explicit" };
}

const ORDINAL_DAYS: Record<string, number> = {
  اول: 1,
  حادي: 1,
  ثاني: 2,
  ثالث: 3,
  رابع: 4,
  خامس: 5,
  سادس: 6,
  سابع: 7,
  ثامن: 8,
  تاسع: 9,
  عاشر: 10,
};
const MONTH_BY_KEY = new Map(ARABIC_MONTH_NAMES.map(([n, m]) => [matchKey(n), m]));
const MONTH_ALTERNATIVES = [...MONTH_BY_KEY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, "\\s+"))
  .join("|");
/**
 * «في الحادي عشر من آذار»، «في الثامن من الشهر الماضي»، «في 8 الشهر الجاري»: a day by its ordinal or its
 * number, in a month named or counted from the report's. (matchKey folds «والعشرين» to «عشرين».)
 */
const WORD_DATE = new RegExp(
  `(?:^|\\s)(?:ال)?ـ?(?:(\\d{1,2})|(اول|حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:\\s+(عشر)|\\s+(?:و(?:ال)?)?(عشرين|ثلاثين))?|(عشرين|ثلاثين))\\s+(?:من\\s+)?(?:(?:ال)?شهر\\s+)?(?:(${MONTH_ALTERNATIVES})|(?:ال)?شهر\\s+(?:ال)?(ماضي|منصرم|فايت|سابق|جاري|حالي))(?=\\s|$|[.،/])`,
  "u",
);

function wordDate(ctx: TArticleContext, own: string): { date: string; source: "explicit" } | null {
  if (!ctx.publishedAt) return null;
  const folded = matchKey(own);
  const m = WORD_DATE.exec(folded);
  if (!m || datesReport(folded, m.index, m.index + m[0].length)) return null;
  const tens = m[3] ? 10 : m[4] === "عشرين" ? 20 : m[4] === "ثلاثين" ? 30 : 0;
  const day = m[1] ? Number(m[1]) : m[5] ? (m[5] === "عشرين" ? 20 : 30) : (ORDINAL_DAYS[m[2] ?? ""] ?? 0) + tens;
  if (day < 1 || day > 31) return null;
  if (m[6]) {
    const month = MONTH_BY_KEY.get(m[6].replace(/\s+/gu, " "));
    const date = month ? resolveDayMonth(ctx.publishedAt, month, day) : null;
    return date ? { date, source: "explicit" } : null;
  }
  const published = new Date(`${ctx.publishedAt}T00:00:00Z`);
  const back = /^(?:جاري|حالي)$/u.test(m[7] ?? "") ? 0 : 1;
  const first = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - back, 1));
  const date = `${first.toISOString().slice(0, 8)}${String(day).padStart(2, "0")}`;
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date || date > ctx.publishedAt) return null;
  return { date, source: "explicit" };
}

function dateIn(
  ctx: TArticleContext,
  r: Range,
  own: string,
): { date: string; source: "explicit" | "relative" | "recent" } | null {
  const blanked = (d: Range) => own.slice(d.start - r.start, d.end - r.start).trim() === "";
  const inside = ctx.dates.filter((d) => d.start >= r.start && d.end <= r.end && !blanked(d) && !isReportDate(ctx, d));
  // «في أعنف تفجيرات منذ … اغتيال الحريري في 14 فبراير 2005 هز تفجيران مساء أمس»: the day a comparison
  // reaches back to is not this happening's, when the sentence gives another.
  const since = (d: Range) => {
    const from = Math.max(r.start, d.start - 100);
    const at = ctx.text.slice(from, d.start).lastIndexOf("منذ");
    // The first date after «منذ» is the one it reaches back to.
    return at >= 0 && !inside.some((y) => y.start >= from + at && y.start < d.start);
  };
  // «حددت تونس اليوم هويات 38 قتيلاً سقطوا في هجوم الجمعة»: the day told right after the happening's
  // words, not a day of what was done since.
  const afterHappening = (x: Range) => {
    const previous = inside.filter((y) => y.end <= x.start).at(-1);
    return lastCue(HAPPENING_CUE, matchKey(ctx.text.slice(previous?.end ?? r.start, x.start))) >= 0;
  };
  const d = inside.find((x) => !since(x) && afterHappening(x)) ?? inside.find((x) => !since(x)) ?? inside[0];
  if (!d) {
    // What the date reader found and set aside (a report's own date) is not read again by the rules below.
    let rest = own;
    for (const x of ctx.dates)
      if (x.start >= r.start && x.end <= r.end)
        rest = rest.slice(0, x.start - r.start) + " ".repeat(x.end - x.start) + rest.slice(x.end - r.start);
    return numericDate(ctx, rest) ?? wordDate(ctx, rest) ?? daysAgo(ctx, rest);
  }
  const dayBefore =
    d.kind !== "explicit" && BEFORE_YESTERDAY.test(matchKey(ctx.text.slice(Math.max(r.start, d.start - 12), d.start)));
  const date = dayBefore ? shiftDays(d.date, -1) : d.date;
  return date ? { date, source: d.kind === "explicit" ? "explicit" : "relative" } : null;
}

/**
 * Words that tell of another incident than the sentence's own, to the end of the sentence:
 * «رداً على مقتل سليماني بغارة في بغداد الجمعة»، «بعد يومين من مقتل أمريكي في هجوم على قاعدة في كركوك»،
 * «يأتي بعد ثلاثة أشهر فقط من هجوم …»، and after a ranking of the attack («الاعتداء الثاني دموية هذه السنة، بعد
 * مقتل 75 في لاهور»، «ثاني أكبر هجوم خلال أسبوع، وكان هجوم على فندق قد أسفر عن …») the one it is ranked against.
 * What they name (places, days, weapons, actors) is not this incident's.
 */
const OTHER_INCIDENT =
  /(?<=^|\P{L}|\P{L}[وف])(?:ردّ?[اًٌ]*|انتقام[اًٌ]*|ثأر[اًٌ]*)\s+(?:على|لـ|ل)[^.؛\n]*|(?<=^|\P{L}|\P{L}[وف])(?:بعد|عقب|إثر|اثر)\s+(?:نحو\s+)?(?:(?:أقل|اقل|أكثر|اكثر)\s+من\s+)?(?:\S+\s+)?(?:يوم|يومين|أيام|ايام|ساعات|ساعة|أسبوع|أسبوعين|اسبوع|شهر|أشهر)\s+(?:فقط\s+|تقريباً?\s+)?(?:من|على)\s[^.؛\n]*|(?<=^|\P{L}|\P{L}[وف])(?:بعد|عقب|إثر|اثر)\s+[0-9٠-٩]+\s+\S+\s+(?:فقط\s+|تقريباً?\s+)?(?:من|على)\s[^.؛\n]*|(?<=(?:الثاني|الثانية|ثاني|الثالث|الثالثة|ثالث)\s[^.؛\n]{0,80}?)(?:بعد|وكان)\s[^.؛\n]*|(?:وقع|وقعت|حدث|جرى)?\s*قبل\s+(?:نحو\s+)?(?:\S+\s+)?(?:سنوات|سنة|سنتين|أعوام|اعوام|عام|عامين|أشهر|اشهر|شهور|شهرين)(?:\s|[.،])[^.؛\n]*|(?<=^|\P{L}|\P{L}[وفب])(?:هجوم|هجومين|هجمات|اعتداء|اعتداءين|اعتداءات|تفجير|تفجيرين|تفجيرات)\s+(?:\S+\s+){0,2}?(?:العام|السنة)\s+(?:الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة)(?=\s|[.،]|$)[^.؛\n]*/gu;
/** «هجومين وقعا العام الماضي»: an incident of the year before the report's. */
const LAST_YEAR = /(?:^|\s)(?:ال)?(?:عام|سنه)\s+(?:ال)?(?:ماضي|ماضيه|منصرم|منصرمه|فايت|فايته)(?:\s|[.،]|$)/u;

function lastYear(text: string, publishedAt: string | null): string | null {
  if (!publishedAt || !LAST_YEAR.test(matchKey(text))) return null;
  const t = Date.parse(`${publishedAt}T00:00:00Z`) - 365 * 86_400_000;
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** «قبل ثلاث سنوات»، «قبل عامين»: how long before the report an incident recalled in passing took place. */
const LONG_AGO = /قبل\s+(?:نحو\s+)?(?:(\S+)\s+)?(سنوات|سنه|سنتين|اعوام|عام|عامين|اشهر|شهور|شهرين)(?:\s|[.،]|$)/u;
const COUNT_WORDS: Record<string, number> = {
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
  بضع: 3,
  بضعه: 3,
  عده: 3,
};

/** «بعد يومين من مقتل أمريكي»، «عقب ثلاثة أيام على الهجوم»: how many days before the sentence's own happening. */
const DAYS_AFTER =
  /(?:بعد|عقب|اثر)\s+(?:نحو\s+)?(?:(\S+)\s+)?(يوم|يومين|ايام|اسبوع|اسبوعين|ساعات|ساعه)\s+(?:من|علي)(?:\s|$)/u;

/** The day of an incident recalled «بعد يومين من…» in a sentence about a happening on `day`; null when no span is given. */
function daysBefore(text: string, day: string | null): string | null {
  const m = DAYS_AFTER.exec(matchKey(text));
  if (!m || !day) return null;
  const unit = m[2]!;
  const count = m[1] && /^\d+$/u.test(m[1]) ? Number(m[1]) : COUNT_WORDS[m[1] ?? ""];
  const n =
    unit === "يومين"
      ? 2
      : unit === "يوم"
        ? 1
        : unit === "اسبوع"
          ? 7
          : unit === "اسبوعين"
            ? 14
            : unit === "ساعات" || unit === "ساعه"
              ? 0
              : count;
  if (n === undefined) return null;
  const t = Date.parse(`${day}T00:00:00Z`) - n * 86_400_000;
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** The day an incident recalled «قبل ثلاث سنوات» happened, roughly: the publication date less that span. */
function longAgo(text: string, publishedAt: string | null): string | null {
  const m = LONG_AGO.exec(matchKey(text));
  if (!m || !publishedAt) return null;
  const unit = m[2]!;
  const dual = unit === "سنتين" || unit === "عامين" || unit === "شهرين";
  const n = dual ? 2 : m[1] && /^\d+$/u.test(m[1]) ? Number(m[1]) : (COUNT_WORDS[m[1] ?? ""] ?? 1);
  const days = (/^(?:اشهر|شهور|شهرين)$/u.test(unit) ? 30 : 365) * n;
  const t = Date.parse(`${publishedAt}T00:00:00Z`) - days * 86_400_000;
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** The text of a range with every mention of another incident blanked (offsets kept), unless `keep` lies inside it. */
/**
 * «بغداد:»، «واشنطن - »، «انقرة 22 أغسطس 2016 /»: the dateline names where the report was filed, not
 * where anything happened.
 */
const DATELINE =
  /^\s*(?:[^\n:،.]{2,30}?\s*(?::|\s[-–—]\s)|[\p{L}\s]{2,30}?\s[0-9٠-٩]{1,2}\s+\p{L}+\s+[0-9٠-٩]{4}\s*[/\-–—(])/u;

/** The mentions of other incidents inside `r`: the words above, and attacks named by another day («هجوم 15 شباط»). */
function otherMentions(ctx: TArticleContext, r: Range): Range[] {
  const found: Range[] = [];
  for (const m of ctx.text.slice(r.start, r.end).matchAll(OTHER_INCIDENT)) {
    const start = r.start + (m.index ?? 0);
    found.push({ start, end: start + m[0].length });
  }
  for (const n of ctx.named)
    if (n.start >= r.start && n.start < r.end) found.push({ start: n.start, end: Math.min(n.end, r.end) });
  return found;
}

function ownText(ctx: TArticleContext, r: Range, keep: Range | null): string {
  let text = ctx.text.slice(r.start, r.end);
  const dateline = r.start === 0 ? DATELINE.exec(text) : null;
  if (dateline) text = " ".repeat(dateline[0].length) + text.slice(dateline[0].length);
  for (const { start, end } of otherMentions(ctx, r)) {
    if (keep && keep.start >= start && keep.end <= end) continue;
    text = text.slice(0, start - r.start) + " ".repeat(end - start) + text.slice(end - r.start);
  }
  return text;
}

/**
 * «في نهاية مارس 2018»، «في ديسمبر/ كانون الأول 2016»، «في شهر ديسمبر من العام الماضي»، «في مارس (آذار)
 * الماضي»، «نهاية العام الماضي»: a month (or a year's end) before the report's own month.
 */
const PAST_MONTH = new RegExp(
  `(?:^|\\s)(?:و?(?:في|خلال)\\s+(?:(نهايه|اواخر|مطلع|بدايه|اوايل|منتصف)\\s+)?|(نهايه|اواخر|مطلع|بدايه|اوايل|منتصف)\\s+)(?:(?:ال)?شهر\\s+)?(?:(${MONTH_ALTERNATIVES})(?:\\s*/\\s*(?:${MONTH_ALTERNATIVES})|\\s+\\(?(?:${MONTH_ALTERNATIVES})\\)?)?\\s*،?\\s*(?:(\\d{4})|من\\s+(?:ال)?عام\\s+(?:ال)?(?:ماضي|منصرم|سابق)|(?:ال)?(ماضي|منصرم|فايت))|(?:ال)?عام\\s+(?:ال)?(?:ماضي|منصرم))(?=\\s|$|[.،])`,
  "u",
);

/** «التي أجريت»، «الذي وقع»: a relative clause right before a month. */
const RELATIVE_BEFORE = /(?:^|\s)(?:التي|الذي|اللذين|اللتين|الذين|اللواتي)(?:\s+\S+){0,2}\s*$/u;

/** The day a month named before the report's month stands for (its 15th; the 3rd or the 28th for its start or end), or null. */
function pastMonthDate(folded: string, publishedAt: string | null): string | null {
  const m = PAST_MONTH.exec(folded);
  if (!m || !publishedAt) return null;
  const part = m[1] ?? m[2] ?? "";
  // «في العام الماضي» alone names no month.
  if (!m[3] && !part) return null;
  const month = m[3] ? MONTH_BY_KEY.get(m[3].replace(/\s+/gu, " ")) : 12;
  const pubYear = Number(publishedAt.slice(0, 4));
  const pubMonth = Number(publishedAt.slice(5, 7));
  // «… الانتخابات التي أجريت في أكتوبر الماضي»: «last October» deep in a sentence dates something it
  // mentions; a sentence that opens on it («وفي مارس الماضي قتل …») tells of that month.
  // («حيث شهدت عفرين خلال شهر شباط الماضي مقتل 4»: one not inside a relative clause dates what follows it.)
  if (m[5] && m.index > 2 && RELATIVE_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) return null;
  // «في مارس الماضي»: the last March before the report's month.
  const year = m[4] ? Number(m[4]) : m[5] && month && month < pubMonth ? pubYear : pubYear - 1;
  if (!month || year * 12 + month >= pubYear * 12 + pubMonth) return null;
  const day = /نهايه|اواخر/u.test(part) ? 28 : /مطلع|بدايه|اوايل/u.test(part) ? 3 : 15;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Sentences past the lead that place what they tell in a month before the report's: other incidents, recalled. */
function pastMonthMentions(ctx: TArticleContext): Range[] {
  const out: Range[] = [];
  for (let at = ctx.lead.end; at < ctx.text.length; ) {
    const s = sentenceAround(ctx.text, { start: at, end: at });
    if (s.end > s.start && pastMonthDate(matchKey(ctx.text.slice(s.start, s.end)), ctx.publishedAt)) out.push(s);
    at = Math.max(s.end, at) + 1;
  }
  return out;
}

/** «هجوم 15 شباط»، «تفجير 14 تموز 2018»: an attack named by its day. */
const NAMED_ATTACK = /(?:هجوم|هجمات|تفجير|تفجيرات|انفجار|قصف|ضربه|غاره|اعتداء)\s+(?:يوم\s+)?$/u;

/**
 * Attacks named by a day more than two days from the day the lead tells of: another incident, from the
 * noun to the end of its sentence («الجهة نفسها التي نفذت هجوم 15 شباط الصاروخي على المطار والذي أدى إلى مقتل…»).
 */
function namedAttacks(ctx: TArticleContext): Range[] {
  const day = ctx.leadFeatures.date;
  if (!day || ctx.leadFeatures.dateSource === "published") return [];
  return ctx.dates.flatMap((d) => {
    if (d.kind !== "explicit" || Math.abs(Date.parse(d.date) - Date.parse(day)) <= 2 * 86_400_000) return [];
    const from = Math.max(0, d.start - 24);
    const before = normalizeArabic(ctx.text.slice(from, d.start), { matchKey: true });
    const m = NAMED_ATTACK.exec(before.text);
    if (!m) return [];
    const start = from + (before.map[m.index ?? 0] ?? 0);
    return [{ start, end: sentenceAround(ctx.text, d).end }];
  });
}

/**
 * «انقرة 22 أغسطس 2016 /ارتفع …»، «دمشق 16 نوفمبر 2019 (شينخوا)»: a wire report's dateline, a city and the
 * day the report was filed at the head of the text — not the day of what it tells.
 */
function isDateline(text: string, d: Range): boolean {
  return (
    d.start <= 40 &&
    /^[\p{L}\s]{0,30}$/u.test(text.slice(0, d.start)) &&
    /^\s*[/\-–(:]/u.test(text.slice(d.end, d.end + 4))
  );
}

/** «الأكثر دموية منذ تفجير السفارة الأميركية في نيروبي»: the attack a happening is ranked against. */
const SINCE_ATTACK = /منذ\s+(?:ال)?(?:هجوم|هجمات|تفجير|تفجيرات|انفجار|اعتداء|اعتداءات|مجزره|اغتيال)(?=\s)/gu;

/**
 * Attacks a report ranks the happening against: another incident, from «منذ» to its year, a comma or the
 * end of the sentence («منذ اغتيال رئيس وزرائه في 14 فبراير 2005 هز تفجيران …» goes on with the happening).
 */
function comparedAttacks(ctx: TArticleContext): Range[] {
  const folded = normalizeArabic(ctx.text, { matchKey: true });
  return [...folded.text.matchAll(SINCE_ATTACK)].map((m) => {
    const start = folded.map[m.index ?? 0] ?? 0;
    const sentenceEnd = sentenceAround(ctx.text, { start, end: start }).end;
    const stop = /[،,]|(?:19|20)\d\d/u.exec(ctx.text.slice(start, sentenceEnd));
    return { start, end: stop ? start + stop.index + stop[0].length : sentenceEnd };
  });
}

/** «الهجوم الذي استهدف المطار الأسبوع الماضي»، «منذ أيام»: a happening some days before the report, no day given. */
const PAST_SPAN =
  /(?:^|\s)(?:ال)?اسبوع\s+(?:ال)?(?:ماضي|منصرم|فايت)|(?:قبل|منذ)\s+(?:بضعه\s+|عده\s+)?(?:ايام|اسبوع)(?=\s|$|[.،])/u;

/** «25 سوريّاً»، «41 إيرانياً»: a word with tanween after a number is who was counted, never a place. */
const COUNTED_NATIONALS = /(?<=[0-9٠-٩]\s+)[^\s]*\u064B[^\s]*/gu;

/**
 * «في البلدة أسفر»، «كراج المدينة المسمى»: a place noun with the article is followed by what it does or an
 * adjective, not by its name (a name follows the noun without it: «مدينة كربلاء»). Folding drops the
 * article, so the noun is blanked before.
 */
const DEFINITE_PLACE_NOUN =
  /(?<!\p{L})[وفبل]{0,2}ال(?:مدين[ةه]|بلد[ةه]|قري[ةه]|مخيم|محافظ[ةه]|ناحي[ةه]|مدن)(?!\p{L})/gu;

function baseFeatures(ctx: TArticleContext, r: Range, keep: Range | null = null) {
  const own = ownText(ctx, r, keep);
  const folded = matchKey(own);
  const located = matchKey(
    own
      .replace(COUNTED_NATIONALS, (w) => " ".repeat(w.length))
      .replace(DEFINITE_PLACE_NOUN, (w) => " ".repeat(w.length)),
  );
  const places = findPlaces(located, ctx.extraPlaces.any).filter((k) => !ctx.elsewhereSites.has(k));
  const found = dateIn(ctx, r, own);
  // A weekday or «اليوم» beside «الأسبوع الماضي» dates something else told in the sentence (the wounded flown out).
  const recent =
    found !== null && found.source !== "explicit" && PAST_SPAN.test(folded) && lastCue(HAPPENING_CUE, folded) >= 0;
  const at = recent && ctx.publishedAt ? { date: ctx.publishedAt, source: "recent" as const } : found;
  return {
    date: at?.date ?? null,
    dateSource: at?.source ?? null,
    places,
    targets: targetsOf(folded, places),
    weapons: findWeapons(folded),
    perpetrators: actorsIn(folded),
  };
}

/** A whole sentence's features (no claim inside a mention of another incident), read once per article. */
function sentenceFeatures(ctx: TArticleContext, r: Range): ReturnType<typeof baseFeatures> {
  const key = `${r.start}:${r.end}`;
  const known = ctx.sentences.get(key);
  if (known) return known;
  const f = baseFeatures(ctx, r);
  ctx.sentences.set(key, f);
  return f;
}

export function articleContext(
  text: string,
  publishedAt: string | null,
  extraPlaces: readonly TExtraPlace[] = [],
): TArticleContext {
  // The lead: the first sentence, and the next one when the first is a short headline-like line.
  const first = sentenceAround(text, { start: 0, end: 0 });
  const next = (r: Range) => ({ start: 0, end: sentenceAround(text, { start: r.end + 1, end: r.end + 1 }).end });
  let lead = first.end < 80 && first.end < text.length ? next(first) : first;
  const ctx: TArticleContext = {
    text,
    publishedAt,
    dates: findDates(buildTextModel(text), publishedAt).filter((d) => !isDateline(text, d)),
    lead,
    leadFeatures: { date: null, dateSource: null, places: [], targets: [], weapons: [], perpetrators: [] },
    extraPlaces: { any: placePatterns(extraPlaces, false), locative: placePatterns(extraPlaces, true) },
    named: [],
    sentences: new Map(),
    leadTerms: [],
    placeName: null,
    elsewhereSites: new Set(),
  };
  ctx.elsewhereSites = elsewhereSites(text, ctx.extraPlaces.any);
  ctx.leadFeatures = baseFeatures(ctx, lead);
  // A lead that names no place below a country («استؤنفت الهجمات على القوات الأمريكية في العراق») goes on to the next sentence.
  if (!ctx.leadFeatures.places.some((p) => placeByKey(p)?.level !== "country") && lead.end < text.length) {
    lead = next(lead);
    ctx.lead = lead;
    ctx.leadFeatures = baseFeatures(ctx, lead);
  }
  ctx.named = [...namedAttacks(ctx), ...pastMonthMentions(ctx), ...comparedAttacks(ctx)];
  if (ctx.named.length) ctx.leadFeatures = baseFeatures(ctx, lead);
  ctx.leadTerms = topicTerms(text, lead);
  ctx.placeName = placeName(text, ctx.leadTerms);
  return ctx;
}

/** The places right after a count's figure, up to the next figure («18 منها في العراق و12 في سوريا»), else the sentence's. */
function countScope(ctx: TArticleContext, claim: Range, sentencePlaces: readonly string[]): string[] {
  const after = ctx.text.slice(claim.end, claim.end + 48);
  const stop = after.search(/[\d\u0660-\u0669.،؛\n]/u);
  const window = matchKey(stop >= 0 ? after.slice(0, stop) : after);
  const near = findPlaces(window, ctx.extraPlaces.locative, LOCATIVE_PLACE_PATTERNS);
  if (near.length) return near;
  const sentence = sentenceAround(ctx.text, claim);
  return findPlaces(
    matchKey(ctx.text.slice(sentence.start, sentence.end)),
    ctx.extraPlaces.locative,
    LOCATIVE_PLACE_PATTERNS,
  ).filter((p) => sentencePlaces.includes(p));
}

const PERIODS: ReadonlyArray<[string, RegExp]> = [
  ["day", /(?:خلال|في)\s+(?:يوم|اليوم|ال?24\s+ساعه|ال?48\s+ساعه|ساعات)|يوم\s+واحد/u],
  ["week", /(?:خلال|في)\s+(?:ال)?اسبوع(?!ين|ان)|(?:ال)?اسبوع\s+(?:ال)?(?:ماضي|جاري|حالي)/u],
  [
    "month",
    /(?:خلال|في)\s+(?:ال)?شهر(?!ين|ان)|(?:ال)?شهر\s+(?:ال)?(?:ماضي|جاري|حالي)|شهر\s+(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)/u,
  ],
  ["year", /(?:خلال|في)\s+(?:ال)?عام\s+(?:ال)?(?:ماضي|جاري|حالي)|منذ\s+بدايه\s+(?:ال)?عام/u],
  [
    "running",
    // («مجموعة من السيارات» is a group, not a total; «حصيلة ضحايا الهجوم» is the toll of one happening.)
    /منذ|حتي\s+الان|حتى\s+الان|لغايه\s+الان|خلال\s+(?:ال)?(?:اسابيع|اشهر|شهور|ايام)|اجمالي|مجموع(?!ه|ات)|اجمالا|حصيله(?!\s+(?:ضحايا|قتلي|جرحي|مصابين|اصابات|شهداء|وفيات|هذا|هذه))/u,
  ],
];

/**
 * «ليرتفع عدد الشهداء منذ بداية العام إلى 61»، «أكثر من 270 ألف قتيل منذ اندلاع الحرب عام 2011»: a toll
 * counted over a period around the figure is a running tally, not the toll of one happening.
 */
const CASUALTY_TALLY =
  /منذ\s+(?:بدايه|مطلع|بدء|اندلاع|انطلاق)\s+(?:ال)?(?:عام|سنه|شهر|حرب|نزاع|صراع|ثوره|ازمه|عدوان|احداث)|منذ\s+(?:عام\s+)?(?:19|20)\d\d|(?:خلال|في)\s+(?:ال)?(?:عام|سنه)\s+(?:ال)?(?:جاري|ماضي|حالي)/u;
const TALLY_REACH = 40;

/** «منذ كانون الثاني الماضي»، «منذ 18 يناير»: a start date, which makes what the sentence counts after it a tally. */
const SINCE_MONTH = new RegExp(`منذ\\s+(?:\\d{1,2}\\s+)?(?:${MONTH_ALTERNATIVES})(?=\\s|$|[،,/])`, "u");

function casualtyPeriod(ctx: TArticleContext, claim: Range, sentence: Range): string | null {
  const around = ctx.text.slice(
    Math.max(sentence.start, claim.start - TALLY_REACH),
    Math.min(sentence.end, claim.end + TALLY_REACH),
  );
  // «45 قذيفة سقطت … منذ 18 يناير، وأسفرت عن مقتل 16»: the toll of a tally counted since a date.
  const before = matchKey(ctx.text.slice(sentence.start, claim.start));
  return CASUALTY_TALLY.test(matchKey(around)) || SINCE_MONTH.test(before) ? "running" : null;
}

/** The period a count covers, from its since-date or the words of its sentence. */
function countPeriod(ctx: TArticleContext, claim: Range, since: string | undefined): string | null {
  if (since) return `since:${since}`;
  const sentence = sentenceAround(ctx.text, claim);
  const folded = matchKey(ctx.text.slice(sentence.start, sentence.end));
  return PERIODS.find(([, re]) => re.test(folded))?.[0] ?? null;
}

const NATIONALITIES: ReadonlyArray<[string, RegExp]> = [
  ["us", /امريك|اميرك/u],
  ["iraq", /عراقي/u],
  ["uk", /بريطان/u],
  ["iran", /ايراني/u],
  ["syria", /سوري/u],
];

/** «ثمانية أشخاص بينهم مدنيون»: the words after «بينهم»/«منهم» break the toll down; the head says whose it is. */
const BREAKDOWN = /\s(?:من\s+)?(?:بينهم|بينهن|منهم|منهن)(?=\s|$)/u;

function head(victims: string): string {
  return matchKey(victims).split(BREAKDOWN)[0]!;
}

/** The nationality the victims' words name, when they name exactly one. */
export function victimNationality(victims: string): string | null {
  const folded = head(victims);
  const found = NATIONALITIES.filter(([, re]) => re.test(folded)).map(([n]) => n);
  return found.length === 1 ? found[0]! : null;
}

export function victimCategory(victims: string): TVictimCategory {
  const folded = head(victims);
  if (!folded.trim()) return "unknown";
  return VICTIMS.find(([, re]) => re.test(folded))?.[0] ?? "unknown";
}

/**
 * A claim's features: its sentence first, then the lead for what the sentence does not say.
 * `figures` gives the victims (casualties) and the counted thing (counts), whose own words
 * name a weapon more surely than the sentence does.
 */
const FRAME_STOP = new Set([
  "من",
  "الي",
  "علي",
  "في",
  "عن",
  "منهم",
  "بينهم",
  "الذين",
  "التي",
  "الذي",
  "هذا",
  "هذه",
  "ذلك",
  "كما",
  "بعد",
  "قبل",
  "حيث",
  "فقط",
  "الاخرين",
  "اخرين",
  "الباقون",
  "باقون",
]);

/**
 * The words around a figure that say what it counts of a toll («عادوا إلى الخدمة»، «نقلوا إلى ألمانيا»),
 * folded to rough stems (a leading و/ف and a plural ending off), for telling breakdown counts apart.
 */
function frameWords(ctx: TArticleContext, sentence: Range, claim: Range): string[] {
  const text = matchKey(
    ctx.text.slice(Math.max(sentence.start, claim.start - 20), Math.min(sentence.end, claim.end + 36)),
  );
  const words = text.split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !FRAME_STOP.has(w));
  return uniq(
    words.map((w) => w.replace(/^[وف](?=\p{L}{3})/u, "").replace(/(?:وا|ون|ين|ات)$/u, "")).filter((w) => w.length >= 3),
  );
}

/**
 * Where the sentence before `sentence` starts (news paragraphs are often one sentence long):
 * «77 منهم عادوا إلى الخدمة. وأضاف البيان أن 35 جندياً نقلوا إلى ألمانيا» — the second count is still of the toll.
 */
function previousSentenceStart(text: string, sentence: Range): number {
  let end = sentence.start;
  while (end > 0 && /\s/u.test(text[end - 1] ?? "")) end--;
  if (end === 0) return sentence.start;
  return sentenceAround(text, { start: end - 1, end: end - 1 }).start;
}

/**
 * «لم يسفر عن أي قتيل أو مصاب في صفوف الجنود الأميركيين»، «إصابة 4 من منتسبي القوة الجوية»: whose toll it is
 * may follow the figure; read it there when the figure's own words name nobody.
 */
const VICTIM_CLAUSE = /^[^.،؛\n]{0,12}?(?:^|\s)(?:في\s+صفوف|من\s+بين|بين|من)\s+([^.،؛\n]{2,40})/u;
/**
 * «500 مصاب في مستشفى أوتيل ديو فقط»، «120 جريحاً لا يزالون في العناية المركزة»، «لم تحدث وفيات للجرحى داخل
 * المؤسسات الصحية»: a part of the toll counted in one place or state, not the incident's toll.
 */
const PARTIAL =
  /^[^.؛\n]{0,30}?(?:(?:في|داخل)\s+(?:احد\s+)?(?:ال)?(?:مستشفي|مستشفا(?:ه|ها|هم)|عنايه|موسسات\s+(?:ال)?صحيه)(?![\p{L}])|لا\s+يزالون|(?:^|\s)لل?(?:جرحي|مصابين)(?:\s|$))/u;
/** «أن مستشفى الطوارئ في العاصمة استقبل أكثر من 30 مصاباً»: one hospital's count, told before the figure. */
const PARTIAL_BEFORE = /(?:^|\s)(?:ال)?مستشفي\s[^.؛\n]{0,40}?(?:استقبل|استقبلت|يستقبل)\s[^.؛\n]{0,12}$/u;

/** A hospital after the attack's own words is where it struck: «قتل 63 في انفجار قنبلة داخل مستشفى». */
const ATTACK_BEFORE_PLACE = /(?:انفجار|تفجير|هجوم|قصف|غاره|استهداف|استهدف)/u;

function partialCount(after: string): boolean {
  const m = PARTIAL.exec(after);
  return m !== null && !ATTACK_BEFORE_PLACE.test(m[0]);
}

function victimsOf(
  ctx: TArticleContext,
  claim: Range & { kind: string },
  sentence: Range,
  victims: string,
): Pick<TIncidentFeatures, "victimCategory" | "victimNationality" | "partial"> {
  if (claim.kind !== "CASUALTY") return { victimCategory: "unknown", victimNationality: null, partial: false };
  const after = matchKey(ctx.text.slice(claim.end, Math.min(sentence.end, claim.end + 60)));
  // The victims' words end where the cause begins («في صفوف جنوده جراء الضربة الإيرانية»).
  // «، بينهم طفلان»: a breakdown of the toll, not whose toll it is.
  const clause = (VICTIM_CLAUSE.exec(after)?.[1] ?? "")
    .replace(/^(?:بينهم|منهم)(?:\s.*)?$/u, "")
    .split(/\s(?:جراء|اثر|بعد|خلال|عقب|نتيجه|في|علي)\s/u)[0]!;
  const own = victimCategory(victims);
  // «عدد القتلى المدنيين … ارتفع إلى 72»: the total's own words name whose toll it is.
  const before = matchKey(ctx.text.slice(sentence.start, claim.start));
  const totalOf = [...before.matchAll(TOTAL_OF_VICTIMS)].at(-1)?.[1] ?? "";
  const fromClause = victimCategory(clause);
  return {
    victimCategory: own !== "unknown" ? own : fromClause !== "unknown" ? fromClause : victimCategory(totalOf),
    // «28 شخصاً من تونس وألمانيا وبلجيكا وبريطانيا»: a list after the figure names several, not one nationality.
    victimNationality:
      victimNationality(victims) ??
      (/\sو\p{L}/u.test(matchKey(clause)) ? null : victimNationality(clause)) ??
      victimNationality(totalOf),
    partial: partialCount(after) || PARTIAL_BEFORE.test(before),
  };
}

/** The mention of another incident a claim stands in («بعد يومين من مقتل أمريكي في هجوم على كركوك»), if any. */
function otherIncidentAround(ctx: TArticleContext, sentence: Range, claim: Range): Range | null {
  return otherMentions(ctx, sentence).find((m) => claim.start >= m.start && claim.end <= m.end) ?? null;
}

/** «ثلاثة منها»، «اثنان من أصل ستة»: a count of some of the munitions counted before. */
const PART_OF = /^[^.،؛\n]{0,30}?(?:^|\s)(?:منها|منهما|منهم|من\s+اصل|من\s+بين)(?:\s|$|[.،])/u;
/** Where munitions fell, by the words after the count («سقطت قرب المجمع»، «لم يسقط أي صاروخ داخله»). */
const FELL_NEAR =
  /^[^.،؛\n]{0,40}?(?:^|\s)(?:ب?القرب|قرب|خارج|خارجها|خارجه|مشارف|محيط|اطراف|بجوار|مقربه)(?:\s|$|[.،])/u;
const FELL_INSIDE = /^[^.،؛\n]{0,40}?(?:^|\s)(?:داخل|داخله|داخلها)(?:\s|$|[.،])/u;

function partOf(ctx: TArticleContext, claim: Range, sentence: Range): Pick<TIncidentFeatures, "part" | "fell"> {
  const from = matchKey(ctx.text.slice(claim.start, Math.min(sentence.end, claim.end + 40)));
  const fell = FELL_INSIDE.test(from) ? "inside" : FELL_NEAR.test(from) ? "near" : undefined;
  return { part: PART_OF.test(from), ...(fell ? { fell } : {}) };
}

/**
 * The sentence before a claim's own, when it names a place and a happening and is not the lead: the
 * incident a sentence naming no place goes on telling of («…عن حدوث هجوم على مطار بغداد. وذكرت الوسائل
 * الإعلامية أن 5 أشخاص لقوا مصرعهم»).
 */
function precedingMention(ctx: TArticleContext, sentence: Range) {
  const start = previousSentenceStart(ctx.text, sentence);
  if (start === sentence.start || start < ctx.lead.end) return null;
  const previous = { start, end: sentenceAround(ctx.text, { start, end: start }).end };
  const f = sentenceFeatures(ctx, previous);
  if (!f.places.some((p) => placeByKey(p)?.level !== "country")) return null;
  if (lastCue(HAPPENING_CUE, matchKey(ownText(ctx, previous, null))) < 0) return null;
  return f;
}

/**
 * What a mention of another incident says of it: its places and weapons, and its day — a day it names
 * («هجوم 15 شباط»), else the sentence's own day less the span («بعد يومين من»)، else the report's less
 * «قبل ثلاث سنوات»; else unknown.
 */
function asideFeatures(ctx: TArticleContext, sentence: Range, aside: Range, claim: Range) {
  const base = baseFeatures(ctx, aside, claim);
  const text = ctx.text.slice(aside.start, aside.end);
  if (base.dateSource === "explicit") return base;
  const main = sentenceFeatures(ctx, sentence).date ?? ctx.leadFeatures.date ?? ctx.publishedAt;
  const date =
    daysBefore(text, main) ??
    longAgo(text, ctx.publishedAt) ??
    pastMonthDate(matchKey(text), ctx.publishedAt) ??
    lastYear(text, ctx.publishedAt);
  return { ...base, date, dateSource: date ? ("relative" as const) : null };
}

export function claimFeatures(
  ctx: TArticleContext,
  claim: { start: number; end: number; kind: string; figures: unknown },
): TIncidentFeatures {
  const sentence = sentenceAround(ctx.text, claim);
  // A claim told as part of another incident takes only what that mention says; its day is unknown.
  const aside = otherIncidentAround(ctx, sentence, claim);
  const own = aside ? asideFeatures(ctx, sentence, aside, claim) : sentenceFeatures(ctx, sentence);
  const lead = aside
    ? { date: null, dateSource: null, places: [], targets: [], weapons: [], perpetrators: [] }
    : own.places.length === 0
      ? (precedingMention(ctx, sentence) ?? ctx.leadFeatures)
      : ctx.leadFeatures;
  const reported = ctx.dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && isReportDate(ctx, d));
  const figures = (claim.figures ?? {}) as { victims?: string; thing?: string; perpetrator?: string; since?: string };
  const thingWeapons = claim.kind === "COUNT" && figures.thing ? findWeapons(matchKey(figures.thing)) : [];
  const perpetratorText = figures.perpetrator ? matchKey(figures.perpetrator) : "";
  const perpetrators = perpetratorText ? uniq(ACTORS.filter((a) => a.re.test(perpetratorText)).map((a) => a.key)) : [];
  const hasOwnPlace = own.places.length > 0;
  const date = own.date
    ? { date: own.date, source: own.dateSource }
    : lead.date
      ? { date: lead.date, source: lead.dateSource }
      : {
          date: ctx.publishedAt,
          source: ctx.publishedAt ? (aside ? ("recent" as const) : ("published" as const)) : null,
        };
  return {
    date: date.date,
    dateSource: date.source,
    places: hasOwnPlace ? own.places : lead.places,
    placeSource: hasOwnPlace ? "sentence" : lead.places.length ? "lead" : null,
    targets: hasOwnPlace || own.targets.length ? own.targets : lead.targets,
    weapons: thingWeapons.length ? thingWeapons : own.weapons.length ? own.weapons : lead.weapons,
    perpetrators: perpetrators.length ? perpetrators : [],
    actors: uniq([...own.perpetrators, ...lead.perpetrators]),
    reportedOn: reported?.date ?? null,
    sentenceStart: sentence.start,
    earlier:
      EARLIER.test(matchKey(ctx.text.slice(sentence.start, sentence.end))) ||
      EARLIER_AFTER.test(matchKey(ctx.text.slice(claim.end, sentence.end))) ||
      EARLIER_BEFORE.test(matchKey(ctx.text.slice(sentence.start, claim.start))),
    frame: frameWords(ctx, sentence, claim),
    ...victimsOf(ctx, claim, sentence, figures.victims ?? ""),
    scope: claim.kind === "COUNT" ? countScope(ctx, claim, own.places) : [],
    ...(claim.kind === "COUNT" ? partOf(ctx, claim, sentence) : {}),
    period:
      claim.kind === "COUNT"
        ? countPeriod(ctx, claim, figures.since)
        : claim.kind === "CASUALTY"
          ? casualtyPeriod(ctx, claim, sentence)
          : null,
    ...(claim.kind === "CASUALTY" &&
    (PROVISIONAL.test(ownBefore(ctx.text, sentence.start, claim)) ||
      PROVISIONAL.test(matchKey(ctx.text.slice(claim.end, Math.min(sentence.end, claim.end + PROVISIONAL_REACH)))))
      ? { provisional: true }
      : {}),
    raised:
      claim.kind === "CASUALTY" &&
      (RAISED.test(ownBefore(ctx.text, sentence.start, claim)) ||
        NEW_TOLL_AFTER.test(matchKey(ctx.text.slice(claim.end, sentence.end))) ||
        (!aside && LATEST_LEAD.test(matchKey(ctx.text.slice(ctx.lead.start, ctx.lead.end))))),
    terms: aside ? [] : ctx.leadTerms,
    ...(aside ? { aside: true } : {}),
    placeName: aside ? null : ctx.placeName,
    delta: DELTA.test(
      matchKey(
        ctx.text.slice(Math.max(sentence.start, claim.start - 16), Math.min(sentence.end, claim.end + 8)),
      ).replace(NEW_TOTAL, " "),
    ),
  };
}
