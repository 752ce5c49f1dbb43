/**
 * Speaker noun phrases: where the phrase after a reporting verb (or before it, when the subject
 * comes first) begins and ends. Arabic has no capital letters and the sample texts no parse, so
 * the phrase is grown word by word and stopped by what cannot belong to it: the content (إن، أن،
 * a quotation, a ب-phrase), the medium (في بيان، لرويترز، عبر حسابه), a time (الخميس، أمس),
 * a relative clause (الذي رفض الكشف عن هويته), a verbal-noun object (استئناف، عدم) or a comma
 * that is not an apposition (وزير الدفاع، لويد أوستن، …).
 */
import { PREPOSITIONS } from "../arabic/numbers-lexicon";
import {
  ASIDE_NOUNS,
  CHANNEL_NOUNS,
  CLAUSE_BREAKS,
  CONTENT_OPENERS,
  FILLERS,
  IDENTITY_WORDS,
  WITHHOLDING_REASONS,
  isTimePhrase,
  NEGATIONS,
  OBJECT_MASDARS,
  OUTLETS,
  OUTLETS_AFTER_LAM,
  PARTICIPLES,
  PLATFORMS,
  QAWL,
  RELATIVES,
  REPORTING_VERBS,
  WEEKDAYS,
  ATTRIBUTION_MARKERS,
  DIRECTIVE_PARTICIPLES,
  WITHHOLDING_VERBS,
  type VerbInfo,
} from "./lexicon";
import { keySet, toKey } from "../arabic/numbers-tokens";
import {
  isDefinite,
  isNisba,
  isPrepositionSpelling,
  isPunct,
  isQuoteMark,
  readAs,
  readAsVerb,
  stripConj,
  type TextModel,
  type Tok,
} from "./text-model";

export type NounPhrase = { first: number; last: number; anonymousClause: boolean; next: number };

/** Words that never start a speaker phrase. */
const NOT_A_START = keySet([
  "كما",
  "وكما",
  "فقد",
  "وقد",
  "قد",
  "سبق",
  "ثم",
  "لكن",
  "ولكن",
  "لكنه",
  "لكنها",
  "إذا",
  "إذ",
  "حيث",
  "هذا",
  "هذه",
  "ذلك",
  "هناك",
  "هو",
  "هي",
  "هم",
  "وهو",
  "وهي",
  "أي",
  "كل",
  "بعض",
  "ما",
  "من",
  "وهذا",
  "عقب",
  "وعقب",
  "إثر",
  "وإثر",
  "بعد",
  "وبعد",
  "قبل",
  "خلال",
  "وخلال",
  "رغم",
  "ورغم",
  "منذ",
  "وفي",
  "في",
  "لكنهم",
  "ولكنهم",
  "لكنهما",
]);

const SOME = toKey("بعض");
/** Quantifiers whose noun is a plural in construct: «أحد مسؤولي …»، «بعض موظفي …». */
const CONSTRUCT_QUANTIFIERS = keySet(["أحد", "إحدى", "بعض", "كل", "جميع"]);
const BI_QUANTITY = keySet(["بنحو", "بحوالي", "بأكثر", "بأقل", "بقرابة", "بما"]);
/** What «بعض» quantifies when it heads a speaker: a definite plural or a media noun («بعض وسائل الإعلام»). */
const SOME_OF = keySet(["وسائل", "مصادر", "شهود", "مسؤولي", "وكالات", "صحف", "تقارير"]);
function isSomeOf(t: Tok | undefined): boolean {
  return t?.kind === "word" && (SOME_OF.has(t.key) || (/^ال/u.test(t.key) && t.key.length > 4));
}

const TOLD_AUDIENCE = keySet(["لصحافيين", "لصحفيين", "للصحافيين", "للصحفيين", "للصحافة", "لمراسلين", "للمراسلين"]);

/** After «في»: times and settings, not part of a speaker («البنتاغون في وقت سابق»). */
const SETTING_AFTER_FI = keySet([
  "وقت",
  "الوقت",
  "حين",
  "سياق",
  "أعقاب",
  "إطار",
  "ظل",
  "مؤتمر",
  "اتصال",
  "بيان",
  "منشور",
  "تصريح",
  "تصريحات",
  "مقابلة",
  "حديث",
  "تغريدة",
  "رسالة",
  "كلمة",
  "خطاب",
  "حصيلة",
  "إحصائية",
  "تقرير",
  "تحديث",
  "آخر",
  "أحدث",
  "بلاغ",
  "إفادة",
  "تعليق",
  "رد",
]);

