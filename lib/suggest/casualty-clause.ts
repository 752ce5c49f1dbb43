/**
 * A clause-level reader of casualty figures. The figure parser (lib/arabic/numbers.ts) finds every
 * number with its counted noun; this module reads the clause around a number the parser left without
 * a casualty role, the way Arabic grammar builds a casualty report, instead of matching phrases:
 *
 * - the counted noun names the harm itself: «11 شهيدة»، «جثتين»، «39 إصابة»;
 * - the number is the subject and the casualty verb its predicate, after the noun, its adjectives and
 *   a partitive or genitive: «3 مقاتلين قضوا»، «24 شهيدا ارتقوا»، «ثلاثة من الجنود قُتلوا»،
 *   «5 مدنيين لقوا حتفهم» (any person and number of the verb: قضيا، استشهدوا، توفوا، سقطوا …);
 * - the number is the subject of a passive verb that comes first, with adverbs of time and place or a
 *   bracket between them: «قتل اليوم (الثلاثاء) اثنان من مقاتلي …»;
 * - the number is what a total rises or comes to, whose casualty noun is the total's genitive, with
 *   the subject first or the verb first: «عدد الإصابات ارتفع إلى 39»، «أعداد المصابين ارتفعت إلى 105»،
 *   «ارتفاع حصيلة ضحايا القصف، إلى 11 مدنياً»، «والإصابات إلى 12,249» (the verb elided);
 * - «ضحايا» counts the killed only when the same report sets the injured apart; alone it counts the
 *   killed and injured together and is no figure (fixtures/reports/README.md, convention 5); so is a
 *   number whose people «سقطوا بين قتيل وجريح»;
 * - a group of people followed by «وأصيب N آخرون» («others were injured») were the killed.
 *
 * Casualty words are recognised by their root and pattern with any proclitic (و، ف، ب، ل، ال) and the
 * verb's person ending, not by a list of the corpus' spellings.
 */
import type { CasualtyRole, Figure } from "../arabic/numbers";
import {
  HANDS_OF,
  INJURED_TRIGGERS,
  KILLED_TRIGGERS,
  NON_PERSON_NOUNS,
  TRIGGER_BLOCKERS,
} from "../arabic/numbers-lexicon";
import { atomOf, readsAs } from "../arabic/numbers-phrase";
import { keySet, toKey } from "../arabic/numbers-tokens";
import { REPORTED_IT, TOLL_ADJECTIVE_WORDS, WEEKDAYS } from "./lexicon";
import { isNisba, isPunct, type TextModel, type Tok } from "./text-model";

type Sentence = { start: number; end: number; first: number; last: number };

/** What a casualty word says: who was harmed and how, or the victims of either kind («ضحايا»). */
type CueRole = CasualtyRole | "victims";
type CueForm = "verb" | "event" | "noun";
type Cue = { role: CueRole; form: CueForm };

/** The word without و/ف and a preposition or the article: «وبالإصابات» → «اصابات». */
function coreOf(key: string): string {
  let k = key;
  if (/^[وف]/u.test(k) && k.length > 3) k = k.slice(1);
  if (/^[بلك]ال/u.test(k) && k.length > 5) return k.slice(3);
  if (/^لل/u.test(k) && k.length > 4) return k.slice(2);
  if (/^ال/u.test(k) && k.length > 4) return k.slice(2);
  return k;
}

/*
 * Keys are folded (lib/arabic/numbers-tokens.ts): no short vowels, أإآ → ا, ة → ه, ى → ي.
 * Verbs: the perfect with its person endings (ـت، ـوا، ـا، ـتا) and the imperfect (يـ/تـ … ـون),
 * which covers the active and the passive alike (قتل / قُتل).
 */
const KILLED_VERB =
  /^(?:[يت]?قتل(?:ت|وا|ا|تا|ون|ان)?|[يت]?ستشهد(?:ون|ان)?|استشهد(?:ت|وا|ا|تا)?|توفي(?:ت|ا)?|توفوا|[يت]توفي|ماتوا|ماتت|مات|لقي(?:ت|ا)?|لقوا|لاقي(?:ت|ا)?|لاقوا|فقد(?:ت|وا|ا)?|ارتقي|ارتقت|ارتقوا|ارتقيا|قضي|قضت|قضوا|قضيا|سقط(?:ت|وا|ا)?)$/u;
const INJURED_VERB = /^(?:اصيب(?:ت|وا|ا|تا)?|[يت]صاب(?:ون|ان)?|جرح(?:ت|وا|ا)?|[يت]جرح(?:ون)?)$/u;
/** Verbs that mean dying only with a person as subject, or with what completes them. */
const WEAK_KILLED_VERB =
  /^(?:لقي|لقيت|لقيا|لقوا|لاقي|لاقيت|لاقيا|لاقوا|فقد|فقدت|فقدوا|فقدا|ارتقي|ارتقت|ارتقوا|ارتقيا|قضي|قضت|قضوا|قضيا|سقط|سقطت|سقطوا|سقطا|مات|ماتت|ماتوا)$/u;
/** Weak verbs that, before a subject of people, mean they died («سقط»، «لقي» need more: fell, met). */
const VERB_FIRST_DEATH = /^(?:قضي|قضت|قضوا|قضيا|ارتقي|ارتقت|ارتقوا|ارتقيا|مات|ماتت|ماتوا)$/u;
const KILLED_EVENT = /^(?:مقتل|استشهاد|مصرع|وفاه|ارتقاء)$/u;
const INJURED_EVENT = /^(?:اصابه)$/u;
const KILLED_NOUN =
  /^(?:قتيل|قتيلا|قتلي|قتيلين|قتيلان|قتيله|قتيلات|شهيد|شهيدا|شهداء|شهدا|شهيده|شهيدات|شهيدتين|شهيدين|شهيدان|جثه|جثث|جثتين|جثتان|جثمان|جثامين|جثمانا|جثماني|وفيات)$/u;
const INJURED_NOUN =
  /^(?:جريح|جريحا|جرحي|جريحين|جريحان|جريحه|مصاب|مصابا|مصابين|مصابون|مصابان|مصابه|مصابات|اصابات|اصابه)$/u;
const VICTIM_NOUN = /^(?:ضحيه|ضحايا|ضحيتين|ضحيتان)$/u;

/** The casualty word a token is, if any. */
export function cueOf(tok: Tok | undefined): Cue | null {
  if (tok?.kind !== "word") return null;
  const plain = cueOfKey(tok.key);
  if (plain) return plain;
  // «بمقتل»، «بإصابة»، «لمقتل»: an event after a preposition.
  const rest = tok.key.replace(/^[وف]?[بل]/u, "");
  if (rest === tok.key || rest.length < 4) return null;
  const inner = cueOfKey(rest);
  return inner?.form === "event" ? inner : null;
}

function cueOfKey(key: string): Cue | null {
  const tok = { key };
  const core = coreOf(tok.key);
  const bare = withoutJoiner(tok.key);
  if (KILLED_NOUN.test(core)) return { role: "killed", form: "noun" };
  if (INJURED_NOUN.test(core) && core !== toKey("إصابة")) return { role: "injured", form: "noun" };
  if (VICTIM_NOUN.test(core)) return { role: "victims", form: "noun" };
  if (KILLED_EVENT.test(core)) return { role: "killed", form: "event" };
  if (INJURED_EVENT.test(core)) return { role: "injured", form: "event" };
  if (KILLED_VERB.test(bare)) return { role: "killed", form: "verb" };
  if (INJURED_VERB.test(bare)) return { role: "injured", form: "verb" };
  return null;
}