/** Titles that stand in apposition right after a name: «جورج كتاني الأمين العام …». */
const APPOSED_TITLES = keySet([
  "الأمين",
  "المتحدث",
  "الناطق",
  "المدير",
  "الوزير",
  "السفير",
  "القائد",
  "المحافظ",
  "المستشار",
  "النائب",
]);

/** Nisba-shaped nouns that head a construct: «وزارة داخلية الإقليم»، «مديرية الصحة»، «بلدية الحلة». */
const NISBA_NOUNS = keySet(["داخلية", "خارجية", "مديرية", "مفوضية", "قنصلية", "بلدية", "ولاية", "جمعية"]);

const PRONOUN_SUFFIX = /(?:ها|هم|هما|هن)$/u;

/** «بيانها»، «تصريحاته» → «بيان»، «تصريحات»: a setting noun with a possessive suffix. */
export function withoutPossessive(key: string): string {
  return key.length > 4 ? key.replace(/(?:هما|هم|ها|ه)$/u, "") : key;
}

function isTimeWord(tok: Tok | undefined): boolean {
  return readAs(tok, WEEKDAYS) !== null || readAs(tok, FILLERS) !== null;
}

export function isVerbLike(tok: Tok | undefined): boolean {
  return (
    readAsVerb(tok, REPORTING_VERBS) !== null ||
    readAsVerb(tok, PARTICIPLES) !== null ||
    readAsVerb(tok, DIRECTIVE_PARTICIPLES) !== null
  );
}

/** «لوكالة …»، «لإذاعة "أوروبا-1"»، «لقناة …»: a kind of outlet after ل, its name after it (folded keys). */
const MEDIA_HEADS_AFTER_LAM = new Set(["وكاله", "اذاعه", "قناه", "صحيفه", "تلفزيون", "شبكه", "مجله"]);

const FA_QAD = toKey("فقد");

/** «وكالة فرانس برس» after a speaker: the outlet told (without ل). */
export function isMediaHead(tok: Tok | undefined): boolean {
  return tok?.kind === "word" && MEDIA_HEADS_AFTER_LAM.has(tok.key);
}

/** «لرويترز»، «لوكالة»: ل + an outlet is the channel, not part of the speaker. */
export function outletAfterLam(tok: Tok | undefined): string | null {
  if (tok?.kind !== "word") return null;
  const k = stripConj(tok.key);
  // «لصحافيين»، «للصحفيين»: who was told, not who spoke.
  if (TOLD_AUDIENCE.has(k)) return "journalists";
  if (k.startsWith("ل")) {
    const rest = k.slice(1);
    // «للجزيرة»: ل before the article drops its alef.
    const definite = k.startsWith("لل") ? `ا${rest}` : null;
    return (
      OUTLETS.get(rest) ??
      PLATFORMS.get(rest) ??
      (definite ? (OUTLETS.get(definite) ?? OUTLETS_AFTER_LAM.get(definite) ?? PLATFORMS.get(definite)) : undefined) ??
      (MEDIA_HEADS_AFTER_LAM.has(rest) ? "agency" : null)
    );
  }
  return null;
}

const ISSUED = keySet(["صادر", "الصادر", "صادرة", "الصادرة"]);
const ABOUT = toKey("عن");

/** A «#» before a word, or a «_» between two words, written without spaces: part of a hashtag. */
export function isHashtagJoint(model: TextModel, k: number): boolean {
  const { tokens } = model;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t?.kind !== "punct" || (t.key !== "#" && t.key !== "_") || next?.kind !== "word" || next.start !== t.end)
    return false;
  if (t.key === "#") return true;
  const prev = tokens[k - 1];
  return prev?.kind === "word" && prev.end === t.start;
}

/** Nouns heading an outlet's name: «لصحيفة الصباح»، «لقناة العهد». */
const OUTLET_HEADS = keySet(["صحيفة", "قناة", "إذاعة", "شبكة", "تلفزيون", "مجلة", "وكالة", "موقع"]);

/**
 * «قال مصدر للحرة، إن …»، «أفاد مسؤول لصحيفة الصباح بأن …»، «قال لـ"النهار" إن …»: ل + an outlet —
 * a definite name, or an outlet noun and its name — right before what was said is the channel.
 * Returns the index of the token after it (a comma, a colon, a quotation or إن/أن), or -1.
 */
export function lamChannelEnd(model: TextModel, k: number, last: number): number {
  const { tokens } = model;
  const t = tokens[k];
  if (t?.kind !== "word") return -1;
  const key = stripConj(t.key);
  let j = k + 1;
  // «للحرة،»: a definite name after ل is an outlet only with a comma after it («المتحدث الرسمي للحكومة إن» is not).
  if (/^لل/u.test(key) && key.length > 4 && !OUTLET_HEADS.has(key.slice(2)))
    return isPunct(tokens[j], "،", ",") && CONTENT_OPENERS.has(tokens[j + 1]?.key ?? "") ? j : -1;
  if (key === "ل") {
    const quoteEnd = shortQuoteEnd(model, j, last);
    if (quoteEnd > 0) j = quoteEnd + 1;
    else if (tokens[j]?.kind === "word") j++;
    else return -1;
  } else if (!(key.startsWith("ل") && OUTLET_HEADS.has(key.slice(key.startsWith("لل") ? 2 : 1)))) {
    return -1;
  } else {
    // «لصحيفة "المصريون"»: the outlet's quoted name closes the channel, whatever follows it.
    const quoteEnd = shortQuoteEnd(model, j, last);
    if (quoteEnd > 0) return quoteEnd + 1;
  }
  // «لـ"فرانس برس"،»: after a quoted name only what follows it is left to read. An outlet's name may
  // run longer («لقناة ال بي سي الإخبارية اللبنانية بأن»).
  const reach = key === "ل" ? 4 : 7;
  for (; j <= Math.min(last, Math.max(k + reach, j)); j++) {
    const w = tokens[j];
    if (!w) return -1;
    if (isPunct(w, "،", ",", ":") || isQuoteMark(w)) return j;
    if (w.kind !== "word" && w.kind !== "latin") return -1;
    if (w.kind === "word" && CONTENT_OPENERS.has(w.key)) return j;
    if (w.kind === "word" && (isVerbLike(w) || PREPOSITIONS.has(w.key) || NEGATIONS.has(w.key))) return -1;
  }
  return -1;
}

/** Tokens of a short quotation (at most three words) that starts at `i` and closes in the sentence. */
export function shortQuoteEnd(model: TextModel, i: number, last: number): number {
  const q = model.quoteAt.get(i);
  if (!q || q.close === -1 || q.close > last || q.words > 5) return -1;
  if (q.words <= 3) return q.close;
  // «ذكر «المرصد السوري لحقوق الإنسان» ووسائل إعلام …، أن …»: a longer name, when what follows it is
  // another party or what was said, and nothing inside it opens a clause.
  const after = model.tokens[q.close + 1];
  const goesOn = after?.kind === "word" && (/^و/u.test(after.key) || CONTENT_OPENERS.has(after.key));
  const inside = model.tokens.slice(i + 1, q.close);
  const plain = inside.every((t) => t.kind === "word" && !CONTENT_OPENERS.has(t.key) && !isVerbLike(t));
  return goesOn && plain ? q.close : -1;
}

/** The closing bracket of «(البنتاغون)» (at most three words of a name, no time word), or -1. */
export function shortBracketEnd(model: TextModel, open: number, last: number): number {
  for (let j = open + 1; j <= Math.min(last, open + 4); j++) {
    const t = model.tokens[j];
    if (isPunct(t, ")")) return j > open + 1 ? j : -1;
    if (t?.kind !== "word" && t?.kind !== "latin") return -1;
    if (t.kind === "word" && (isTimeWord(t) || CONTENT_OPENERS.has(t.key) || isVerbLike(t))) return -1;
  }
  return -1;
}

/** The apposition «، لويد أوستن،»: up to four words between two commas, none of them a stop. */
function appositionEnd(model: TextModel, comma: number, last: number): number {
  const { tokens } = model;
  let words = 0;
  for (let j = comma + 1; j <= Math.min(last, comma + 8); j++) {
    const t = tokens[j];
    if (!t) return -1;
    if (isPunct(t, "،", ",")) return words > 0 ? j - 1 : -1;
    if (isQuoteMark(t)) {
      const end = shortQuoteEnd(model, j, last);
      if (end < 0) return -1;
      j = end;
      words++;
      continue;
    }
    if (t.kind !== "word") return -1;
    if (words === 0 && (PREPOSITIONS.has(t.key) || readAs(t, NOT_A_START) || RELATIVES.has(t.key) || isTimeWord(t)))
      return -1;
    if (CONTENT_OPENERS.has(t.key) || isVerbLike(t) || readAs(t, OBJECT_MASDARS)) return -1;
    // «وكالة إرنا، نقلا عن مصدر مسؤول،»: whom the outlet quotes, not another name for it.
    if (readAs(t, ATTRIBUTION_MARKERS)) return -1;
    if (
      PREPOSITIONS.has(t.key) &&
      (SETTING_AFTER_FI.has(tokens[j + 1]?.key ?? "") || CHANNEL_NOUNS.has(tokens[j + 1]?.key ?? ""))
    )
      return -1;
    words++;
    if (words > 5) return -1;
  }
  return -1;
}