/** A word without its joining «و» or «ف» — not the ف of «فقد» (lost), which is the verb's own. */
function withoutJoiner(key: string): string {
  if (/^و?فقد(?:ت|وا|ا)?$/u.test(key)) return key.replace(/^و/u, "");
  return /^[وف]/u.test(key) && key.length > 3 ? key.slice(1) : key;
}

/** «حتفهم»، «مصرعه»، «حياتهم»: what those who died met or lost (folded), also what no victims' phrase runs into. */
export const DEATH_OBJECT_WORDS = "حتف|مصرع|حيات|لحيات";
/** «لقوا حتفهم»، «لقي مصرعه»، «فقدوا حياتهم»: the object that makes لقي or فقد a verb of dying. */
const DEATH_OBJECT = new RegExp(`^(?:${DEATH_OBJECT_WORDS}|ارواح)`, "u");
/** The verbs that need that object: لقي، فقد. */
const MET_OR_LOST = /^(?:لق|لاق|فقد)/u;
const ON = toKey("على");
const BETWEEN = toKey("بين");

/** Words that may stand between a subject number and its predicate: «على الأقل»، «قد»، «آخرون». */
const BETWEEN_SUBJECT_AND_VERB = keySet(["على", "الأقل", "قد", "آخرون", "آخرين", "أيضا", "كذلك", "جميعا", "جميعهم"]);
/** Adverbs of time between a verb that comes first and its subject: «قتل اليوم (الثلاثاء) اثنان». */
const TIME_WORDS = keySet([
  "اليوم",
  "أمس",
  "امس",
  "الليلة",
  "ليلة",
  "ليل",
  "صباح",
  "صباحا",
  "مساء",
  "مساءً",
  "فجر",
  "فجرا",
  "ظهر",
  "ظهرا",
  "عصر",
  "الاثنين",
  "الإثنين",
  "الثلاثاء",
  "الأربعاء",
  "الخميس",
  "الجمعة",
  "السبت",
  "الأحد",
  "الماضي",
  "الفائت",
  "أيضا",
  "كذلك",
  "بدورهم",
]);
/** Totals whose genitive says what they count: «عدد الجرحى»، «حصيلة القتلى»، «إجمالي الضحايا». */
const TOTALS = keySet(["عدد", "أعداد", "حصيلة", "إجمالي", "مجموع"]);
/** Words that make a total rise or reach the figure (verbs and their nouns). */
const RISE = keySet([
  "ارتفع",
  "ارتفعت",
  "ارتفاع",
  "يرتفع",
  "ترتفع",
  "بلغ",
  "بلغت",
  "يبلغ",
  "تبلغ",
  "بلوغ",
  "وصل",
  "وصلت",
  "يصل",
  "تصل",
  "وصول",
  "تجاوز",
  "تجاوزت",
  "يتجاوز",
  "تخطى",
  "تخطت",
  "قفز",
  "قفزت",
  "زاد",
  "زادت",
  "ليرتفع",
  "لترتفع",
  "ليصل",
  "لتصل",
  "ليبلغ",
  "لتبلغ",
  "ليتجاوز",
  "لتتجاوز",
]);
const TO = keySet(["إلى", "الى"]);
/** Days a total is told for, right before its number (folded, without the article). */
const DAY_WORDS: ReadonlySet<string> = new Set([...keySet(["أمس", "يوم"]), ...[...WEEKDAYS.keys()].map(coreOf)]);
const TOLL = keySet(["حصيلة"]);
const ALA_KEY = toKey("على");
const ATTACKS = keySet([
  "تفجير",
  "التفجير",
  "انفجار",
  "الانفجار",
  "هجوم",
  "الهجوم",
  "تفجيري",
  "التفجيرين",
  "الهجمات",
  "القصف",
  "قصف",
  "الغارة",
  "غارة",
]);
/** Relative pronouns that open a clause inside a subject. */
const RELATIVE = keySet(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"]);
/** «بينهم»، «منهم»: what follows breaks down the toll before it. */
const AMONG = keySet(["بينهم", "بينهن", "منهم", "منهن", "وبينهم", "ومنهم", "فيهم", "فيهن"]);
/** «بين قتيل وجريح»: killed and injured in one number. */
function killedAndInjuredAfter(tokens: readonly Tok[], k: number): boolean {
  if (tokens[k]?.key !== BETWEEN) return false;
  const a = cueOf(tokens[k + 1]);
  const b = cueOf(tokens[k + 2]);
  return a?.role === "killed" && b?.role === "injured";
}

function wordAt(tokens: readonly Tok[], k: number, s: Sentence): Tok | undefined {
  return k >= s.first && k <= s.last ? tokens[k] : undefined;
}

/** The tokens of a figure given in offsets relative to its sentence. */
function figureTokens(model: TextModel, s: Sentence, f: Figure): { first: number; last: number } | null {
  const from = s.start + f.start;
  const to = s.start + f.end;
  let first = -1;
  let last = -1;
  for (let k = s.first; k <= s.last; k++) {
    const t = model.tokens[k];
    if (!t || t.start >= to) break;
    if (t.end > from) {
      if (first < 0) first = k;
      last = k;
    }
  }
  return first < 0 ? null : { first, last };
}

/** A person noun: not a thing the parser counted (a munition, a place, a time). */
export function isPersonish(f: Figure): boolean {
  if (!f.noun) return true;
  const key = toKey(f.noun);
  const core = coreOf(key);
  return !THINGS.has(core) && !THINGS.has(key) && !NON_PERSON_NOUNS.has(core) && !NON_PERSON_NOUNS.has(key);
}
const THINGS = keySet([
  ...["صاروخ", "صاروخا", "صواريخ", "صاروخين", "قذيفة", "قذائف", "قذيفتين", "كاتيوشا", "غارة", "غارات", "غارتين"],
  ...["هجوم", "هجمات", "هجوما", "هجومين", "طائرة", "طائرات", "مسيرة", "مسيرات", "سيارة", "سيارات", "عبوة", "عبوات"],
  ...["منزل", "منازل", "منزلين", "مبنى", "مباني", "مبان", "قرية", "قرى", "بلدة", "بلدات", "مدينة", "مدن", "منطقة"],
  ...["مناطق", "موقع", "مواقع", "يوم", "أيام", "يوما", "ساعة", "ساعات", "شهر", "أشهر", "شهرا", "سنة", "سنوات", "عام"],
  ...["أعوام", "عاما", "مرة", "مرات", "مستشفى", "مستشفيات", "مركز", "مراكز", "مركزا", "مدرسة", "مدارس", "مدرستين"],
  ...["خروقات", "انتهاكات", "دولار", "كم", "آلية", "آليات", "مقر", "مقرات", "انفجار", "انفجارات", "تفجير", "تفجيرات"],
]);
/** People who can die or be hurt: «سقطوا» or «قضوا» after them is dying, not falling or spending. */
const PERSON_NOUN =
  /^(?:شخص|شخصا|اشخاص|مدني|مدنيا|مدنيين|مدنيون|جندي|جنديا|جنود|جنديين|عسكري|عسكريا|عسكريين|عسكريون|عنصر|عنصرا|عناصر|عنصرين|مقاتل|مقاتلا|مقاتلين|مقاتلون|مسلح|مسلحا|مسلحين|مسلحون|طفل|طفلا|اطفال|طفلين|امراه|نساء|امراتين|سيده|سيدات|مواطن|مواطنا|مواطنين|مواطنون|رجل|رجال|ضابط|ضباط|منتسب|منتسبين|منتسبا|افراد|فرد|فردا|متعاقد|متعاقدين|موظف|موظفين|شرطي|شرطيين|حارس|حراس|زوار|طالب|طلاب|طالبات|عامل|عمال|صحفي|صحفيين|صحفيا|مسعف|مسعفين|مسعفا|شهيد|شهيدا|شهداء|شهيده|قتيل|قتلي|ضحيه|ضحايا|فلسطيني|فلسطينيا|فلسطينيين|لبناني|لبنانيا|لبنانيين|سوري|سوريين|عراقي|عراقيين|يمني|يمنيين|اسرائيلي|اسرائيليين|اخرون|اخرين)$/u;
function isPersonNoun(f: Figure): boolean {
  return f.noun !== undefined && (PERSON_NOUN.test(coreOf(toKey(f.noun))) || PERSON_NOUN.test(toKey(f.noun)));
}

type Reading = { role: CueRole | "none"; end?: number; start?: number };

/** «3 مقاتلين قضوا»: the predicate after the number's noun phrase. */
/** Places people are counted from: «73 من مدينة جبلة»، «12 من قرية …». */
const PLACES_OF_ORIGIN = keySet(["مدينة", "بلدة", "قرية", "محافظة", "منطقة", "مخيم", "حي"]);

function predicateAfter(model: TextModel, s: Sentence, last: number, f: Figure): Reading | null {
  const { tokens } = model;
  // «ستة من أفراد …»: the figure may already hold its partitive.
  let inPartitive = /(?:^|\s)من\s/u.test(f.text);
  // «73 من مدينة جبلة لقوا مصرعهم»: people from a place, counted by where they came from.
  const fromPlace = inPartitive && f.noun !== undefined && PLACES_OF_ORIGIN.has(toKey(f.noun));
  // «40 مدنيا من بينهم 11 طفلا لقوا حتفهم»: a breakdown between the subject and its verb is passed over.
  let breakdownFrom = -1;
  for (let m = last + 1; m <= Math.min(s.last, last + (breakdownFrom < 0 ? 8 : 14)); m++) {
    const t = tokens[m];
    if (breakdownFrom >= 0 && t?.kind === "num") continue;
    if (t?.kind !== "word") return null;
    if (breakdownFrom < 0 && AMONG.has(t.key) && m <= last + 2) {
      breakdownFrom = m;
      continue;
    }
    const bare = withoutJoiner(t.key);
    const conj = bare !== t.key;
    const cue = cueOf(t);
    // «من محاولة قتل …»: an attempt is no casualty.
    if (cue && readsAs(tokens[m - 1], TRIGGER_BLOCKERS)) return null;
    if (cue?.form === "verb" && !conj) {
      if (WEAK_KILLED_VERB.test(bare)) {
        // «سقطت عدة قذائف»، «قضى شهرين»: only people die by these verbs (a partitive names them: «3 من الجنود»).
        const partitivePerson = inPartitive && PERSON_NOUN.test(coreOf(tokens[m - 1]?.key ?? ""));
        if (!isPersonNoun(f) && !partitivePerson && !fromPlace && f.noun !== undefined) return null;
        if (MET_OR_LOST.test(bare)) {
          if (!DEATH_OBJECT.test(tokens[m + 1]?.key ?? "")) return null;
          return { role: "killed", end: tokens[m + 1]?.end ?? t.end };
        }
        // «قضت على المجموعة»: put an end to, not died.
        if (/^قض/u.test(bare) && tokens[m + 1]?.key === ON) return null;
        if (/^سقط/u.test(bare) && killedAndInjuredAfter(tokens, m + 1)) return { role: "none" };
      }
      // «أكثر من 17 قتلوا أو أصيبوا»: killed or injured, one number for both (no figure).
      const other = cueOf(tokens[m + 2]);
      if (tokens[m + 1]?.key === "او" && other?.form === "verb" && other.role !== cue.role) return { role: "none" };
      // «عشرات العراقيين قتلوا وأصيبوا»: the same with و.
      const joined = tokens[m + 1];
      const joinedCue = joined && withoutJoiner(joined.key) !== joined.key ? cueOf(joined) : null;
      if (
        joinedCue?.form === "verb" &&
        joinedCue.role !== cue.role &&
        cueOf(tokens[m + 2]) === null &&
        tokens[m + 2]?.kind !== "num" &&
        !atomOf(tokens[m + 2])
      )
        return { role: "none" };
      if (!isPersonish(f) && !fromPlace) return null;
      return { role: cue.role, end: t.end };
    }
    // «ستة من أفراد القوة التي كانت متمركزة خارج المبنى أصيبوا»: a relative clause inside the subject;
    // the main predicate is the first plural casualty verb after it, before any punctuation.
    if (RELATIVE.has(t.key)) {
      for (let r = m + 1; r <= Math.min(s.last, m + 12); r++) {
        const x = tokens[r];
        if (x?.kind !== "word") return null;
        const cue = cueOf(x);
        if (cue?.form === "verb" && /(?:وا|ا)$/u.test(x.key) && !/^[وف]/u.test(x.key) && isPersonish(f))
          return { role: cue.role, end: x.end };
      }
      return null;
    }
    // The noun phrase goes on: adjectives, «من» and a definite genitive, «على الأقل», «قد».
    if (t.key === "من") {
      inPartitive = true;
      continue;
    }
    if (BETWEEN_SUBJECT_AND_VERB.has(t.key) || isNisba(t.key)) continue;
    if (/^(?:ال|لل)/u.test(t.key) && (inPartitive || m <= last + 2)) continue;
    // «من أفراد قوة حراسته»: the partitive's genitive chain (construct nouns without the article).
    if (inPartitive && m <= last + 4 && !/^[وف]/u.test(t.key) && !say(t)) continue;
    // The breakdown's groups («طفل وامرأة»، «11 طفلا»), up to its verb.
    if (breakdownFrom >= 0 && m <= breakdownFrom + 6 && !say(t)) continue;
    return null;
  }
  return null;
}

/** «قتل اليوم (الثلاثاء) اثنان من …»، «وفاة 3 أشخاص»: a casualty verb or event before the number, across adverbs of time. */
function cueBefore(model: TextModel, s: Sentence, first: number, f: Figure): Reading | null {
  const { tokens } = model;
  let skipped = 0;
  for (let k = first - 1; k >= Math.max(s.first, first - 8); k--) {
    const t = tokens[k];
    // («قتلت القوات، اليوم الأربعاء، 10 فلسطينيين»: an adverb between commas.)
    const commaAroundAdverb = isPunct(t, "،", ",") && (skipped > 0 || TIME_WORDS.has(tokens[k - 1]?.key ?? ""));
    if (isPunct(t, "(", ")") || commaAroundAdverb) {
      skipped++;
      continue;
    }
    if (t?.kind !== "word") return null;
    // «قتلت قوات الاحتلال الإسرائيلي 10 فلسطينيين»: an active verb, its subject, then the victims.
    const active = activeVerbBefore(tokens, k, s.first);
    if (active) return active;
    // «وقضى في الهجوم الانتحاري 40 جندياً»: where or by what, a preposition and its definite words.
    const place = placePhraseEndingAt(tokens, k, s.first);
    if (place > 0) {
      k -= place - 1;
      skipped++;
      continue;
    }
    if (
      TIME_WORDS.has(t.key) ||
      TIME_WORDS.has(coreOf(t.key)) ||
      (k < first - 1 && TIME_WORDS.has(tokens[k + 1]?.key ?? "") && /^ال/u.test(t.key) && skipped > 0)
    ) {
      skipped++;
      continue;
    }
    const cue = cueOf(t);
    // Only across adverbs: a cue right before the number is the parser's own business.
    // «وفاة 3 أشخاص»، «مصرع 5 عمال»، «قتل اليوم (الثلاثاء) اثنان»: right before the number or across adverbs.
    if (cue && (cue.form === "verb" || cue.form === "event")) {
      // «محاولات قتل اثنين»: an attempt is no casualty; a trigger the parser knows and left alone, it left for a reason.
      if (readsAs(tokens[k - 1], TRIGGER_BLOCKERS)) return null;
      if (skipped === 0 && (readsAs(t, KILLED_TRIGGERS) || readsAs(t, INJURED_TRIGGERS))) return null;
      const bare = withoutJoiner(t.key);
      // «قضى ثلاثة مدنيين»، «توفي طفلان»: a verb that means dying only of people, with people after it.
      if (WEAK_KILLED_VERB.test(bare) && !(VERB_FIRST_DEATH.test(bare) && isPersonNoun(f))) return null;
      return { role: cue.role, start: wordStart(t) };
    }
    return null;
  }
  return null;
}

/** Active verbs of killing and wounding that take their victims as object: «قتلت»، «أصابت»، «جرحت». */
const ACTIVE_CASUALTY_VERB = /^(?:قتل|قتلت|قتلوا|اصاب|اصابت|اصابوا|جرح|جرحت|جرحوا)$/u;
/** Words that cannot be in a subject between a verb and its object. */
const NOT_IN_SUBJECT = keySet([
  "في",
  "على",
  "من",
  "إلى",
  "الى",
  "عن",
  "مع",
  "بعد",
  "قبل",
  "منذ",
  "أن",
  "إن",
  "ان",
  "لا",
  "لم",
]);

/**
 * «قتلت قوات الاحتلال الإسرائيلي 10 …»، «أصاب المسلحون 4 …»: the subject (one to four words, `k` its last)
 * of an active verb of killing or wounding before the victims' number; the reading from the verb, or null.
 */
function activeVerbBefore(tokens: readonly Tok[], k: number, first: number): Reading | null {
  for (let v = k - 1; v >= Math.max(first, k - 4); v--) {
    const t = tokens[v];
    if (t?.kind !== "word" || NOT_IN_SUBJECT.has(t.key)) return null;
    if (ACTIVE_CASUALTY_VERB.test(withoutJoiner(t.key))) {
      // «بهدف قتل أكبر عدد من المواطنين»: an aim, not a toll.
      if (readsAs(tokens[v - 1], TRIGGER_BLOCKERS)) return null;
      const subject = tokens.slice(v + 1, k + 1);
      // The subject opens on a noun («قوات»، «الجيش»، «مسلحون»), not on another verb or a number.
      if (subject.some((w) => w.kind !== "word" || cueOf(w) !== null)) return null;
      const cue = cueOf(t);
      return cue ? { role: cue.role, start: wordStart(t) } : null;
    }
  }
  return null;
}

const PLACE_PREPOSITIONS = keySet(["في", "خلال", "جراء", "إثر", "اثر", "أثناء"]);

/** How many tokens a phrase «في الهجوم الانتحاري» ending at `k` takes (a preposition and one to three definite words), or 0. */
function placePhraseEndingAt(tokens: readonly Tok[], k: number, first: number): number {
  for (let n = 1; n <= 3; n++) {
    const word = tokens[k - n + 1];
    if (word?.kind !== "word" || !/^ال/u.test(word.key)) return 0;
    const prep = tokens[k - n];
    if (k - n >= first && prep?.kind === "word" && PLACE_PREPOSITIONS.has(prep.key)) return n + 1;
  }
  return 0;
}

/**
 * «وبلغ عدد الوفيات 6 أشخاص»، «وبلغ عدد الوفيات، حسب إعلان الرئيس التركي، 6 أشخاص»: the verb, the total and its
 * casualty noun, then the number it came to — with an attribution between commas before the number.
 */
function totalRightBefore(model: TextModel, s: Sentence, first: number): Reading | null {
  const { tokens } = model;
  let j = first - 1;
  if (isPunct(tokens[j], "،", ",")) {
    let m = j - 1;
    while (m > s.first && j - m <= 8 && !isPunct(tokens[m], "،", ",")) m--;
    const opener = wordAt(tokens, m + 1, s);
    if (!isPunct(tokens[m], "،", ",") || !opener || !MARKERS.has(opener.key)) return null;
    j = m - 1;
  }
  const cue = cueOf(wordAt(tokens, j, s));
  const total = wordAt(tokens, j - 1, s);
  const verb = wordAt(tokens, j - 2, s);
  if (!cue || cue.form === "verb" || !total || !TOTALS.has(coreOf(total.key))) return null;
  if (!verb || !(RISE.has(coreOf(verb.key)) || RISE.has(verb.key.replace(/^[وف]/u, "")))) return null;
  return { role: cue.role, start: wordStart(verb) };
}

/**
 * «عدد الإصابات ارتفع إلى 39»، «ارتفاع حصيلة ضحايا القصف، إلى 11»، «والإصابات إلى 12,249»: the number
 * a total of casualties rises or comes to.
 */
function totalOf(model: TextModel, s: Sentence, first: number): Reading | null {
  const { tokens } = model;
  const direct = totalRightBefore(model, s, first);
  if (direct) return direct;
  const before = wordAt(tokens, first - 1, s);
  let k = first - 1;
  if (before && TO.has(before.key)) k--;
  // «بلغت حصيلة قتلى التفجيرات أول أمس الأحد 30 شخصاً»: the day between the total and what it came to.
  else if (before && DAY_WORDS.has(coreOf(before.key))) k--;
  else if (!(before && RISE.has(coreOf(before.key)))) return null;
  // «والإصابات إلى 12,249»: the casualty noun right before «إلى», its verb elided.
  const elided = elidedTotal(model, s, first);
  if (elided) return { role: elided };
  // «ارتفع إلى 100 عدد قتلى الهجوم»: the total after the number it rose to.
  const verbBefore = tokens[first - 2];
  if (before && TO.has(before.key) && verbBefore && RISE.has(coreOf(verbBefore.key))) {
    for (let g = first + 1; g <= Math.min(first + 2, s.last); g++) {
      const t = tokens[g];
      if (t?.kind !== "word" || !TOTALS.has(coreOf(t.key))) continue;
      const cue = cueOf(tokens[g + 1]);
      if (cue && cue.form !== "verb") return { role: cue.role, start: wordStart(verbBefore) };
    }
  }
  let rise = false;
  let commas = 0;
  for (let j = k; j >= Math.max(s.first, k - 16); j--) {
    const t = tokens[j];
    if (isPunct(t, "،", ",")) {
      if (++commas > 2) return null;
      continue;
    }
    if (t?.kind !== "word") continue;
    if (RISE.has(coreOf(t.key)) || RISE.has(t.key)) rise = true;
    // «ارتفع ضحايا التفجير … إلى 100 شخص»، «ارتفاع قتلى تفجيرات دمشق إلى 46 شخصا»: the victims rose, right after the verb.
    const victims = cueOf(t);
    if (victims && victims.form !== "verb" && RISE.has(coreOf(tokens[j - 1]?.key ?? "")))
      return { role: victims.role, start: wordStart(tokens[j - 1]!) };
    if (TOTALS.has(t.key) || TOTALS.has(coreOf(t.key)) || TOTALS.has(t.key.replace(/^[وف]/u, ""))) {
      // «ارتفاع حصيلة تفجير الكرادة إلى 292»: the toll of an attack, no casualty word, is its dead.
      if (TOLL.has(coreOf(t.key)) && ATTACKS.has(coreOf(tokens[j + 1]?.key ?? ""))) {
        const verbFirst = RISE.has(coreOf(tokens[j - 1]?.key ?? ""));
        if (rise || verbFirst) return { role: "killed" };
      }
      for (let g = j + 1; g <= Math.min(j + 2, k); g++) {
        const cue = cueOf(tokens[g]);
        if (cue && cue.form !== "verb") {
          const verbFirst = RISE.has(coreOf(tokens[j - 1]?.key ?? ""));
          if (!rise && !verbFirst) return null;
          // The figure reads from its total when the total is close («عدد الإصابات ارتفع إلى 39»), else
          // from the verb of rising right before «إلى» («… ارتفع إلى 11»).
          const verb = tokens[first - 2];
          const from =
            j >= first - 6
              ? wordStart(t)
              : TO.has(tokens[first - 1]?.key ?? "") && verb && RISE.has(verb.key.replace(/^[وف]/u, ""))
                ? wordStart(verb)
                : undefined;
          return from !== undefined ? { role: cue.role, start: from } : { role: cue.role };
        }
      }
      return null;
    }
  }
  return null;
}

/** Where a word starts without its و/ف. */
function wordStart(t: Tok): number {
  return /^[وف]/u.test(t.key) && t.key.length > 3 ? (t.charStarts[1] ?? t.start) : t.start;
}

/** «والإصابات إلى 12,249»: a casualty noun joined by و right before «إلى» and the number (the verb elided). */
function elidedTotal(model: TextModel, s: Sentence, first: number): CueRole | null {
  const to = wordAt(model.tokens, first - 1, s);
  const noun = wordAt(model.tokens, first - 2, s);
  if (!to || !TO.has(to.key) || !noun || !/^[وف]/u.test(noun.key)) return null;
  const cue = cueOf(noun);
  return cue?.form === "noun" ? cue.role : null;
}

/** An injured figure with «آخرون» after `f` in the same clause: the group before it were killed. */
function othersInjuredAfter(model: TextModel, s: Sentence, last: number, figs: readonly Figure[], i: number): boolean {
  const next = figs[i + 1];
  const after = figs.slice(i + 1).find((g) => g.role === "injured");
  if (!after) return false;
  const at = figureTokens(model, s, after);
  if (!at || at.first - last > 14) return false;
  for (let k = last + 1; k < at.first; k++) if (isPunct(model.tokens[k], "،", ",", ".", ";", "؛")) return false;
  // Only a breakdown («بينهم …») may stand between.
  if (next && next !== after && next.role !== null && next.role !== "injured") return false;
  const lead = model.tokens[at.first - 1];
  const cue = cueOf(lead);
  const others =
    /(?:اخرون|اخرين)/u.test(toKey(after.text)) || /^(?:اخرون|اخرين)$/u.test(model.tokens[at.last + 1]?.key ?? "");
  return cue?.role === "injured" && cue.form === "verb" && /^و/u.test(lead?.key ?? "") && others;
}

/**
 * Reads the clause of every figure of a sentence the parser left without a casualty role, and of
 * victims («ضحايا») figures; returns the figures with their roles (a figure that counts the killed and
 * the injured together is dropped: it is neither a toll nor a count).
 */
export function readCasualtyClauses(model: TextModel, s: Sentence, figs: readonly Figure[]): Figure[] {
  const out: Array<Figure & { victims?: true }> = [];
  for (const [i, f] of figs.entries()) {
    if (f.unit === "percent" || f.value === 0) {
      out.push(f);
      continue;
    }
    const at = figureTokens(model, s, f);
    if (!at) {
      out.push(f);
      continue;
    }
    const nounCue = f.noun ? cueOf({ ...(model.tokens[at.last] as Tok), key: toKey(f.noun) }) : null;
    if (f.role !== null) {
      // «سقوط 9 ضحايا»: victims alone are killed and injured together.
      if (nounCue?.role === "victims") out.push({ ...f, victims: true });
      else {
        // «…، والإصابات إلى 1,450»: the casualty noun right before the number names it, not one further back.
        const near = !f.noun ? elidedTotal(model, s, at.first) : null;
        if (near && near !== "victims" && near !== f.role) out.push({ ...f, role: near });
        else {
          // «عدد المصابين ارتفع إلى 27»: the parser's toll reads from its total too.
          const total = totalOf(model, s, at.first);
          const from = total?.role === f.role && total.start !== undefined ? total.start - s.start : f.start;
          out.push(from < f.start ? { ...f, start: from, text: model.text.slice(s.start + from, s.start + f.end) } : f);
        }
      }
      continue;
    }
    // «بينهم 7 أطفال»: a breakdown takes the role of the toll it breaks down, once that is read.
    // («منهم ( 6 نساء و6 أطفال)»: the breakdown in brackets after its word.)
    const lead = model.tokens[isPunct(model.tokens[at.first - 1], "(") ? at.first - 2 : at.first - 1];
    if (lead?.kind === "word" && AMONG.has(lead.key)) {
      const toll = out.findLast((g) => g.role !== null);
      out.push(toll && at.first - 1 >= s.first ? { ...f, role: toll.role } : f);
      continue;
    }
    // «استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين»: a group added to the toll just read.
    if (addedToToll(model, at.first) && isPersonish(f)) {
      const toll = out.findLast((g) => g.role !== null);
      if (toll) {
        out.push({ ...f, role: toll.role });
        continue;
      }
    }
    // «قتلوا بأيدي مجرمين اثنين»: the ones at whose hands it was done, not the dead.
    if (HANDS_OF.has(model.tokens[at.first - 1]?.key ?? "")) {
      out.push(f);
      continue;
    }
    let reading: Reading | null = null;
    if (nounCue?.form === "noun") reading = { role: nounCue.role };
    reading ??= predicateAfter(model, s, at.last, f);
    reading ??= isPersonish(f) ? cueBefore(model, s, at.first, f) : null;
    // («ارتفعت حصيلة قتلى التفجيرين»: the blasts the total is of, not what it came to.)
    reading ??= isPersonish(f) ? totalOf(model, s, at.first) : null;
    if (!reading && f.noun && isPersonish(f) && othersInjuredAfter(model, s, at.last, figs, i))
      reading = { role: "killed" };
    if (!reading) {
      out.push(f);
      continue;
    }
    if (reading.role === "none") continue;
    const end = Math.max(f.end, reading.end !== undefined ? reading.end - s.start : f.end);
    const start = Math.min(f.start, reading.start !== undefined ? reading.start - s.start : f.start);
    const g: Figure & { victims?: true } = {
      ...f,
      role: reading.role === "victims" ? "killed" : reading.role,
      start,
      end,
      text: model.text.slice(s.start + start, s.start + end),
    };
    if (reading.role === "victims") g.victims = true;
    out.push(g);
  }
  // Victims count the killed only when the injured are set apart after them in the sentence.
  const kept: Figure[] = [];
  for (const [i, f] of out.entries()) {
    if ("victims" in f && f.victims) {
      const { victims: _, ...plain } = f;
      const injuredAfter = out.slice(i + 1, i + 3).some((g) => g.role === "injured");
      if (injuredAfter) kept.push({ ...plain, role: "killed" });
      continue;
    }
    kept.push(f);
  }
  return [...kept, ...dualSubjects(model, s, kept)].sort((a, b) => a.start - b.start);
}

/** «إضافة إلى»، «فضلا عن»: the words that add a group to what came before (folded keys). */
export const ADDING = keySet(["إضافة", "بالإضافة", "وإضافة", "وبالإضافة", "فضلا", "وفضلا"]);
const ADDITION_TO = keySet(["إلى", "الى"]);

/** «إضافة إلى ثلاثة»، «فضلا عن ثلاثة»: the words right before a number that add it to what came before. */
function addedToToll(model: TextModel, first: number): boolean {
  const { tokens } = model;
  const [two, one] = [tokens[first - 2], tokens[first - 1]];
  if (two?.kind !== "word" || one?.kind !== "word" || !ADDING.has(two.key)) return false;
  return /فضلا$/u.test(two.key) ? one.key === toKey("عن") : ADDITION_TO.has(one.key);
}

/** A dual ending of a verb: «قضيا»، «قتلا»، «أصيبا»، «استشهدا»، «لقيا». */
const DUAL_VERB = /^(?:قتلا|قتلتا|استشهدا|استشهدتا|اصيبا|اصيبتا|جرحا|قضيا|قضتا|لقيا|لقيتا|توفيا|سقطا|سقطتا)$/u;

/**
 * «ينعى مقاتلين قضيا»: a noun in ـين is a plural to the parser (مسلحين), but a verb in the dual after it
 * makes it two — the number is in the verb's agreement.
 */
function dualSubjects(model: TextModel, s: Sentence, figs: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  const { tokens } = model;
  for (let k = s.first; k < s.last; k++) {
    const noun = tokens[k];
    const verb = tokens[k + 1];
    if (noun?.kind !== "word" || verb?.kind !== "word" || !DUAL_VERB.test(verb.key)) continue;
    if (!/ين$/u.test(noun.key) || /^(?:[وف]?ال|[وف]?لل)/u.test(noun.key) || !PERSON_NOUN.test(coreOf(noun.key)))
      continue;
    const start = noun.start - s.start;
    if (figs.some((f) => f.start <= start && start < f.end)) continue;
    const cue = cueOf(verb);
    if (cue?.form !== "verb") continue;
    const end =
      (MET_OR_LOST.test(verb.key) && DEATH_OBJECT.test(tokens[k + 2]?.key ?? "") ? tokens[k + 2]?.end : verb.end) ??
      verb.end;
    out.push({
      value: 2,
      qualifier: "exactly",
      start,
      end: end - s.start,
      text: model.text.slice(noun.start, end),
      noun: model.text.slice(noun.start, noun.end),
      role: cue.role === "injured" ? "injured" : "killed",
    });
  }
  return out;
}

/** «غالبيتهم»، «معظمهم»: a breakdown of the toll before them. */
const MOST_OF_THEM: ReadonlySet<string> = new Set([
  ...keySet(["غالبيتهم", "معظمهم", "أغلبهم", "أغلبيتهم", "جلهم"]),
  ...AMONG,
]);

/** «بجروح»، «بإصابات»: how the injured were hurt, after their figure. */
const MANNER = /^ب(?:جروح|جراح|اصابات|اصابه)$/u;

/** Words that open a second clause of the same report: «فيما»، «بينما»، «في حين»، «كما». */
const CLAUSE_OPENERS = keySet(["فيما", "وفيما", "بينما", "وبينما", "حين", "كما", "وكما"]);

/**
 * Whether the injured (or killed) figure `next` belongs to the toll that ends at token `from`, across a
 * longer stretch than the figure grouping reads by itself (convention 2: killed and injured of one
 * happening in one sentence are one item):
 * - «قتل … اثنان من مقاتلي الحشد العشائري السني المنضوي تحت لواء الحشد الشعبي وأصيب عشرة»: the
 *   second figure's own casualty verb, joined by و, with no punctuation between;
 * - «… 61,330 قتيلا، أغلبيتهم …، فيما ارتفع عدد الجرحى إلى 152,359»: a second clause opened by
 *   فيما/بينما/في حين/كما whose total of the other kind rises to it.
 */
export function joinsToll(model: TextModel, from: number, nextFirst: number, sentenceLast: number): boolean {
  const { tokens } = model;
  if (nextFirst > sentenceLast || nextFirst - from > 40) return false;
  const lead = tokens[nextFirst - 1];
  const cue = cueOf(lead);
  const between = tokens.slice(from + 1, nextFirst);
  if (between.some((t) => isPunct(t, ".", ";", "؛", ":", "\n"))) return false;
  // «قتل 18 شخصاً، غالبيتهم مدنيون، وأصيب العشرات»: a breakdown between commas is not a new clause.
  const commas = between.flatMap((t, i) => (isPunct(t, "،", ",") ? [i] : []));
  const aside =
    commas.length === 2 && readsAs(between[commas[0]! + 1], MOST_OF_THEM) !== null && commas[1] === between.length - 2;
  // («وقتل 3 في الموصل، فيما أصيب 5 في كركوك»: a place of its own after the second figure keeps them apart.)
  const ownPlace = tokens.slice(nextFirst + 1, nextFirst + 5).some((t) => t.key === toKey("في"));
  // «قتل ثلاثة مدنيين في حصيلة أولية، وأصيب أكثر من 15»، «إصابة 9 أشخاص بجروح متفاوتة، واستشهاد 3»: the
  // other kind's verb or event right after «، و» (opening the figure), one comma and nothing counted
  // or told of a casualty between.
  if (
    cue &&
    cue.form !== "noun" &&
    /^و/u.test(lead?.key ?? "") &&
    commas.length === 1 &&
    commas[0] === between.length - 2 &&
    nextFirst - from <= 7 &&
    !ownPlace
  )
    return !between.some((t) => t.kind === "num" || (t !== lead && cueOf(t) !== null && !MANNER.test(t.key)));
  if (cue && cue.form !== "noun" && /^و/u.test(lead?.key ?? "") && nextFirst - from <= 16)
    return !between.slice(0, aside ? commas[0] : -1).some((t) => isPunct(t, "،", ",") || cueOf(t) !== null);
  const opener = between.findLastIndex((t) => t.kind === "word" && CLAUSE_OPENERS.has(t.key));
  if (opener < 0) return false;
  // «مقتل 46 شخصاً في الانفجارين، فيما أصيب 45 شخصاً»: the other kind's verb right after the opener.
  // (The verb opens the figure, or stands right before it.)
  const verbAt = opener === between.length - 1 ? tokens[nextFirst] : between[opener + 1];
  if (cueOf(verbAt)?.form === "verb" && opener >= between.length - 2 && !ownPlace) return true;
  // The second clause up to the number, with the total the figure may already read from («عدد الجرحى ارتفع إلى»).
  const clause = [...between.slice(opener + 1), ...tokens.slice(nextFirst, nextFirst + 6)];
  if (between.slice(opener + 1).some((t) => isPunct(t, "،", ","))) return false;
  return (
    clause.some((t) => RISE.has(coreOf(t.key)) || RISE.has(t.key)) && clause.some((t) => cueOf(t)?.form === "noun")
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Who reports a figure: the governing clause                                                 */

/** «بحسب»، «حسب ما»، «وفق ما» (also glued: «وفقما»)، «وفقا لـ»، «نقلا عن»، «طبقا لـ»: attribution without a verb of its own. */
const MARKERS = keySet(["حسب", "بحسب", "حسبما", "بحسبما", "وفق", "وفقا", "وفقما", "طبقا", "نقلا"]);
/** Verbs of saying and reporting, in any person, with an object pronoun («أعلنته»، «نقلته»). */
const SAY =
  /^(?:قال|قالت|قالوا|افاد|افادت|افادوا|اعلن|اعلنت|اعلنوا|ذكر|ذكرت|ذكروا|اكد|اكدت|اكدوا|اوضح|اوضحت|اشار|اشارت|كشف|كشفت|صرح|صرحت|اورد|اوردت|نقل|نقلت|نقلوا|بين|بينت|اضاف|اضافت|تابع|تابعت)(?:ه|ها|ته|تها)?$/u;
/** What a figure is based on, not who reports it: «وفق حصيلة أولية»، «بحسب تقديرات». */
const BASIS = /^(?:حصيل|تقدير|احصاء|احصائي|ارقام|معلومات|تقارير|تعداد|ما)/u;
const THAT = keySet(["إن", "أن", "بأن", "فإن", "وإن", "وأن", "أنه", "إنه", "بأنه", "أنها", "إنها"]);
/** Words that end a source phrase: the addressee, the channel, the time, what is reported. */
const SOURCE_STOPS = keySet([
  "في",
  "عبر",
  "خلال",
  "اليوم",
  "أمس",
  "امس",
  "مساء",
  "صباح",
  "يوم",
  "عن",
  "إلى",
  "الى",
  "على",
  "قبل",
  "بعد",
  "مفضلا",
  "طالبا",
  "رافضا",
]);

const DEMONSTRATIVE_OBJECTS = keySet(["ذلك", "هذا", "هذه"]);

function say(tok: Tok | undefined): boolean {
  if (tok?.kind !== "word") return false;
  const k = /^[وف]/u.test(tok.key) && tok.key.length > 3 ? tok.key.slice(1) : tok.key;
  return SAY.test(k);
}

/** The source phrase from token k: up to punctuation, the addressee (لـ، لوكالة), a channel or time word. */
function sourcePhrase(model: TextModel, k: number, last: number): Range | null {
  const { tokens } = model;
  let end = -1;
  let start = -1;
  // «ذكرت ذلك اليوم بوابة الوسط»: the object «ذلك» and the time before the subject.
  if (DEMONSTRATIVE_OBJECTS.has(tokens[k]?.key ?? "")) {
    k++;
    while (
      k <= last &&
      tokens[k]?.kind === "word" &&
      (TIME_WORDS.has(tokens[k]!.key) || SOURCE_STOPS.has(tokens[k]!.key))
    )
      k++;
  }
  for (let j = k; j <= Math.min(last, k + 8); j++) {
    const t = tokens[j];
    if (!t || t.kind === "punct" || t.kind === "num") break;
    if (t.kind === "word") {
      if (SOURCE_STOPS.has(t.key) || THAT.has(t.key) || TIME_WORDS.has(t.key)) break;
      // «لـ "سمارت"»، «لوكالة فرانس برس»: whom it was said to.
      if (j > k && /^ل(?!ل)/u.test(t.key) && !/^لا/u.test(t.key)) break;
      if (j > k && (say(t) || cueOf(t) !== null)) break;
    }
    if (start < 0) start = t.start;
    end = t.end;
  }
  return start < 0 || end <= start ? null : { start, end };
}

type Range = { start: number; end: number };

/** Words that say which count a basis is: «حصيلة جديدة / أولية / سابقة». */
const BASIS_ADJECTIVES = keySet([...TOLL_ADJECTIVE_WORDS, "سابقة"]);

/** The author of a basis from `k`: «لـ "فرانس برس"»، «لوكالة فرانس برس»، «للمرصد السوري» (the ل cut). */
function authorOfBasis(model: TextModel, k: number, last: number): Range | null {
  const { tokens } = model;
  let j = k;
  while (j <= last && BASIS_ADJECTIVES.has(tokens[j]?.key ?? "")) j++;
  const t = tokens[j];
  if (t?.kind !== "word") return null;
  if (t.key === "ل" || t.key === "لـ") {
    let a = j + 1;
    while (a <= last && tokens[a]?.kind === "punct" && /^["«“]$/u.test(tokens[a]!.key)) a++;
    return sourcePhrase(model, a, last);
  }
  if (!/^ل[^ا]/u.test(t.key) || t.key.length < 4) return null;
  const phrase = sourcePhrase(model, j, last);
  const cut = t.key.startsWith("لل") ? 2 : 1;
  return phrase ? { start: t.charStarts[cut] ?? phrase.start, end: phrase.end } : null;
}

/**
 * Who reports the figure at `figure` when no statement carries it, read from its sentence:
 * - an attribution marker anywhere in the sentence («…، حسب ما أفاد الدفاع المدني.»، «وفق ما أعلنته
 *   وزارة الصحة»، «بحسب مصدر أمني»، «نقلا عن مصادر طبية») — every figure of the sentence is its
 *   (convention 8); «نقلت/نقلته X عن Y» names Y;
 * - a verb of saying that governs the figure's clause: «وقال حسن الجبوري …، لوكالة شينخوا إن …»،
 *   «قال مصدر طبي لـ ((شينخوا)) إن مستشفيين استقبلا جثتين».
 */
export function clauseSource(model: TextModel, figure: Range): Range | null {
  const { tokens } = model;
  const s = model.sentences.find((x) => x.start <= figure.start && figure.start < x.end);
  if (!s) return null;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    if (t?.kind !== "word") continue;
    const bare = /^[وف]/u.test(t.key) && t.key.length > 3 && !/^وفق/u.test(t.key) ? t.key.slice(1) : t.key;
    // «…، على ما أعلن الرئيس»: «as the president announced», the wire services' trailing attribution.
    const alaMa = t.key === ALA_KEY && tokens[k + 1]?.key === "ما" && say(tokens[k + 2]);
    const marker = alaMa || MARKERS.has(bare) || MARKERS.has(t.key) || /^[وف]?(?:وفقا|طبقا)$/u.test(t.key);
    const glued = !marker && /^(?:[وف]?(?:وفقا|طبقا))?ل/u.test(t.key) && MARKERS.has(tokens[k - 1]?.key ?? "");
    if (!marker || glued) continue;
    let j = k + 1;
    if (tokens[j]?.key === "ما") j++;
    // «وفقا لما ذكرته وكالة دوغان»: «لما» and the verb of saying, then the source.
    else if (tokens[j]?.key === "لما" && say(tokens[j + 1])) j++;
    // «وفقا لوزارة الصحة»: the ل glued to the source.
    const next = tokens[j];
    if (next?.kind === "word" && BASIS.test(coreOf(next.key)) && !say(next)) {
      // «وفق تعداد لـ«فرانس برس»»، «بحسب حصيلة جديدة للمرصد»: whose count it is, after its ل.
      const author = authorOfBasis(model, j + 1, s.last);
      if (author) return author;
      continue;
    }
    if (say(next)) {
      const verb = next?.key ?? "";
      j++;
      const phrase = sourcePhrase(model, j, s.last);
      if (!phrase) continue;
      // «وفق ما نقلته وكالة رويترز عن مسؤولين أميركيين»: who the outlet quotes.
      if (/نقل/u.test(verb)) {
        for (let a = j; a <= Math.min(s.last, j + 8); a++) {
          if (tokens[a]?.key === "عن") {
            const quoted = sourcePhrase(model, a + 1, s.last);
            if (quoted) return quoted;
          }
          if (tokens[a]?.kind === "punct") break;
        }
      }
      return phrase;
    }
    if (next?.kind === "word" && /^ل(?!ل|ا)/u.test(next.key) && /^(?:[وف]?(?:وفقا|طبقا|وفق))$/u.test(t.key)) {
      const phrase = sourcePhrase(model, j, s.last);
      if (phrase) return { start: next.charStarts[1] ?? phrase.start, end: phrase.end };
      continue;
    }
    if (/^[وف]?نقلا$/u.test(t.key) && tokens[j]?.key === "عن") return sourcePhrase(model, j + 1, s.last);
    const phrase = sourcePhrase(model, j, s.last);
    if (phrase) return phrase;
  }
  // «كانت آخر حصيلة سجلتها السلطات في عدن 23 قتيلا»: a verb of recording whose object (the pronoun) is the
  // toll the figure gives, its subject who recorded it (convention 9).
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    if (!t || t.start >= figure.start) break;
    if (t.kind === "word" && REPORTED_IT.test(t.key.replace(/^[وف]/u, ""))) {
      const phrase = sourcePhrase(model, k + 1, s.last);
      // Only the toll right after it: not a figure past another number («… 23 قتيلا خلال انفجارين»).
      const between = tokens
        .slice(k + 1, s.last + 1)
        .filter((x) => x.start >= (phrase?.end ?? 0) && x.end <= figure.start);
      if (phrase && phrase.end <= figure.start && !between.some((x) => x.kind === "num")) return phrase;
    }
  }
  // A verb of saying before the figure whose «إن/أن» opens the clause that holds it.
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    if (!t || t.start >= figure.start) break;
    if (!say(t) || (/(?:ه|ها|ته|تها)$/u.test(t.key.replace(/^[وف]/u, "")) && !SAY.test(t.key))) continue;
    let that = -1;
    for (let a = k + 1; a <= s.last; a++) {
      const x = tokens[a];
      if (!x || x.start >= figure.start) break;
      if (x.kind === "word" && THAT.has(x.key)) {
        that = a;
        break;
      }
    }
    if (that < 0) {
      // «أعلنت الوزارة، اليوم، ارتفاع حصيلة …»، «أكد المصدر مقتل …»، «أفاد المرصد بمقتل …»: the verb's
      // object is the casualty event itself (a masdar), its subject the source.
      const masdar = masdarObject(model, k, figure.start, s.last);
      if (masdar !== null) {
        const phrase = sourcePhrase(model, k + 1, masdar - 1);
        if (phrase) return phrase;
      }
      continue;
    }
    // Another verb of saying between «إن/أن» and the figure opens a clause of its own.
    let other = false;
    for (let a = that + 1; a <= s.last && (tokens[a]?.start ?? figure.start) < figure.start; a++)
      if (say(tokens[a])) other = true;
    if (other) continue;
    // «نقلت وكالة الأنباء عن مصدر أمني أن …»: who the outlet quotes.
    if (/نقل/u.test(t.key)) {
      for (let a = k + 1; a < that; a++)
        if (tokens[a]?.key === "عن")
          return sourcePhrase(model, a + 1, that - 1) ?? sourcePhrase(model, k + 1, that - 1);
    }
    const phrase = sourcePhrase(model, k + 1, that - 1);
    if (phrase) return phrase;
    // «وأضاف أن …»، «وتابع أن …»: the verb goes on with the speaker of the sentence before.
    const after = tokens[k + 1]?.key ?? "x";
    const opensAt = /^(?:ان|انه|انها)$/u.test(after) || (TO.has(after) && THAT.has(tokens[k + 2]?.key ?? ""));
    if (CONTINUE.test(t.key.replace(/^[وف]/u, "")) && !opensAt) continue;
    if (CONTINUE.test(t.key.replace(/^[وف]/u, ""))) return speakerBefore(model, s);
  }
  return null;
}

/** Verbs that go on with what the speaker before said, their subject left out. */
const CONTINUE = /^(?:اضاف|اضافت|تابع|تابعت|اشار|اشارت|اوضح|اوضحت|بين|بينت|لفت|لفتت|اكد|اكدت)$/u;

/** The speaker of the sentence before `s` (in the same or the previous paragraph), by its verb of saying. */
function speakerBefore(model: TextModel, s: Sentence): Range | null {
  const i = model.sentences.indexOf(s as (typeof model.sentences)[number]);
  const before = i > 0 ? model.sentences[i - 1] : undefined;
  if (!before) return null;
  const { tokens } = model;
  for (let k = before.first; k <= before.last; k++) {
    if (!say(tokens[k])) continue;
    for (let a = k + 1; a <= before.last; a++) {
      if (tokens[a]?.kind === "word" && THAT.has(tokens[a]?.key ?? "")) return sourcePhrase(model, k + 1, a - 1);
    }
  }
  return null;
}

/** Verbs that take what they report as a direct object: «أعلن/أكد/ذكر/نفى/كشف X مقتل …»، «أفاد X بمقتل …». */
const OBJECT_SAY = /^(?:اعلن|اعلنت|اعلنوا|اكد|اكدت|اكدوا|ذكر|ذكرت|نفي|نفت|كشف|كشفت|افاد|افادت|افادوا)$/u;
const EVENT_NOUNS = /^(?:ب)?(?:ارتفاع|سقوط|حصيله|وقوع)$/u;

/** The token of the casualty masdar a verb of saying at `k` takes as its object, before the figure. */
function masdarObject(model: TextModel, k: number, figureStart: number, last: number): number | null {
  const { tokens } = model;
  const verb = tokens[k]?.key.replace(/^[وف]/u, "") ?? "";
  if (!OBJECT_SAY.test(verb)) return null;
  for (let a = k + 2; a <= Math.min(last, k + 20); a++) {
    const t = tokens[a];
    if (!t || t.start >= figureStart) return null;
    if (t.kind !== "word") continue;
    if (say(t) || THAT.has(t.key)) return null;
    const cue = cueOf(t);
    if (cue?.form === "event" || EVENT_NOUNS.test(t.key)) return figureStart - t.end < 160 ? a : null;
  }
  return null;
}