/** The end of a relative clause inside a speaker phrase, and whether it hides the speaker's name. */
function relativeClause(model: TextModel, i: number, last: number): { end: number; anonymous: boolean } {
  const { tokens } = model;
  let anonymous = false;
  let j = i + 1;
  for (; j <= last; j++) {
    const t = tokens[j];
    if (!t) break;
    if (isPunct(t, "،", ",") || isPunct(t, ":")) break;
    if (t.kind === "word" && CONTENT_OPENERS.has(t.key)) break;
    // «تم استهدافه هدد …» ends at the verb; «فضّل عدم كشف هويته» does not (a verbal noun after عدم).
    if (t.kind === "word" && readAsVerb(t, REPORTING_VERBS) && tokens[j - 1]?.key !== "عدم") break;
    if (readAs(t, IDENTITY_WORDS)) anonymous = true;
    if (j - i > 8) break;
  }
  return { end: j - 1, anonymous };
}

/**
 * «… طلب عدم نشر اسمه لأنه غير مخول بالتصريح لوسائل الإعلام إن …»: the reason given for hiding the
 * name belongs to the aside. From the identity word at `k`, the last token of the aside: the word
 * before what was said or before a comma, or `k` itself when no reason follows.
 */
export function withholdingReasonEnd(model: TextModel, k: number, last: number): number {
  const { tokens } = model;
  if (!readAs(tokens[k + 1], WITHHOLDING_REASONS)) return k;
  for (let j = k + 2; j <= Math.min(last, k + 14); j++) {
    const t = tokens[j];
    if (!t || isPunct(t, ".", ":", "؛") || isQuoteMark(t)) return k;
    if (isPunct(t, "،", ",") || (t.kind === "word" && CONTENT_OPENERS.has(t.key))) return j - 1;
  }
  return k;
}

/** The second comma of «، طلب عدم الكشف عن هويته،» after the comma at `comma`, or -1. */
function identityAside(model: TextModel, comma: number, last: number): number {
  const { tokens } = model;
  let identity = false;
  for (let j = comma + 1; j <= Math.min(last, comma + 9); j++) {
    const t = tokens[j];
    if (isPunct(t, "،", ",")) return identity ? j : -1;
    if (t?.kind === "word" && CONTENT_OPENERS.has(t.key)) return -1;
    if (readAs(t, IDENTITY_WORDS)) {
      identity = true;
      const end = withholdingReasonEnd(model, j, last);
      if (end > j) return isPunct(tokens[end + 1], "،", ",") ? end + 1 : -1;
    }
  }
  return -1;
}

/** The last token of «طلب عدم الكشف عن هويته (لأنه …)» from the verb at `v`, or -1. */
function withheldIdentity(model: TextModel, v: number, last: number): number {
  for (let j = v + 1; j <= Math.min(last, v + 5); j++) {
    const t = model.tokens[j];
    if (t?.kind !== "word") return -1;
    if (readAs(t, IDENTITY_WORDS)) return withholdingReasonEnd(model, j, last);
  }
  return -1;
}

export type PhraseOptions = {
  /** The verb the phrase belongs to, so its content markers end the phrase. */
  verb?: VerbInfo;
  /** Last token the phrase may use (the sentence end, or the verb for a subject before it). */
  last: number;
  /** The phrase may start with a glued ل that belongs to the word before it («وفقاً لوزارة …»). */
  lamGlued?: boolean;
};

/**
 * The noun phrase starting at `i`, or null when none starts there. `next` is the first token
 * after it (after an apposition's second comma, or after a skipped relative clause).
 */
export function nounPhraseAt(model: TextModel, i: number, opts: PhraseOptions): NounPhrase | null {
  const { tokens } = model;
  const verb = opts.verb ?? {};
  let k = i;
  let words = 0;
  let lastIncluded = -1;
  let anonymousClause = false;
  let prevDefinite = false;
  let prevNisbaIndefinite = false;
  let afterPreposition = false;
  let next = -1;
  while (k <= opts.last) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct") {
      // «مديرية شرطة #أربيل»، «#مايك_بومبيو»: a hashtag's mark or underscore glued to a word is part of the name.
      if (isHashtagJoint(model, k)) {
        k++;
        continue;
      }
      if (isQuoteMark(t)) {
        const end = shortQuoteEnd(model, k, opts.last);
        if (end < 0) break;
        lastIncluded = end;
        words++;
        prevDefinite = true;
        prevNisbaIndefinite = false;
        afterPreposition = false;
        k = end + 1;
        continue;
      }
      // «وزارة الدفاع الأمريكية (البنتاغون)»: a short name in brackets is part of the phrase.
      const bracketEnd = t.key === "(" && words > 0 ? shortBracketEnd(model, k, opts.last) : -1;
      if (bracketEnd > 0) {
        lastIncluded = bracketEnd;
        k = bracketEnd + 1;
        continue;
      }
      if ((t.key === "،" || t.key === ",") && words > 0) {
        // «مصدر أمني، طلب عدم الكشف عن هويته، أن …»: an aside that hides the name.
        const aside = identityAside(model, k, opts.last);
        if (aside > 0) {
          anonymousClause = true;
          next = aside + 1;
          break;
        }
        const appEnd = appositionEnd(model, k, opts.last);
        if (appEnd > 0) {
          lastIncluded = appEnd;
          next = appEnd + 2;
        } else {
          // A relative clause between commas: «المسؤول الأمريكي، الذي رفض الكشف عن هويته، إلى …».
          const after = tokens[k + 1];
          if (after?.kind === "word" && RELATIVES.has(after.key)) {
            const rel = relativeClause(model, k + 1, opts.last);
            anonymousClause ||= rel.anonymous;
            next = isPunct(tokens[rel.end + 1], "،", ",") ? rel.end + 2 : rel.end + 1;
          }
        }
      }
      break;
    }
    // «شبكة NBC News»: a name in Latin letters inside the phrase.
    if (t.kind === "latin" && words > 0) {
      words++;
      lastIncluded = k;
      prevDefinite = true;
      k++;
      continue;
    }
    if (t.kind !== "word") break;
    const key = t.key;
    const preposition = PREPOSITIONS.has(key) && isPrepositionSpelling(model.text, t);
    if (words === 0) {
      // «بعض المصادر»، «بعض وسائل الإعلام»: some of a named kind speak (not «بعض» alone).
      const some = stripConj(key) === SOME && isSomeOf(tokens[k + 1]);
      if ((readAs(t, NOT_A_START) && !some) || preposition) return null;
      // «بالهجمات»، «للفت الانتباه»: a prepositional phrase is not a subject.
      if (/^[وف]?(?:[بل]ال|لل)/u.test(key) && !(opts.lamGlued && /^(?:لل|لال)/u.test(key))) return null;
      if ((verb.object || verb.needsMarker) && readAs(t, OBJECT_MASDARS)) return null;
      if (verb.bi && /^[وف]?ب/u.test(key) && key.length > 3) return null;
    }
    if (CONTENT_OPENERS.has(key) || isVerbLike(t) || NEGATIONS.has(key) || readAs(t, CLAUSE_BREAKS)) break;
    // «ووفقاً لحصيلة المسؤول فقد أدى الهجوم إلى …»: «فقد» opens what the source says.
    if (words > 0 && key === FA_QAD) break;
    if (readAs(t, ATTRIBUTION_MARKERS) && words > 0) break;
    // «قدرتهم المصادر بنحو 60»: a ب-phrase holding a quantity is what a ب-verb says, not the speaker's.
    if (verb.bi && words > 0 && BI_QUANTITY.has(stripConj(key))) break;
    if (words > 0 && WITHHOLDING_VERBS.has(key)) {
      // «مسؤولون طلبوا عدم كشف هوياتهم»: a relative clause without its pronoun, hiding the name.
      const hidden = withheldIdentity(model, k, opts.last);
      if (hidden > 0) {
        anonymousClause = true;
        next = isPunct(tokens[hidden + 1], "،", ",") ? hidden + 2 : hidden + 1;
        break;
      }
    }
    if (RELATIVES.has(key)) {
      const rel = relativeClause(model, k, opts.last);
      anonymousClause ||= rel.anonymous;
      next = isPunct(tokens[rel.end + 1], "،", ",") ? rel.end + 2 : rel.end + 1;
      break;
    }
    // («وفقا لقناة العربية»: after a marker the glued ل is the marker's; the outlet is the source.)
    if (isTimeWord(t) || readAs(t, QAWL) || (outletAfterLam(t) && !(opts.lamGlued && words === 0))) break;
    if (words > 0 && isTimePhrase(t, tokens[k + 1])) break;
    // «بيان صادر عن خلية الإعلام الأمني»: the statement's author after «صادر عن».
    if (words > 0 && ISSUED.has(key) && readAs(tokens[k - 1], CHANNEL_NOUNS) && tokens[k + 1]?.key === ABOUT) {
      afterPreposition = true;
      k += 2;
      continue;
    }
    if (key === "ل" && words > 0 && readAs(tokens[k - 1], CHANNEL_NOUNS)) {
      // «بيان لـ “الحشد الشعبي”»: the ل ties the statement to its author.
      afterPreposition = true;
      k++;
      continue;
    }
    if (words > 0 && lamChannelEnd(model, k, opts.last) > 0) break;
    if (key === "ب" || key === "ل" || key === "لـ") break;
    if (preposition) {
      const following = tokens[k + 1];
      const fk = following?.kind === "word" ? following.key : "";
      const insideOk =
        (key === "في" || key === "من") &&
        !SETTING_AFTER_FI.has(fk) &&
        !SETTING_AFTER_FI.has(withoutPossessive(fk)) &&
        !ASIDE_NOUNS.has(fk) &&
        !CHANNEL_NOUNS.has(fk) &&
        !PLATFORMS.has(fk);
      if (!insideOk) break;
      afterPreposition = true;
      k++;
      continue;
    }
    if (words > 0) {
      if (
        verb.bi &&
        /^[وف]?ب/u.test(key) &&
        !/^[وف]?(?:بن|باسم)$/u.test(key) &&
        !/^[وف]?بن/u.test(key) &&
        key.length > 3 &&
        !afterPreposition
      )
        break;
      if ((verb.object || verb.needsMarker) && readAs(t, OBJECT_MASDARS) && !afterPreposition) break;
      if (verb.object && (key === "اي" || key === "كل" || key === "جميع")) break;
      if (prevDefinite && !isDefinite(key) && PRONOUN_SUFFIX.test(key) && key.length > 4 && !afterPreposition) break;
      // («جورج كتاني الأمين العام لجمعية …»: a title in apposition after a name that looks like a nisba.)
      if (prevNisbaIndefinite && isDefinite(key) && !afterPreposition && !APPOSED_TITLES.has(key)) break;
    }
    // («مراسل وكالة فرانس برس»: the و of «وكالة» is its own, not «و» + «كال».)
    if (/^و/u.test(key) && !/^وكال/u.test(key) && words > 0 && !afterPreposition && isDefinite(key) && verb.object)
      break;
    words++;
    lastIncluded = k;
    // A nisba adjective agrees with an indefinite noun before it («مسؤول عراقي»); a word of that shape
    // first in the phrase or after a definite title is a name («سامي الجميل»، «العقيد تركي المالكي»).
    const modifiesNoun = words > 1 && !prevDefinite;
    prevDefinite = isDefinite(key) || afterPreposition;
    // «مستشفى الرحمة»: a final ى folds to ي but makes no nisba.
    // («أحد مسؤولي المستشفى»: after «أحد»، «بعض» a word in ـي is a plural in construct, its genitive follows.)
    prevNisbaIndefinite =
      modifiesNoun &&
      !readAs(tokens[k - 1], CONSTRUCT_QUANTIFIERS) &&
      // («مركز عمليات الكوارث»: a plural in ـيات is a noun in construct, not an adjective.)
      !/يات$/u.test(key) &&
      !isDefinite(key) &&
      isNisba(key) &&
      !NISBA_NOUNS.has(stripConj(key).replace(/^ل(?=.{4})/u, "")) &&
      !/ى[\u064b-\u065f]*$/u.test(model.text.slice(t.start, t.end));
    afterPreposition = false;
    k++;
    if (words > 12) break;
  }
  if (lastIncluded < i || words === 0) return null;
  return { first: i, last: lastIncluded, anonymousClause, next: next > 0 ? next : lastIncluded + 1 };
}
