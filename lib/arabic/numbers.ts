/**
 * Arabic numbers and figures.
 *
 * - `parseArabicNumber(phrase)`: the quantity a phrase starts with — digits of either system
 *   (25,000 / ٢٥٬٠٠٠ / 2.5 مليون), number words (خمسة وعشرون، أحد عشر، ثلاثمئة، خمسة آلاف…),
 *   duals (صاروخين = 2), vague words (عشرات = 20–99), with a qualifier before or after it.
 * - `extractFigures(text)`: every figure in a sentence or paragraph, with its qualifier, the
 *   counted noun, its UTF-16 span in the input, and for casualty reports whether the figure
 *   counts people killed or injured. Dates, years, clock times, URLs and identifiers are not
 *   figures. "None" statements (لم يسفر عن إصابات) are figures with value 0.
 * - `casualtiesFromText(sentence)`: the first killed and the first injured figure.
 *
 * Decisions a caller must know:
 * - Qualifier "exactly" means no hedge was written; "range" means only min/max are known.
 * - Vague words are ranges: بضع/بضعة 3–9, عدة and «عدد من» 3–10, «العديد من» min 3,
 *   عشرات 20–99, مئات 200–999, آلاف 2,000–9,999, ملايين 2–999 million; scaled by a following
 *   plural (عشرات الآلاف = 20,000–99,000).
 * - واحد/أحد alone are partitive ("one of …") and are figures only after a casualty word
 *   (مقتل أحد أفراد) or after a noun (يوم واحد). A bare singular noun is not a figure, except
 *   a person after a casualty word (مقتل عنصر = 1 killed) or a countable after a qualifier
 *   (أكثر من عام = more than 1 year).
 * - A form in -ين is a dual only for nouns with a broken plural (صاروخين، قتيلين); for sound
 *   plurals (مسلحين) it is read as a plural unless a number follows (مسلحين اثنين = 2).
 */
import {
  GENTILE_PLURALS,
  AMONG_RANKS,
  INCREASE_WORDS,
  RELATIVE_PRONOUNS,
  DENIAL_VERBS,
  DENIED_EVENTS,
  INJURIES_COUNTED,
  REST_AFTER_DEFINITE,
  SEVERAL_AFTER,
  ONLY_AFTER_NOUN,
  OPENERS_BEFORE_VICTIM,
  RISE_VERBS,
  AND_OR_AMONG,
  ARABIC_MONTHS,
  CASE_NOUNS,
  DAMAGE_NOUNS,
  INJURY_WORDS,
  FELL_TRIGGERS,
  TO_WORDS,
  TOTAL_NOUNS,
  BETWEEN_WORDS,
  CAUSE_AFTER_PASSIVE,
  COUNTABLE_SINGULAR,
  DESCRIPTIVE_BEFORE,
  FROM_WORDS,
  HUMAN,
  IDENTIFIER_BEFORE,
  IDIOMS_WITH_ONE,
  IN_WORDS,
  INJURED_AFTER,
  INJURED_NOUNS,
  INJURED_TRIGGERS,
  KILLED_AFTER,
  KILLED_NOUNS,
  KILLED_SPLIT_TRIGGERS,
  KILLED_TRIGGERS,
  VICTIM_OF_IT,
  WENT_VICTIM,
  BODIES_OF,
  LATIN_MONTHS,
  LOSSES,
  MA_WORDS,
  NEGATIONS,
  NOBODY,
  NOBODY_VERBS,
  HANDS_OF,
  NON_PERSON_NOUNS,
  ORDINAL_UNITS,
  OTHERS_WORDS,
  PASSIVE_VICTIM_VERBS,
  PERCENT_AFTER_IN,
  PERCENT_WORDS,
  PERSON_SINGULAR,
  TIME_AFTER,
  TRIGGER_BLOCKERS,
  VAGUE_WITH_MIN,
  YEAR_CONTEXT,
  ZERO_BLOCKERS,
  ZERO_BOTH_NOUNS,
  ZERO_INJURED_NOUNS,
  ZERO_KILLED_NOUNS,
  SUBJECT_AFTER_VERBS,
  VICTIM_NOUNS,
  HARM_WORDS,
  HURT_VERBS,
  type QualifierName,
} from "./numbers-lexicon";
import {
  atomOf,
  dualOf,
  isBreak,
  isDualAgreement,
  isNounCandidate,
  isPersonSingular,
  isWord,
  parseNumberAt,
  qualifierAfter,
  qualifierBefore,
  readings,
  readsAs,
  withoutArticle,
  type NumberParse,
} from "./numbers-phrase";
import { keySet, tokenize, type Token } from "./numbers-tokens";

export type Qualifier = QualifierName | "range";
export type CasualtyRole = "killed" | "injured";

export type FigureValue = {
  /** The stated number (absent for vague words and explicit ranges). */
  value?: number;
  /** Bounds, for ranges: vague words (عشرات) and «بين 10 و20». */
  min?: number;
  max?: number;
  qualifier: Qualifier;
};

export type Figure = FigureValue & {
  /** UTF-16 offsets into the input: from the qualifier (without a leading و/ف) to the noun. */
  start: number;
  end: number;
  text: string;
  /** The counted word as written (a dual noun is its own noun: صاروخين). */
  noun?: string;
  /** For casualty reports: whom the figure counts. Null for anything else. */
  role: CasualtyRole | null;
  unit?: "percent";
};

/* ------------------------------------------------------------------------------------------ */
/* Figures                                                                                     */

type Draft = FigureValue & {
  first: number;
  last: number;
  prefixLen: number;
  conj: boolean;
  noun?: number;
  nounPrefixLen?: number;
  role?: CasualtyRole | null;
  unit?: "percent";
  /** Kept only if it turns out to count victims (a coordinated singular person). */
  onlyAsCasualty?: true;
};

type Found = { drafts: Draft[]; next: number };

type Ctx = { input: string; tokens: readonly Token[]; usedBefore: (k: number) => boolean };

function triggerRole(tokens: readonly Token[], k: number): CasualtyRole | "blocked" | null {
  const tok = tokens[k];
  const killed =
    readsAs(tok, KILLED_TRIGGERS) ||
    readsAs(tok, BODIES_OF) ||
    (readsAs(tok, VICTIM_OF_IT) && readsAs(tokens[k - 1], WENT_VICTIM));
  const injured = killed ? null : readsAs(tok, INJURED_TRIGGERS);
  if (!killed && !injured) return null;
  if (readsAs(tokens[k - 1], TRIGGER_BLOCKERS)) return "blocked";
  return killed ? "killed" : "injured";
}

/** Completes a number phrase: noun, "others", percent, qualifier after. */
type Head = { first: number; prefixLen: number; conj: boolean; qualifier: QualifierName };

function finishNumber(ctx: Ctx, p: NumberParse, head: Head): Draft {
  const { tokens } = ctx;
  const draft: Draft = {
    qualifier: p.vague ? "range" : head.qualifier,
    first: head.first,
    last: p.last,
    prefixLen: head.prefixLen,
    conj: head.conj,
  };
  if (p.value !== undefined) draft.value = p.value;
  if (p.min !== undefined) draft.min = p.min;
  if (p.max !== undefined) draft.max = p.max;

  let k = p.last + 1;
  // «/27/ عسكرياً»: some agencies set numbers between slashes.
  if (tokens[k]?.kind === "punct" && tokens[k]?.key === "/" && tokens[p.first - 1]?.key === "/") k++;
  const next = tokens[k];
  if (next?.kind === "punct" && next.key === "%") {
    draft.unit = "percent";
    draft.last = k;
    return draft;
  }
  if (isWord(next, PERCENT_WORDS)) {
    draft.unit = "percent";
    draft.last = k;
    return draft;
  }
  if (isWord(next, IN_WORDS) && isWord(tokens[k + 1], PERCENT_AFTER_IN)) {
    draft.unit = "percent";
    draft.last = k + 1;
    return draft;
  }
  const allowDefinite = p.vague || p.lone === "one";
  if (isWord(next, FROM_WORDS) && isNounCandidate(tokens[k + 1], true)) {
    draft.noun = k + 1;
    draft.last = k + 1;
    k += 2;
  } else if (isWord(next, INJURIES_COUNTED) && !p.vague) {
    // «14 إصابة جديدة»: injuries counted (إصابة is otherwise a trigger before the figure).
    draft.noun = k;
    draft.last = k;
    k += 1;
  } else if (OTHERS_WORDS.has(next?.kind === "word" ? next.key : "")) {
    draft.last = k;
    k += 1;
  } else if (isNounCandidate(next, allowDefinite) && !isWord(next, INCREASE_WORDS) && !qualifierBefore(tokens, k)) {
    // («ارتفع إلى 32 وأكثر من 40 جريحاً»: «وأكثر» opens the next figure, it is not what 32 counts.)
    draft.noun = k;
    draft.last = k;
    k += 1;
    if (isWord(tokens[k], OTHERS_WORDS)) {
      draft.last = k;
      k += 1;
    }
  }
  // «11 جندياً أمريكياً على الأقل»: the qualifier may follow the noun's adjectives.
  let a = k;
  while (
    a < k + 2 &&
    tokens[a]?.kind === "word" &&
    isAdjectiveAfterNoun(tokens[a]?.key ?? "") &&
    draft.noun !== undefined
  )
    a++;
  if (a > k && qualifierAfter(tokens, a)) k = a;
  applyQualifierAfter(tokens, draft, k);
  return draft;
}

function applyQualifierAfter(tokens: readonly Token[], draft: Draft, k: number): void {
  if (draft.qualifier !== "exactly") return;
  let after = qualifierAfter(tokens, k);
  // «أربعة من أفراد الجيش الأمريكي على الأقل»: past what the counted people are of.
  for (let j = k; !after && j < k + 4; j++) {
    const t = tokens[j];
    const genitive =
      t?.kind === "word" && (/^ال/u.test(t.key) || isAdjectiveAfterNoun(t.key) || (j === k && t.key === "من"));
    if (!genitive) break;
    after = qualifierAfter(tokens, j + 1);
  }
  if (after) {
    draft.qualifier = after.qualifier;
    draft.last = after.last;
  }
}

/** Digits that are a date, a year, a clock time or an identifier rather than a quantity. */
function isNotAQuantity(tokens: readonly Token[], p: NumberParse, qualified: boolean): boolean {
  const prev = tokens[p.first - 1];
  const next = tokens[p.last + 1];
  const isMonth = (t: Token | undefined): boolean =>
    (t?.kind === "word" && readings(t.key).some((r) => ARABIC_MONTHS.has(r.base))) ||
    (t?.kind === "latin" && LATIN_MONTHS.has(t.key));
  if (isMonth(next) || isMonth(prev)) return true;
  if (readsAs(prev, IDENTIFIER_BEFORE) || isWord(next, TIME_AFTER)) return true;
  // «بيجو من نوع G5»: digits glued to Latin letters are a name or a model.
  if (prev?.kind === "latin" && prev.end === tokens[p.first]?.start) return true;
  const tok = tokens[p.first];
  if (!qualified && tok?.kind === "num" && /^\d{4}$/u.test(tok.key)) {
    const year = Number(tok.key);
    if (year >= 1800 && year <= 2100) {
      if (isWord(prev, YEAR_CONTEXT) || !isNounCandidate(next, false)) return true;
      // «في عامي 2006 و2007»: a year joined to a year.
      const before = tokens[p.first - 2];
      const yearBefore =
        before?.kind === "num" && /^\d{4}$/u.test(before.key) && Math.abs(Number(before.key) - year) <= 50;
      if (prev?.kind === "word" && prev.key === "و" && yearBefore) return true;
    }
  }
  return false;
}

const ONE_OF_HEADS = keySet(["أحد", "إحدى"]);
const RELATIVE_WORDS = keySet(["الذي", "التي", "الذين", "اللذين", "اللتين"]);

function tryQualified(ctx: Ctx, i: number): Found | null {
  const { tokens, input } = ctx;
  const q = qualifierBefore(tokens, i);
  if (!q) return null;
  const head = { first: i, prefixLen: q.prefixLen, conj: q.conj, qualifier: q.qualifier };
  // «قرابة الـ50 شخصاً»: the article written apart before the digits.
  if (tokens[q.next]?.kind === "word" && tokens[q.next]?.key === "ال" && tokens[q.next + 1]?.kind === "num") q.next++;
  const p = parseNumberAt(input, tokens, q.next);
  if (p && p.lone !== "definite") {
    if (p.bareDigits && isNotAQuantity(tokens, p, true)) return null;
    const d = finishNumber(ctx, p, head);
    return { drafts: [d], next: d.last + 1 };
  }
  const target = tokens[q.next];
  const dual = dualOf(target, tokens[q.next + 1]);
  if (dual) {
    const d: Draft = { ...head, value: 2, last: q.next, noun: q.next, nounPrefixLen: dual.prefixLen };
    return { drafts: [d], next: q.next + 1 };
  }
  if (target?.kind === "word" && COUNTABLE_SINGULAR.has(target.key)) {
    const d: Draft = { ...head, value: 1, last: q.next, noun: q.next };
    return { drafts: [d], next: q.next + 1 };
  }
  return null;
}

function tryNumber(ctx: Ctx, i: number): Found | null {
  const { tokens, input } = ctx;
  // «عدد من», «العديد من»: vague only with the following من.
  const withMin = readsAs(tokens[i], VAGUE_WITH_MIN);
  if (withMin && isWord(tokens[i + 1], FROM_WORDS)) {
    const range = VAGUE_WITH_MIN.get(withMin.base);
    if (range && isNounCandidate(tokens[i + 2], true)) {
      const d: Draft = {
        qualifier: "range",
        min: range.min,
        ...(range.max !== undefined ? { max: range.max } : {}),
        first: i,
        last: i + 2,
        prefixLen: withMin.prefixLen,
        conj: withMin.conj,
        noun: i + 2,
      };
      return { drafts: [d], next: i + 3 };
    }
  }
  const p = parseNumberAt(input, tokens, i);
  if (!p) return null;
  if (p.bareDigits && isNotAQuantity(tokens, p, false)) return { drafts: [], next: p.last + 1 };
  // عشر after an ordinal is part of it: القرن التاسع عشر، الحادي عشر من سبتمبر.
  if (p.value === 10 && p.last === i && readsAs(tokens[i - 1], ORDINAL_UNITS)) return { drafts: [], next: i + 1 };

  const head = { first: i, prefixLen: p.prefixLen, conj: p.conj, qualifier: "exactly" as QualifierName };
  const prev = tokens[i - 1];
  // «هجمات عدة»: عدة after an indefinite plural noun.
  if (
    p.vague &&
    p.last === i &&
    isWord(tokens[i], SEVERAL_AFTER) &&
    isNounCandidate(prev, false) &&
    !ctx.usedBefore(i - 1) &&
    !isWord(tokens[i + 1], FROM_WORDS) &&
    (!isNounCandidate(tokens[i + 1], true) ||
      /^ب(?!ين)/u.test(tokens[i + 1]?.key ?? "") ||
      // «صواريخ كاتيوشا عدة سقطت»، «انفجارات عدة استهدفت»، «جرحى عدة بينهم»: a verb or «بينهم» after عدة.
      isWord(tokens[i + 1], AND_OR_AMONG) ||
      isVerbForm(tokens[i + 1]?.key ?? ""))
  ) {
    const d: Draft = { qualifier: "range", first: i - 1, last: i, prefixLen: 0, conj: false, noun: i - 1 };
    // «وجرحى عدة»: the noun with its conjunction.
    const bare = (prev?.key ?? "").slice(1);
    if (/^[وف]/u.test(prev?.key ?? "") && (INJURED_NOUNS.has(bare) || KILLED_NOUNS.has(bare))) {
      d.prefixLen = 1;
      d.conj = true;
      d.nounPrefixLen = 1;
    }
    if (p.min !== undefined) d.min = p.min;
    if (p.max !== undefined) d.max = p.max;
    return { drafts: [d], next: i + 1 };
  }
  // «عديدة» is a number only after its noun («إصابات عديدة»), never before one.
  if (p.vague && p.last === i && isWord(tokens[i], ONLY_AFTER_NOUN)) return { drafts: [], next: i + 1 };
  if (p.lone) {
    // A number after its noun: يوم واحد، مسلحين اثنين (both indefinite), الجنود الثلاثة (both definite).
    const prevDefinite = prev?.key.startsWith("ال") === true;
    const nounBefore =
      isNounCandidate(prev, true) &&
      !ctx.usedBefore(i - 1) &&
      (p.lone === "definite") === prevDefinite &&
      !readsAs(tokens[i - 2], DESCRIPTIVE_BEFORE) &&
      !readsAs(prev, IDIOMS_WITH_ONE) &&
      !readsAs(prev, SUBJECT_AFTER_VERBS) &&
      // «خلف أحد المدرجات»، «قداس أحد الشعانين»: «أحد» heads a construct («one of»), never a numeral after its noun.
      // «في تصريح صحفي لإحدى القنوات»: with its preposition too (not «واحد» read as و + «أحد»).
      !isWord(tokens[i], ONE_OF_HEADS) &&
      !readings(tokens[i]?.key ?? "").some((r) => r.prefixLen > 0 && !r.conj && ONE_OF_HEADS.has(r.base));
    if (nounBefore) {
      const d: Draft = { ...head, value: p.value ?? 0, first: i - 1, last: i, prefixLen: 0, conj: false, noun: i - 1 };
      applyQualifierAfter(tokens, d, i + 1);
      return { drafts: [d], next: d.last + 1 };
    }
    if (p.lone === "definite") {
      // «السبعة الآخرين»، «الخمسة الباقون»: the rest of a breakdown, counted.
      if (isWord(tokens[i + 1], REST_AFTER_DEFINITE)) {
        return { drafts: [{ ...head, value: p.value ?? 0, last: i + 1 }], next: i + 2 };
      }
      return { drafts: [], next: i + 1 };
    }
    if (p.lone === "one") {
      const role = triggerRole(tokens, i - 1);
      // «وسقط أحد الصواريخ»، «تعافى واحد منهم»: one as the subject of its verb, kept as a bare number.
      const subject = readsAs(prev, SUBJECT_AFTER_VERBS) !== null && role === null;
      if (!subject && (role === null || role === "blocked")) return { drafts: [], next: i + 1 };
    }
  }
  const d = finishNumber(ctx, p, head);
  return { drafts: [d], next: d.last + 1 };
}

function tryDual(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const dual = dualOf(tokens[i], tokens[i + 1]);
  if (!dual) return null;
  const conj = dual.prefixLen > 0 && /^[وف]/u.test(tokens[i]?.key ?? "");
  const d: Draft = {
    value: 2,
    qualifier: "exactly",
    first: i,
    last: i,
    prefixLen: dual.prefixLen,
    conj,
    noun: i,
    nounPrefixLen: dual.prefixLen,
  };
  let k = i + 1;
  const two = atomOf(tokens[k]);
  if (two?.kind === "unit" && two.value === 2 && !two.conj) {
    d.last = k;
    k += 1;
  }
  for (let n = 0; n < 2 && isDualAgreement(tokens[k]); n++) {
    d.last = k;
    k += 1;
  }
  applyQualifierAfter(tokens, d, k);
  return { drafts: [d], next: d.last + 1 };
}

/** مقتل عنصر، إصابة جندي أمريكي: one victim. */
function trySingularAfterTrigger(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const met = metDeath(tokens, i);
  if (met) return met;
  const role = triggerRole(tokens, i);
  if (role === null || role === "blocked") return null;
  let k = i + 1 + placeBetween(tokens, i + 1);
  // «قتل مسلحون مجهولون ضابطاً في الشرطة»: the killers first (plural, nominative), then the one killed.
  let subject = 0;
  while (
    subject < 3 &&
    tokens[k]?.kind === "word" &&
    /ون$/u.test(tokens[k]!.key) &&
    !/^ال/u.test(tokens[k]!.key) &&
    !atomOf(tokens[k])
  ) {
    k++;
    subject++;
  }
  if (subject > 0 && !/ا$/u.test(tokens[k]?.key ?? "")) return null;
  const raw = tokens[k];
  // The one killed is in the accusative: «ضابطاً» reads as «ضابط».
  const tok: Token | undefined =
    subject > 0 && raw?.kind === "word" ? { ...raw, key: raw.key.replace(/ا$/u, "") } : raw;
  // «قتل جنديان وأصيب آخر / ثالث»: one more victim after a figure of the same sentence.
  if (tok?.kind === "word" && ONE_MORE.has(tok.key) && figureShortlyBefore(ctx, i) && !definiteWord(tokens[k + 1])) {
    const d: Draft = { value: 1, qualifier: "exactly", first: k, last: k, prefixLen: 0, conj: false, noun: k, role };
    return { drafts: [d], next: k + 1 };
  }
  if (!isPersonSingular(tok) || atomOf(tok) || dualOf(tok, tokens[k + 1])) return null;
  // «توفي جندي أميركي ثالث عشر»: the thirteenth, a rank in a toll, not one more.
  if (ordinalAfter(tokens, k)) return null;
  // «وجرح حوالي 50»: a qualifier, not a person.
  if (qualifierBefore(tokens, k)) return null;
  // «مقتل الجنرال …»، «مقتل قائد فيلق القدس»: one named or titled person, not a casualty figure.
  const next = tokens[k + 1];
  // «مقتل شخص على الأقل»: a qualifier after the person, not a name («علي»).
  const hedge = qualifierAfter(tokens, k + 1);
  if (!hedge && namesSomeone(next)) return null;
  const d: Draft = { value: 1, qualifier: "exactly", first: k, last: k, prefixLen: 0, conj: false, noun: k, role };
  const one = atomOf(tokens[k + 1]);
  if (one?.kind === "unit" && one.value === 1 && !one.conj) d.last = k + 1;
  // «مقتل شرطي واحد على الأقل»: the qualifier after «واحد».
  const hedged = hedge ?? (d.last > k ? qualifierAfter(tokens, d.last + 1) : null);
  if (hedged) {
    d.qualifier = hedged.qualifier;
    d.last = hedged.last;
  }
  return { drafts: [d], next: d.last + 1 };
}

/** An ordinal right after a person and up to two of their adjectives: «جندي أميركي ثالث عشر». */
function ordinalAfter(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m <= k + 3; m++) {
    const t = tokens[m];
    if (t?.kind !== "word") return false;
    if (ORDINAL_UNITS.has(t.key)) return true;
    if (!isAdjectiveAfterNoun(t.key)) return false;
  }
  return false;
}

const OF = keySet(["من"]);
const MET = keySet(["لقي", "لقيت"]);
const DEATH_AFTER_MET = /^(?:حتف|مصرع)/u;

/** «ولقي متعاقد مدني حتفه»: one person who met their death. */
function metDeath(tokens: readonly Token[], i: number): Found | null {
  if (!readsAs(tokens[i], MET) || !isPersonSingular(tokens[i + 1])) return null;
  for (let k = i + 2; k <= i + 4; k++) {
    const t = tokens[k];
    if (t?.kind !== "word") return null;
    if (DEATH_AFTER_MET.test(t.key)) {
      const d: Draft = {
        value: 1,
        qualifier: "exactly",
        first: i + 1,
        last: i + 1,
        prefixLen: 0,
        conj: false,
        noun: i + 1,
        role: "killed",
      };
      return { drafts: [d], next: i + 2 };
    }
    if (!isAdjectiveAfterNoun(t.key)) return null;
  }
  return null;
}
const EXCEED_VERBS = keySet(["تجاوز", "تخطى", "فاق", "جاوز", "يتجاوز", "يفوق", "تخطت", "تجاوزت", "فاقت"]);
const AMONG_WORDS = keySet(["بينهم", "بينهن", "منهم", "منهن", "وبينهم", "ومنهم", "بينهما", "منهما"]);
const PLACE_PREPOSITIONS = keySet(["في", "خلال", "جراء", "إثر", "اثر", "بعد", "أثناء"]);

/**
 * «وقتل في الهجوم متعاقد أجنبي»، «وأصيب خلال الاشتباكات جندي»: a passive casualty verb, then where or
 * how, then its subject. The words of a preposition and one or two definite words after it.
 */
function placeBetween(tokens: readonly Token[], k: number): number {
  if (!isWord(tokens[k], PLACE_PREPOSITIONS) || !definiteWord(tokens[k + 1])) return 0;
  // («قتلوا في الانفجار الانتحاري»: the nisba describes the blast, it is nobody killed.)
  const nisbaOfAttack = isWord(tokens[k + 1], ATTACK_NOUNS) && isWord(tokens[k + 2], SUICIDE_NISBAS);
  return definiteWord(tokens[k + 2]) && (!isPersonSingular(tokens[k + 2]) || nisbaOfAttack) ? 3 : 2;
}
/** Attacks a nisba may describe («الانفجار الانتحاري»، «التفجير الانتحاري»). */
const ATTACK_NOUNS = keySet(["الانفجار", "التفجير", "الهجوم", "الاعتداء"]);
const SUICIDE_NISBAS = keySet(["الانتحاري", "الإرهابي", "الارهابي"]);

/** «سقوط قتيل وثلاثة جرحى»، «خلّف الهجوم قتيلاً»: a singular casualty noun is one victim. */
const SINGLE_CASUALTY = new Map<string, CasualtyRole>([
  ...[...keySet(["قتيل", "قتيلا", "قتيلة", "شهيد", "شهيدا", "شهيدة"])].map((k) => [k, "killed"] as const),
  ...[...keySet(["جريح", "جريحا", "جريحة"])].map((k) => [k, "injured"] as const),
]);
/** «بين قتيل وجريح» (both together), «أول قتيل», «كل قتيل»: no count of one. */
const NOT_ONE_BEFORE = keySet(["بين", "أول", "ثاني", "آخر", "كل", "أي", "لكل", "ثالث", "رابع"]);

function trySingularCasualtyNoun(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const tok = tokens[i];
  if (tok?.kind !== "word") return null;
  const conj = /^[وف]/u.test(tok.key) && SINGLE_CASUALTY.has(tok.key.slice(1));
  const role = SINGLE_CASUALTY.get(conj ? tok.key.slice(1) : tok.key);
  if (!role) return null;
  const prev = tokens[i - 1];
  if (ctx.usedBefore(i - 1) && !conj) return null;
  if (prev?.kind === "word" && (NOT_ONE_BEFORE.has(prev.key) || PERSON_SINGULAR.has(prev.key))) return null;
  // «قتيل وجريح» after «بين» two words back, or a genitive after it («قتيل الهجوم»): not a count.
  if (isWord(tokens[i - 2], NOT_ONE_BEFORE) && conj) return null;
  // («بين قتيل و جريح»: the و standing apart.)
  if (prev?.kind === "word" && prev.key === "و" && isWord(tokens[i - 3], NOT_ONE_BEFORE)) return null;
  if (definiteWord(tokens[i + 1])) return null;
  const d: Draft = {
    value: 1,
    qualifier: "exactly",
    first: i,
    last: i,
    prefixLen: conj ? 1 : 0,
    conj,
    noun: i,
    nounPrefixLen: conj ? 1 : 0,
    role,
  };
  // «خلف قتيلاً على الأقل»: the qualifier after the noun.
  const hedge = qualifierAfter(tokens, i + 1);
  if (hedge) {
    d.qualifier = hedge.qualifier;
    d.last = hedge.last;
  }
  return { drafts: [d], next: d.last + 1 };
}

/**
 * «قتلت امرأتان وطفل»: a singular person coordinated with a casualty figure is one more victim.
 * («مصدران أمنيان وضابط» is not a count, so the draft is dropped unless it gets a role.)
 */
function tryCoordinatedPerson(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const tok = tokens[i];
  if (tok?.kind !== "word" || !/^[وف]/u.test(tok.key)) return null;
  // The figure before may end in its adjectives: «جندي أمريكي وآخر بريطاني».
  let b = i - 1;
  while (b > i - 3 && tokens[b]?.kind === "word" && isAdjectiveAfterNoun(tokens[b]?.key ?? "") && !ctx.usedBefore(b))
    b--;
  // «أربعة عناصر من الشرطة ومدني»، «ثلاثة من عناصر الأمن ومدني»: across what the victims are of.
  let across = b;
  while (across > b - 4 && !ctx.usedBefore(across) && (definiteWord(tokens[across]) || isWord(tokens[across], OF)))
    across--;
  const afterGenitive = across < b && ctx.usedBefore(across);
  if (afterGenitive) b = across;
  if (!ctx.usedBefore(b)) return null;
  const base = withoutArticle(tok.key.slice(1));
  // «وآخر بريطاني»، «وأخرى فرنسية»: one more, named by its nationality.
  const another =
    OTHER_ONE.has(base) && tokens[i + 1]?.kind === "word" && isAdjectiveAfterNoun(tokens[i + 1]?.key ?? "");
  // «أمريكيان اثنان وبريطاني»: a nisba that names a person.
  // Not a definite plural ending like a nisba: «والجرحى إلى 40» is the wounded's own total.
  const nisba =
    !/^[وف]ال/u.test(ctx.input.slice(tok.start, tok.end)) &&
    isPersonSingular({ ...tok, key: base }) &&
    !PERSON_SINGULAR.has(base) &&
    b === i - 1;
  if (!PERSON_SINGULAR.has(base) && !another && !nisba) return null;
  if (afterGenitive && !PERSON_SINGULAR.has(base)) return null;
  const d: Draft = {
    value: 1,
    qualifier: "exactly",
    first: i,
    last: another ? i + 1 : i,
    prefixLen: 1,
    conj: true,
    noun: i,
    nounPrefixLen: 1,
    onlyAsCasualty: true,
  };
  return { drafts: [d], next: d.last + 1 };
}

/** «إن متعاقدا مدنيا أميركيا قتل»: one indefinite person after إن/أن, its adjectives, then a passive verb. */
function tryIndefiniteVictim(ctx: Ctx, i: number, role: CasualtyRole): Found | null {
  const { tokens } = ctx;
  const person = (t: Token | undefined): boolean => t?.kind === "word" && PERSON_SINGULAR.has(t.key.replace(/ا$/u, ""));
  for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
    if (!person(tokens[k]) || ctx.usedBefore(k)) continue;
    if (!readsAs(tokens[k - 1], OPENERS_BEFORE_VICTIM)) continue;
    // Adjectives: nisbas («أميركيا») or indefinite accusatives («صغيرا»).
    for (let a = k + 1; a < i; a++) {
      const key = tokens[a]?.key ?? "";
      if (!isAdjectiveAfterNoun(key) && !(/ا$/u.test(key) && !key.startsWith("ال") && key.length >= 4)) return null;
    }
    const d: Draft = { value: 1, qualifier: "exactly", first: k, last: i, prefixLen: 0, conj: false, noun: k, role };
    return { drafts: [d], next: i + 1 };
  }
  return null;
}

/** «الناشط سعدون اللهيبي قتل بعيار ناري»: one victim named before a passive verb. */
function tryPassiveVictim(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const verb = tokens[i];
  if (verb?.kind !== "word") return null;
  const passive = readings(verb.key).find((r) => PASSIVE_VICTIM_VERBS.has(r.base) && r.prefixLen === 0);
  if (passive && !readsAs(tokens[i + 1], CAUSE_AFTER_PASSIVE))
    return tryIndefiniteVictim(ctx, i, PASSIVE_VICTIM_VERBS.get(passive.base) ?? "killed");
  const reading = readings(verb.key).find((r) => PASSIVE_VICTIM_VERBS.has(r.base));
  if (!reading || !readsAs(tokens[i + 1], CAUSE_AFTER_PASSIVE)) return null;
  // «الشاب صائب عصام محمود زريقي (24 عاما) استشهد برصاص …»: the age in brackets after the name.
  const nameEnd = ageInBracketsBefore(tokens, i) ?? i - 1;
  for (let k = nameEnd; k >= Math.max(0, nameEnd - 4); k--) {
    const tok = tokens[k];
    if (tok?.kind !== "word" || ctx.usedBefore(k)) return null;
    if (tok.key.startsWith("ال") && PERSON_SINGULAR.has(tok.key.slice(2))) {
      const d: Draft = {
        value: 1,
        qualifier: "exactly",
        first: k,
        last: i - 1,
        prefixLen: 0,
        conj: false,
        noun: k,
        role: PASSIVE_VICTIM_VERBS.get(reading.base) ?? null,
      };
      return { drafts: [d], next: i + 1 };
    }
  }
  return null;
}

/** «(24 عاما)» right before token `i`: the index of the word before the bracket, or null. */
function ageInBracketsBefore(tokens: readonly Token[], i: number): number | null {
  const punct = (t: Token | undefined, mark: string) => t?.kind === "punct" && t.key === mark;
  if (!punct(tokens[i - 1], ")")) return null;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    if (!punct(tokens[k], "(")) continue;
    const inside = tokens.slice(k + 1, i - 1);
    return inside.some((t) => t.kind === "num") && inside.some((t) => t.kind === "word" && /^(?:عام|سن)/u.test(t.key))
      ? k - 1
      : null;
  }
  return null;
}

/** «نفى القائد، الأربعاء، وقوع خسائر بصفوف قواته»: what a denial verb a few words back denies. */
function deniedAt(tokens: readonly Token[], i: number): boolean {
  if (!readsAs(tokens[i], DENIED_EVENTS)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 14); k--) {
    const t = tokens[k];
    if (isBreak(t) || (t?.kind === "word" && (t.key === "ان" || t.key === "انه"))) return false;
    if (readsAs(t, DENIAL_VERBS)) return true;
  }
  return false;
}

/** What «خسائر» at k counts: deaths («في الأرواح»), casualties of any kind, or nothing (material losses). */
function lossesAt(tokens: readonly Token[], k: number): "killed" | "both" | null {
  const next = tokens[k + 1];
  if (isWord(next, IN_WORDS) && /^(?:الارواح|بالارواح)$/u.test(tokens[k + 2]?.key ?? "")) return "killed";
  // «خسائر بالأرواح»: the ب glued to the lives.
  if (next?.kind === "word" && next.key === "بالارواح") return "killed";
  if (next?.kind === "word" && /^(?:ماديه|مادية|بالممتلكات|اقتصاديه)$/u.test(next.key)) return null;
  if (
    next?.kind === "word" &&
    !isWord(next, HUMAN) &&
    !isWord(next, AMONG_RANKS) &&
    !(isWord(next, IN_WORDS) && tokens[k + 2]?.key === "صفوف") &&
    !/^(?:تذكر|يذكر|فادحه)$/u.test(next.key)
  )
    return null;
  return "both";
}

/** How many words may name the person between «لم يصب» and «بأذى». */
const UNHARMED_NAME_WORDS = 7;
/** «لم يصب جراء التفجير»: because of (the attack). */
const BECAUSE_OF = keySet(["جراء", "بسبب", "إثر", "اثر"]);
/** «لم يصب في الانفجار»: the attack a person was not hurt in. */
const HURT_IN = keySet(["الانفجار", "التفجير", "الهجوم", "القصف", "الاعتداء", "الحادث"]);

/** The harm word right after the verb at `v`, or after «أي» (`any`, as folded) there: its index, or -1. */
function harmAfter(tokens: readonly Token[], v: number, words: ReadonlySet<string>, any: string): number {
  if (isWord(tokens[v + 1], words)) return v + 1;
  return tokens[v + 1]?.key === any && isWord(tokens[v + 2], words) ? v + 2 : -1;
}

/** «لم يمسه»، «لم يمسهما»، «لم تمسهم»: touched (by harm), with the one touched as its suffix (folded keys). */
const TOUCHED = /^[يت]مس(?:ه|ها|هما|هم|هن)$/u;
const TOUCHING_HARM = keySet(["مكروه", "سوء", "أذى"]);

/** «لم يسفر عن إصابات», «دون وقوع إصابات», «بدون أن يسفر عن ضحايا», «لم يصب أحد». */
function tryZero(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const neg = readsAs(tokens[i], NEGATIONS) ?? (deniedAt(tokens, i) ? { prefixLen: 0, conj: false } : null);
  if (!neg) return null;
  const base = { value: 0, qualifier: "exactly" as const, first: i, prefixLen: neg.prefixLen, conj: neg.conj };
  // «دون أن يصاب بأذى»: أن between the negation and the verb.
  const v = isWord(tokens[i + 1], THAT) ? i + 2 : i + 1;
  const verb = tokens[v];
  const nobodyRole = verb?.kind === "word" ? NOBODY_VERBS.get(verb.key) : undefined;
  if (nobodyRole && isWord(tokens[v + 1], NOBODY)) {
    // «لم يصب أحد»، «لم يصب أي منهم (بأذى)»: a zero of the kind its verb names, none injured (the
    // real-report conventions: a zero covers the kinds its words name).
    const last = nobodyEnd(tokens, v + 1);
    return { drafts: [{ ...base, last, role: nobodyRole }], next: last + 1 };
  }
  // «لم يمسهما مكروه»، «لم يمسه أي سوء»: no harm touched them — not injured.
  if (verb?.kind === "word" && TOUCHED.test(verb.key)) {
    const harm = harmAfter(tokens, v, TOUCHING_HARM, "اي");
    if (harm > 0) return { drafts: [{ ...base, last: harm, role: "injured" }], next: harm + 1 };
  }
  // «لم يصب بأذى»، «دون أن يصاب بأي أذى»: this person was not injured.
  if (isWord(verb, HURT_VERBS)) {
    const harm = harmAfter(tokens, v, HARM_WORDS, "باي");
    if (harm > 0) return { drafts: [{ ...base, last: harm, role: "injured" }], next: harm + 1 };
    // «لم يصب إمام المسجد الشيخ فلان بأذى»: the unharmed person named between the verb and «بأذى».
    for (let k = v + 2; k <= Math.min(tokens.length - 1, v + 1 + UNHARMED_NAME_WORDS); k++) {
      const tok = tokens[k];
      if (tok?.kind !== "word") break;
      if (isWord(tok, HARM_WORDS)) return { drafts: [{ ...base, last: k, role: "injured" }], next: k + 1 };
    }
    // «الشيخ فلان لم يصب في الانفجار»، «لم يصب جراء التفجير المحافظ»: unhurt in the attack.
    if ((isWord(tokens[v + 1], IN_WORDS) || isWord(tokens[v + 1], BECAUSE_OF)) && isWord(tokens[v + 2], HURT_IN))
      return { drafts: [{ ...base, last: v, role: "injured" }], next: v + 3 };
  }
  for (let k = i + 1; k <= i + 6; k++) {
    const tok = tokens[k];
    // «لم يسفر عن “خسائر بالأرواح”»: quotation marks around what was not caused are transparent.
    if (tok?.kind === "punct" && /^["«»“”]$/u.test(tok.key)) continue;
    if (tok === undefined || tok.kind !== "word" || readsAs(tok, ZERO_BLOCKERS)) return null;
    const w = readings(tok.key).map((r) => withoutArticle(r.base));
    const has = (set: ReadonlySet<string>): boolean => w.some((x) => set.has(x));
    // «دون خسائر»، «من دون خسائر تذكر»: losses are casualties unless they are material («خسائر مادية»);
    // «خسائر في الأرواح» are deaths.
    const lossKind = has(LOSSES) ? lossesAt(tokens, k) : null;
    if (lossKind === "killed") {
      const last = tokens[k + 1]?.key === "بالارواح" ? k + 1 : k + 2;
      return { drafts: [{ ...base, last, role: "killed" }], next: last + 1 };
    }
    const both = has(ZERO_BOTH_NOUNS) || lossKind === "both";
    const last = has(LOSSES) && (isWord(tokens[k + 1], HUMAN) || isWord(tokens[k + 1], AMONG_RANKS)) ? k + 1 : k;
    if (both) {
      return {
        drafts: [
          { ...base, last, role: "killed" },
          { ...base, last, role: "injured" },
        ],
        next: last + 1,
      };
    }
    // «دون أضرار أو إصابات»: إصابات names the injured only, as in «لم تتسبب في وقوع إصابات»; «خسائر أو
    // إصابات» names losses of any kind.
    if (has(ZERO_INJURED_NOUNS)) {
      let losses = false;
      for (let j = i + 1; j < k; j++)
        if (readings(tokens[j]?.key ?? "").some((r) => LOSSES.has(withoutArticle(r.base)))) losses = true;
      if (losses)
        return {
          drafts: [
            { ...base, last: k, role: "killed" },
            { ...base, last: k, role: "injured" },
          ],
          next: k + 1,
        };
      return { drafts: [{ ...base, last: k, role: "injured" }], next: k + 1 };
    }
    // «دون تسجيل أي أضرار بشرية»: harm to people, of any kind.
    if (has(DAMAGE_NOUNS) && isWord(tokens[k + 1], HUMAN))
      return {
        drafts: [
          { ...base, last: k + 1, role: "killed" },
          { ...base, last: k + 1, role: "injured" },
        ],
        next: k + 2,
      };
    if (has(ZERO_KILLED_NOUNS)) {
      // «لم يسفر عن أي قتيل أو مصاب»: neither killed nor injured.
      const other = tokens[k + 2];
      if (/^(?:او|و)$/u.test(tokens[k + 1]?.key ?? "") && other?.kind === "word") {
        const o = readings(other.key).map((r) => withoutArticle(r.base));
        if (o.some((x) => ZERO_INJURED_NOUNS.has(x) || INJURED_NOUNS.has(x)))
          return {
            drafts: [
              { ...base, last: k + 2, role: "killed" },
              { ...base, last: k + 2, role: "injured" },
            ],
            next: k + 3,
          };
      }
      return { drafts: [{ ...base, last: k, role: "killed" }], next: k + 1 };
    }
  }
  return null;
}

/** «الجنود الأمريكيين الـ 1500»، «العسكريين /109/»: a number after its definite noun (and adjectives). */
function tryDefiniteNumber(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const marker = tokens[i];
  const slashed = marker?.kind === "punct" && marker.key === "/" && tokens[i + 2]?.key === "/";
  if (!(marker?.kind === "word" && marker.key === "ال") && !slashed) return null;
  const num = tokens[i + 1];
  if (num?.kind !== "num" || !/^\d+$/u.test(num.key)) return null;
  let k = i - 1;
  while (
    k > i - 3 &&
    tokens[k]?.kind === "word" &&
    isAdjectiveAfterNoun(tokens[k]?.key ?? "") &&
    tokens[k - 1]?.key.startsWith("ال")
  )
    k--;
  const noun = tokens[k];
  if (noun?.kind !== "word" || !noun.key.startsWith("ال") || ctx.usedBefore(k) || !isNounCandidate(noun, true))
    return null;
  const d: Draft = {
    value: Number(num.key),
    qualifier: "exactly",
    first: k,
    last: slashed ? i + 2 : i + 1,
    prefixLen: 0,
    conj: false,
    noun: k,
  };
  return { drafts: [d], next: d.last + 1 };
}

/** «بين 10 و20 قتيلا»: a range. */
const OR_WORDS = keySet(["أو"]);
/** «17 مفقودا»: the missing, counted people (folded keys of the noun's forms). */
const MISSING_NOUNS = keySet(["مفقود", "مفقودا", "مفقودين", "مفقودون", "مفقودة"]);

/**
 * «أربعة أو خمسة مسلحين»، «بخمسة أو ستة»، «سقوط 25 الى 30 قتيلاً»: one figure, a range from the first
 * number to the second.
 */
function tryOrRange(ctx: Ctx, i: number): Found | null {
  const { tokens, input } = ctx;
  const p1 = parseNumberAt(input, tokens, i);
  if (!p1 || p1.value === undefined || p1.vague) return null;
  const joiner = tokens[p1.last + 1];
  // «سقوط 25 الى 30 قتيلاً» (not «من 25 إلى 30», a count that went from one to the other).
  const to = isWord(joiner, TO_WORDS) && !isWord(tokens[i - 1], FROM_WORDS);
  if (!isWord(joiner, OR_WORDS) && !to) return null;
  const p2 = parseNumberAt(input, tokens, p1.last + 2);
  if (!p2 || p2.value === undefined || p2.vague) return null;
  // «2 أو 2019»: two numbers of different things, not a range.
  if (p2.value <= p1.value || p2.value > 3 * p1.value + 2) return null;
  const d = finishNumber(
    ctx,
    { ...p2, first: i },
    { first: i, prefixLen: p1.prefixLen, conj: p1.conj, qualifier: "exactly" },
  );
  delete d.value;
  d.qualifier = "range";
  d.min = p1.value;
  d.max = p2.value;
  return { drafts: [d], next: d.last + 1 };
}

function tryBetween(ctx: Ctx, i: number): Found | null {
  const { tokens, input } = ctx;
  let j = i;
  if (isWord(tokens[i], MA_WORDS) && isWord(tokens[i + 1], BETWEEN_WORDS)) j = i + 1;
  else if (!isWord(tokens[i], BETWEEN_WORDS)) return null;
  const p1 = parseNumberAt(input, tokens, j + 1);
  if (!p1 || p1.value === undefined) return null;
  let at = p1.last + 1;
  // («يتراوح بين 27 إلى 41»: «إلى» where «و» would be.)
  if ((tokens[at]?.kind === "word" && tokens[at]?.key === "و") || isWord(tokens[at], TO_WORDS)) at += 1;
  else if (!atomOf(tokens[at])?.conj) return null;
  const p2 = parseNumberAt(input, tokens, at);
  if (!p2 || p2.value === undefined) return null;
  if (p1.bareDigits && p2.bareDigits && isNotAQuantity(tokens, p2, false)) return null;
  const d = finishNumber(ctx, { ...p2, first: i }, { first: i, prefixLen: 0, conj: false, qualifier: "exactly" });
  delete d.value;
  d.qualifier = "range";
  d.min = Math.min(p1.value, p2.value);
  d.max = Math.max(p1.value, p2.value);
  return { drafts: [d], next: d.last + 1 };
}

const ON_WORDS = keySet(["على"]);
const ELIMINATION = keySet(["القضاء", "قضاء"]);
const ARREST = keySet(["القبض", "قبض"]);
/** Who security forces «eliminate»: fighters, never diseases or plans. */
const FIGHTERS = /ارهاب|مسلح|متطرف|عنصر|داعش|تكفير|مقاتل|انتحاري|مهاجم|خوارج|جهادي/u;

/**
 * «القضاء على 10 إرهابيين»، «تمكنت من القضاء، في حصيلة أولية، على 21 إرهابياً»: security forces'
 * word for killing — «على» right before the number, «القضاء» a few words before it.
 */
function eliminatedBefore(tokens: readonly Token[], first: number): boolean {
  if (!isWord(tokens[first - 1], ON_WORDS)) return false;
  for (let k = first - 2; k >= Math.max(0, first - 7); k--) {
    const tok = tokens[k];
    if (tok?.kind === "punct" && tok.key !== "،" && tok.key !== ",") return false;
    if (isWord(tok, ELIMINATION)) return true;
  }
  return false;
}

function nounKey(ctx: Ctx, d: Draft): string | undefined {
  if (d.noun === undefined) return undefined;
  const tok = ctx.tokens[d.noun];
  if (!tok) return undefined;
  const key = tok.key.slice(d.nounPrefixLen ?? 0);
  return key;
}

/** «17 قتلوا أو أصيبوا»: a verb of one kind, «أو», a verb of the other — one number for both, no figure. */
function killedOrInjured(tokens: readonly Token[], m: number): boolean {
  const killed = (t: Token | undefined) => readsAs(t, KILLED_AFTER) !== null;
  const injured = (t: Token | undefined) => readsAs(t, INJURED_AFTER) !== null;
  const either = (a: Token | undefined, b: Token | undefined) => (killed(a) && injured(b)) || (injured(a) && killed(b));
  // «عشرات العراقيين قتلوا وأصيبوا»: the two verbs joined by و.
  const next = tokens[m + 1];
  if (next?.kind === "word" && /^و/u.test(next.key) && either(tokens[m], next)) return true;
  return isWord(next, OR_WORDS) && either(tokens[m], tokens[m + 2]);
}

/**
 * The role a killed or injured verb gives right after the figure or past one «آخرين» or adjective; the
 * figure then reads through it («ثلاثة جنود قتلوا»).
 */
function verbRightAfter(tokens: readonly Token[], d: Draft): CasualtyRole | null {
  for (let m = d.last + 1; m <= d.last + 2; m++) {
    const t = tokens[m];
    const role = readsAs(t, KILLED_AFTER) ? "killed" : readsAs(t, INJURED_AFTER) ? "injured" : null;
    if (role) {
      if (killedOrInjured(tokens, m)) return null;
      d.last = m;
      return role;
    }
    if (t?.kind !== "word" || !(isWord(t, OTHERS_WORDS) || isAdjectiveAfterNoun(t.key))) return null;
  }
  return null;
}

function resolveRole(ctx: Ctx, d: Draft, previous: Draft | undefined): CasualtyRole | null {
  // «عدد قتلى الهجوم تجاوز 150»: a total that passed the number is more than it (not «تجاوز 3 من المصابين
  // مرحلة الخطر», where the number is who passed).
  if (d.qualifier === "exactly" && readsAs(ctx.tokens[d.first - 1], EXCEED_VERBS) && !d.prefixLen) {
    const before = ctx.tokens.slice(Math.max(0, d.first - 7), d.first - 1);
    if (before.some((t) => readsAs(t, TOTAL_NOUNS))) d.qualifier = "more_than";
  }
  if (d.role !== undefined) return d.role;
  const { tokens } = ctx;
  // «قتلوا بأيدي مجرمين اثنين»، «على يد ثلاثة مسلحين»: the number counts the killers, not victims.
  // («بأيدي مجرمين اثنين»: the noun before its number.)
  const before = d.noun !== undefined && d.noun < d.first ? d.noun - 1 : d.first - 1;
  if (readsAs(tokens[before], HANDS_OF)) return null;
  // «ارتفع إلى 109 جنود، أي بزيادة 45 عسكرياً»: an increase counts what the total before it counts.
  if (
    previous?.role &&
    d.unit !== "percent" &&
    readsAs(tokens[d.first - 1], INCREASE_WORDS) &&
    d.first - previous.last <= 10
  )
    return previous.role;
  const noun = nounKey(ctx, d);
  // «أكثر من 30 مصاباً و6 قضوا»: a number whose people are not named, then the verb of what befell them.
  if (d.noun !== undefined && killedOrInjured(tokens, d.noun)) return null;
  if (d.noun !== undefined && readsAs(tokens[d.noun], KILLED_AFTER)) return "killed";
  if (d.noun !== undefined && readsAs(tokens[d.noun], INJURED_AFTER)) return "injured";
  // «توفي اثنان من الجرحى»، «توفي جريحان»: the wounded who died are dead.
  if (readsAs(tokens[d.first - 1], DIED_VERBS)) return "killed";
  if (noun !== undefined) {
    // «بسيارتين مفخختين»: the noun after its preposition too.
    const forms = [noun, withoutArticle(noun), ...readings(noun).map((r) => withoutArticle(r.base))];
    // «أصيب المئات بحالات اختناق»: cases after a preposition say how the victims were hurt; the verb before says who.
    const glued = /^[بل]/u.test(noun) && !CASE_NOUNS.has(noun);
    if (forms.some((f) => CASE_NOUNS.has(f)) && !glued)
      return readsAs(tokens[d.last + 1], INJURY_WORDS) ? "injured" : null;
    if (forms.some((f) => KILLED_NOUNS.has(f))) return "killed";
    if (forms.some((f) => INJURED_NOUNS.has(f))) return "injured";
    if (forms.some((f) => NON_PERSON_NOUNS.has(f))) return null;
    // «90 قتيلا و17 مفقودا»: the missing are counted people, neither killed nor injured.
    if (forms.some((f) => MISSING_NOUNS.has(f))) return null;
  }
  if (d.unit === "percent") return null;
  // «القبض على اثنين»: arrested, counted people, never a toll.
  if (isWord(tokens[d.first - 1], ON_WORDS) && isWord(tokens[d.first - 2], ARREST)) return null;
  if (eliminatedBefore(tokens, d.first) && FIGHTERS.test(noun ?? "")) return "killed";
  // «40 شخصاً قتلوا و100 آخرين أصيبوا»، «و150 أصيبوا بجروح»: the verb right after the figure (past «آخرين»
  // or an adjective) says what befell its people, whatever verb the clause before ended on.
  const ownVerb = verbRightAfter(tokens, d);
  if (ownVerb) return ownVerb;
  for (let k = d.first - 1; k >= Math.max(0, d.first - 3); k--) {
    const tok = tokens[k];
    if (isBreak(tok)) break;
    // «حصيلة القتلى جراء العمليتين»: what the toll came from, not the toll.
    if (isWord(tok, CAUSE_WORDS)) break;
    const role = triggerRole(tokens, k);
    if (role === "blocked") return null;
    if (role) return role;
    // «حصيلة القتلى إلى 45», «عدد الجرحى 123»: the casualty noun names what is counted.
    // Not «نقل الجرحى إلى خمسة مستشفيات»: a counted noun of its own after a bare casualty noun is
    // where they went; a total («عدد»، «حصيلة») before the casualty noun says it is counted.
    if (
      tok?.kind === "word" &&
      tok.key.startsWith("ال") &&
      (noun === undefined || readsAs(tokens[k - 1], TOTAL_NOUNS))
    ) {
      const w = tok.key.slice(2);
      const role = KILLED_NOUNS.has(w) ? "killed" : INJURED_NOUNS.has(w) ? "injured" : null;
      // «تجاوز عدد القتلى 100»: a total that passed the number.
      if (
        role &&
        readsAs(tokens[k - 1], TOTAL_NOUNS) &&
        readsAs(tokens[k - 2], EXCEED_VERBS) &&
        d.qualifier === "exactly"
      )
        d.qualifier = "more_than";
      if (role) return role;
    }
    const split = tok?.kind === "word" ? readings(tok.key).find((r) => KILLED_SPLIT_TRIGGERS.has(r.base)) : undefined;
    if (split) {
      const ends = KILLED_SPLIT_TRIGGERS.get(split.base) ?? [];
      // «لقي أربعة سوريين بينهم ثلاثة أطفال مصرعهم»: a breakdown may stand between the victims and their death.
      // «لقى 64 من جنود القوات المسلحة والأمن اليمني مصرعهم»: or a long genitive.
      const reach = d.last + 6;
      let limit = reach;
      for (let m = d.last + 1; m <= limit; m++) {
        const t = tokens[m];
        if (t?.kind === "word" && ends.some((e) => t.key.startsWith(e))) return "killed";
        // («بينهم طفل عمره 10 سنوات»: a breakdown may give an age.)
        if (readsAs(t, AMONG_WORDS) && limit === reach) limit = m + 6;
        if (t?.kind !== "word" && t?.kind !== "num") break;
      }
    }
  }
  // «ثلاثة جنود أمريكيين قتلوا»، «أربعة على الأقل من القادة المحليين للجماعة قتلوا»: the verb
  // after the noun, its adjectives and a partitive or genitive phrase; «109 جنود بارتجاج»: the injury.
  // «14 مدنيا وعسكريين اثنين قتلوا»: past another group of victims, the verb is theirs too (the figure
  // does not read through the other group's words).
  let pastGroup = false;
  // «11 عنصراً من قوات الأمن بينهم ثمانية شرطيين قتلوا»: past a breakdown, the verb is the toll's too.
  let breakdownEnd = -1;
  for (let m = d.last + 1; m <= Math.max(d.last + 6, breakdownEnd); m++) {
    const after = tokens[m];
    if (pastGroup && atomOf(after) && /^و/u.test(tokens[m - 1]?.key ?? "")) continue;
    if (noun !== undefined && breakdownEnd < 0 && readsAs(after, AMONG_WORDS) && atomOf(tokens[m + 1]) !== null) {
      pastGroup = true;
      breakdownEnd = m + 5;
      continue;
    }
    if (
      pastGroup &&
      m <= breakdownEnd &&
      (atomOf(after) !== null || after?.kind === "word") &&
      !readsAs(after, KILLED_AFTER) &&
      !readsAs(after, INJURED_AFTER)
    ) {
      if (readsAs(after, KILLED_TRIGGERS) || readsAs(after, INJURED_TRIGGERS)) break;
      continue;
    }
    const role = readsAs(after, KILLED_AFTER)
      ? "killed"
      : readsAs(after, INJURED_AFTER) ||
          (m <= d.last + 3 && noun !== undefined && readsAs(after, INJURY_WORDS)?.conj === false)
        ? "injured"
        : null;
    if (role && killedOrInjured(tokens, m)) return null;
    if (role) {
      // The figure reads through its predicate: «109 جنود أميركيين بارتجاج»، «ثلاثة جنود قتلوا».
      if (!pastGroup) d.last = m;
      return role;
    }
    // «6 أشخاص على الأقل قد قتلوا»، «أربعة من زملائه وحراسه الشخصيين قتلوا».
    if (after?.kind === "word" && (after.key === "قد" || (/^و[^ا]/u.test(after.key) && after.key.length >= 4))) {
      if (readsAs(after, KILLED_TRIGGERS) || readsAs(after, INJURED_TRIGGERS)) break;
      pastGroup = pastGroup || (noun !== undefined && atomOf(tokens[m + 1]) !== null);
      continue;
    }
    // («من قوات الأمن»: the noun right after «من» heads the genitive phrase.)
    const afterOf = tokens[m - 1]?.key === "من" && m - 1 > d.last;
    if (
      after?.kind !== "word" ||
      !(isAdjectiveAfterNoun(after.key) || after.key === "من" || afterOf || /^(?:[وف]?ال|لل)/u.test(after.key))
    )
      break;
    if (/^[وف]ال/u.test(after.key) || readsAs(after, KILLED_TRIGGERS) || readsAs(after, INJURED_TRIGGERS)) break;
  }
  const relative = roleInRelative(tokens, d.last + 1);
  if (relative) return relative;
  const total = totalBefore(tokens, d);
  if (total) return total;
  // «سقوط 7 من المدنيين»، «وسقط 3 جنود»: people who fell were killed (things that fell are not people).
  if (noun !== undefined && readsAs(tokens[d.first - 1], FELL_TRIGGERS)) return "killed";
  // «ونحو سبعة» after «مقتل 15 …»; «بينهم طفلان» (among them) after «مقتل ستة أشخاص».
  const coordinated = d.conj || isWord(tokens[d.first - 1], AND_OR_AMONG);
  if (coordinated && previous?.role && d.first - previous.last <= 12) {
    for (let k = previous.last + 1; k < d.first; k++) if (isBreak(tokens[k])) return null;
    return previous.role;
  }
  return null;
}

/**
 * The end of «أحد/أي» and who it ranges over: «أي منهم»، «أي من أعضاء الحكومة اليمنية بأذى»، «أي مواطن
 * أمريكي»; not a place or cause after it («لم يصب أحد في الهجوم»).
 */
function nobodyEnd(tokens: readonly Token[], n: number): number {
  const next = tokens[n + 1];
  if (next?.kind !== "word") return n;
  if (/^من(?:هم|هن|ها)$/u.test(next.key)) return n + 1;
  const stop = (t: Token | undefined): boolean =>
    t?.kind !== "word" || isBreak(t) || /^(?:في|جراء|خلال|اثر|إثر|بعد|عند|علي|منذ)$/u.test(t.key) || isVerbForm(t.key);
  if (next.key === "من") {
    let end = n;
    for (let k = n + 2; k <= n + 7 && !stop(tokens[k]); k++) {
      end = k;
      if (isWord(tokens[k], HARM_WORDS)) break;
    }
    return end;
  }
  if (stop(next) || isWord(next, HARM_WORDS)) return isWord(next, HARM_WORDS) ? n + 1 : n;
  let end = n + 1;
  while (end < n + 3 && tokens[end + 1]?.kind === "word" && isAdjectiveAfterNoun(tokens[end + 1]?.key ?? "")) end++;
  return end;
}

/** A past feminine or a present form: «سقطت»، «استهدفت»، «يعتبر» (not a plural in ـات). */
function isVerbForm(key: string): boolean {
  return (/ت$/u.test(key) && !/ات$/u.test(key) && key.length >= 4) || (/^[يت]/u.test(key) && key.length >= 4);
}

/** A figure that counts victims: «27 ضحية»، or a number after «عدد الضحايا … إلى». */
function victimsCounted(tokens: readonly Token[], d: Draft): boolean {
  const noun = d.noun !== undefined ? tokens[d.noun] : undefined;
  if (noun?.kind === "word") {
    const bases = readings(noun.key).map((r) => withoutArticle(r.base));
    if (bases.some((b) => VICTIM_NOUNS.has(b))) return true;
    if (bases.some((b) => NON_PERSON_NOUNS.has(b)) || !isHumanNoun(noun)) return false;
  }
  for (let k = d.first - 1; k >= Math.max(0, d.first - 8); k--) {
    const t = tokens[k];
    if (isBreak(t)) return false;
    if (t?.kind === "word" && readings(t.key).some((r) => VICTIM_NOUNS.has(withoutArticle(r.base)))) return true;
  }
  return false;
}

/** «أشخاص»، «شخصاً»: people, who may be victims (a figure about things is not). */
function isHumanNoun(tok: Token): boolean {
  return readings(tok.key).some((r) => PEOPLE.has(withoutArticle(r.base)));
}
const PEOPLE = keySet(["شخص", "شخصا", "أشخاص", "مواطن", "مواطنا", "مواطنين", "مدنيا", "مدنيين"]);
/** The wounded named right after the dead: «قتيلا وجريحا»، «القتلى والجرحى» («وإصابة» starts a figure of its own). */
const WOUNDED = keySet(["جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون"]);
/** «وآخر بريطاني»: one more of the same. */
const OTHER_ONE = keySet(["آخر", "أخرى"]);
/** «وأصيب آخر»، «وقتلت أخرى»، «وأصيب ثالث»: one more person, after a figure (not «آخر الجنود»). */
const ONE_MORE = keySet([
  "آخر",
  "أخرى",
  "ثان",
  "ثاني",
  "ثانية",
  "ثالث",
  "ثالثة",
  "رابع",
  "رابعة",
  "خامس",
  "خامسة",
  "سادس",
  "سابع",
]);
const definiteWord = (t: Token | undefined): boolean => t?.kind === "word" && /^ال/u.test(t.key);

/** A figure among the few words before `i`, in the same sentence. */
function figureShortlyBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const tok = ctx.tokens[k];
    if (tok?.kind === "punct" && /[.!?؟:]/u.test(ctx.input.slice(tok.start, tok.end))) return false;
    if (ctx.usedBefore(k)) return true;
  }
  return false;
}
/** «دون أن يصاب»: أن between a negation and its verb. */
const THAT = keySet(["أن"]);

/** After a singular noun, a word that makes it one person named or titled («الجنرال قاسم …»، «قائد فيلق …»). */
const CAUSE_WORDS = keySet(["جراء", "إثر", "اثر", "بسبب", "نتيجة", "بفعل"]);

/** Verbs and nouns of dying, whoever the dead were before: «توفي جريحان»، «بعد وفاة جريحين». */
const DIED_VERBS = keySet(["توفي", "توفيت", "توفيا", "توفوا", "وفاة", "بوفاة"]);
const NOT_A_NAME = new Set([
  "في",
  "من",
  "على",
  "عن",
  "إلى",
  "الى",
  "الي",
  "مع",
  "جراء",
  "اثر",
  "إثر",
  "بعد",
  "قبل",
  "خلال",
  "اخر",
  "آخر",
  "واحد",
]);
function namesSomeone(next: Token | undefined): boolean {
  if (next?.kind === "punct" && /["«»“”]/u.test(next.key)) return true;
  if (next?.kind !== "word" || atomOf(next) || isAdjectiveAfterNoun(next.key)) return false;
  if (/^[وفبل]/u.test(next.key) || NOT_A_NAME.has(next.key)) return false;
  // «توفي جندي متأثراً بجراحه»: a participle in the accusative says how, it names no one.
  if (/^م.{3,}ا$/u.test(next.key)) return false;
  return true;
}

/** «العسكريين الـ109 الذين يعانون من «ارتجاج»»: the victims' relative clause says what befell them. */
function roleInRelative(tokens: readonly Token[], at: number): CasualtyRole | null {
  if (!isWord(tokens[at], RELATIVE_PRONOUNS)) return null;
  for (let m = at + 1; m <= at + 7; m++) {
    const t = tokens[m];
    if (isBreak(t)) return null;
    if (t?.kind !== "word") continue;
    if (readsAs(t, KILLED_AFTER)) return "killed";
    if (readsAs(t, INJURED_AFTER) || readsAs(t, INJURY_WORDS)) return "injured";
  }
  return null;
}

/** A nisba or participle agreeing with a plural noun: «أمريكيين»، «آخرين»، «العراقيين». */
function isAdjectiveAfterNoun(key: string): boolean {
  // («خمسة شرطيين أفغان على الأقل»: a plural of nationality no nisba in form.)
  return (/(?:يين|يون|ية|يه|ي|يا)$/u.test(key) && key.length >= 4) || GENTILE_PLURALS.has(key);
}

/**
 * «ارتفع عدد الجنود المصابين في الهجوم إلى 64»، «ارتفاع حصيلة القتلى إلى 12»: a total raised to the
 * figure, whose casualty noun stands between عدد/حصيلة and إلى.
 */
function totalBefore(tokens: readonly Token[], d: Draft): CasualtyRole | null {
  const first = d.first;
  const to = readsAs(tokens[first - 1], TO_WORDS) !== null;
  let role: CasualtyRole | null = null;
  for (let k = first - (to ? 2 : 1); k >= Math.max(0, first - (to ? 30 : 8)); k--) {
    const tok = tokens[k];
    if (isBreak(tok)) return null;
    // «عدد الجرحى بلغ 47 جريحاً بينهم 9»: the total is another number's; this one is a part of it.
    if (!to && (tok?.kind === "num" || (tok?.kind === "word" && (atomOf(tok) || AMONG_WORDS.has(tok.key)))))
      return null;
    if (tok?.kind !== "word") continue;
    // «حصيلة القتلى جراء العمليتين»: what the toll came from is not a total of its own.
    if (!to && isWord(tok, CAUSE_WORDS)) return null;
    // «ارتفع عدد القتلى إلى 12 والجرحى إلى 40»: the noun nearest the figure names it, after its و.
    const w = withoutArticle(tok.key);
    const wc = /^و/u.test(tok.key) && to ? withoutArticle(tok.key.slice(1)) : w;
    if (KILLED_NOUNS.has(w) || KILLED_NOUNS.has(wc) || readsAs(tok, KILLED_TRIGGERS)) role ??= "killed";
    else if (INJURED_NOUNS.has(w) || INJURED_NOUNS.has(wc) || readsAs(tok, INJURED_TRIGGERS)) role ??= "injured";
    if (!to && readsAs(tok, INJURY_WORDS)) role ??= "injured";
    // «للمصابين»، «للجرحى»: ل + the article, whose alef is not written.
    const bases = [
      ...readings(tok.key).map((r) => withoutArticle(r.base)),
      ...(tok.key.startsWith("لل") ? [tok.key.slice(2)] : []),
    ];
    if (!to && bases.some((b) => INJURED_NOUNS.has(b))) role ??= "injured";
    if (!to && bases.some((b) => KILLED_NOUNS.has(b))) role ??= "killed";
    if (readsAs(tok, TOTAL_NOUNS) || (tok.key.startsWith("ال") && TOTAL_NOUNS.has(withoutArticle(tok.key)))) {
      // «العدد الأولي للمصابين 11 عسكرياً»: the figure reads from the total it gives.
      if (role && !to) {
        d.first = k;
        d.prefixLen = 0;
        d.conj = false;
      }
      // «ارتفع إلى 110»: the figure reads from the verb of rising.
      const rise = to ? readsAs(tokens[first - 2], RISE_VERBS) : null;
      if (role && rise) {
        d.first = first - 2;
        d.prefixLen = rise.prefixLen;
        d.conj = rise.conj;
      }
      // «ارتفع عدد القتلى من عناصر الحرس إلى 24»: from the verb of rising before a short total.
      const riseBefore = to && first - k <= 8 ? readsAs(tokens[k - 1], RISE_VERBS) : null;
      const plain = tokens.slice(k + 1, first).every((t) => t.kind === "word" && !RELATIVE_WORDS.has(t.key));
      if (role && !rise && riseBefore && plain) {
        d.first = k - 1;
        d.prefixLen = riseBefore.prefixLen;
        d.conj = riseBefore.conj;
      }
      return role;
    }
  }
  return null;
}

function toFigure(ctx: Ctx, d: Draft): Figure {
  const { tokens, input } = ctx;
  const firstTok = tokens[d.first];
  const lastTok = tokens[d.last];
  const start = firstTok ? (firstTok.charStarts[d.prefixLen] ?? firstTok.start) : 0;
  const end = lastTok ? lastTok.end : start;
  const fig: Figure = { qualifier: d.qualifier, start, end, text: input.slice(start, end), role: d.role ?? null };
  if (d.value !== undefined) fig.value = d.value;
  if (d.min !== undefined) fig.min = d.min;
  if (d.max !== undefined) fig.max = d.max;
  if (d.unit) fig.unit = d.unit;
  const nounTok = d.noun !== undefined ? tokens[d.noun] : undefined;
  if (nounTok) {
    const nounStart = nounTok.charStarts[d.nounPrefixLen ?? 0] ?? nounTok.start;
    fig.noun = input.slice(nounStart, nounTok.end);
  }
  return fig;
}

/**
 * «36 متطرفاً و12 عنصر أمن و7 مدنيين قتلوا»: groups joined by «و» before one verb of what befell
 * them all take the role the verb gives the last group (convention 1 sums them into one toll).
 */
function verbAfterChain(tokens: readonly Token[], drafts: Draft[]): void {
  const fromVerb = new Set<Draft>();
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.role && (readsAs(tokens[d.last], KILLED_AFTER) || readsAs(tokens[d.last], INJURED_AFTER))) fromVerb.add(d);
    const next = drafts[i + 1];
    if (d.role || d.unit || !next || !fromVerb.has(next) || d.noun === undefined) continue;
    // Between them only «و» and the words of the first group's noun phrase («12 عنصر أمن و7 …»).
    const between = tokens.slice(d.last + 1, next.first);
    if (between.length > 3 || between.some((t) => t.kind !== "word")) continue;
    const joined = next.conj || between.at(-1)?.key === "و";
    const noun = tokens[d.noun];
    if (!joined || !noun || NON_PERSON_NOUNS.has(noun.key) || NON_PERSON_NOUNS.has(withoutArticle(noun.key))) continue;
    d.role = next.role ?? null;
    fromVerb.add(d);
  }
}

export function extractFigures(text: string): Figure[] {
  const tokens = tokenize(text);
  const used = new Array<boolean>(tokens.length).fill(false);
  const ctx: Ctx = {
    input: text,
    tokens,
    usedBefore: (k) => used[k] === true,
  };
  const drafts: Draft[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found =
      tryZero(ctx, i) ??
      tryOrRange(ctx, i) ??
      tryBetween(ctx, i) ??
      tryDefiniteNumber(ctx, i) ??
      tryQualified(ctx, i) ??
      tryNumber(ctx, i) ??
      tryDual(ctx, i) ??
      trySingularAfterTrigger(ctx, i) ??
      trySingularCasualtyNoun(ctx, i) ??
      tryPassiveVictim(ctx, i) ??
      tryCoordinatedPerson(ctx, i);
    if (!found) {
      i++;
      continue;
    }
    for (const d of found.drafts) {
      for (let k = d.first; k <= d.last; k++) used[k] = true;
      drafts.push(d);
    }
    i = Math.max(found.next, i + 1);
  }
  drafts.sort((a, b) => a.first - b.first);
  let previous: Draft | undefined;
  for (const d of drafts) {
    d.role = resolveRole(ctx, d, previous);
    previous = d;
  }
  verbAfterChain(tokens, drafts);
  const dropped = new Set<Draft>();
  for (const [i, d] of drafts.entries()) {
    const next = drafts[i + 1];
    // «قتل مسلحان جهاديان 21 سائحا»: a dual in the nominative right before the figure of the victims
    // is who killed them (the subject of an active verb), not more victims.
    if (
      d.role &&
      next?.role === d.role &&
      d.value === 2 &&
      d.noun !== undefined &&
      /ان$/u.test(tokens[d.noun]?.key ?? "") &&
      next.first === d.last + 1 &&
      !next.conj
    )
      d.role = null;
    // «27 ضحية و89 جريحاً»، «ارتفع عدد ضحايا الانفجار إلى 154 شخصاً، إضافة إلى أكثر من 5 آلاف جريح»:
    // victims set against the injured are the dead.
    if (
      d.role === null &&
      !d.unit &&
      next?.role === "injured" &&
      next.first - d.last <= 5 &&
      !d.onlyAsCasualty &&
      victimsCounted(tokens, d)
    )
      d.role = "killed";
    // «135 قتيلا وجريحا»: killed and injured together, a total that is neither; «عشرات القتلى والجرحى»:
    // dozens of each.
    const at = d.noun !== undefined && d.role === "killed" ? d.noun + 1 : -1;
    const combined = at > 0 ? tokens[at] : undefined;
    if (
      combined?.kind === "word" &&
      /^و/u.test(combined.key) &&
      readings(combined.key).some((r) => r.conj && WOUNDED.has(withoutArticle(r.base)))
    ) {
      for (const g of drafts) if (g !== d && g.first <= at && g.last >= at) dropped.add(g);
      if (d.qualifier !== "range") {
        dropped.add(d);
        // «135 قتيلا وجريحا بينهم 11 صحفيا»: nor is its breakdown.
        for (const g of drafts)
          if (g.first > at && g.first <= at + 2 && isWord(tokens[g.first - 1], AND_OR_AMONG)) dropped.add(g);
      } else {
        const each: Draft = { ...d, first: at, last: at, prefixLen: 1 };
        each.role = "injured";
        each.noun = each.first;
        each.nounPrefixLen = 1;
        drafts.splice(i + 1, 0, each);
      }
    }
  }
  return drafts.filter((d) => !dropped.has(d) && (!d.onlyAsCasualty || d.role)).map((d) => toFigure(ctx, d));
}

/**
 * The quantity a phrase starts with (after an optional و/ف and a qualifier), or null.
 * Unlike extractFigures it takes any number at face value: "17" is 17 even before a month name.
 */
export function parseArabicNumber(text: string): FigureValue | null {
  const all = tokenize(text);
  const tokens = all[0]?.kind === "word" && (all[0].key === "و" || all[0].key === "ف") ? all.slice(1) : all;
  const q = qualifierBefore(tokens, 0);
  const start = q ? q.next : 0;
  const qualifier: QualifierName = q ? q.qualifier : "exactly";
  const p = parseNumberAt(text, tokens, start);
  if (p) {
    const out: FigureValue = { qualifier: p.vague ? "range" : qualifier };
    if (p.value !== undefined) out.value = p.value;
    if (p.min !== undefined) out.min = p.min;
    if (p.max !== undefined) out.max = p.max;
    if (out.qualifier === "exactly") {
      let k = p.last + 1;
      if (isNounCandidate(tokens[k], true)) k++;
      const after = qualifierAfter(tokens, k);
      if (after) out.qualifier = after.qualifier;
    }
    return out;
  }
  if (dualOf(tokens[start], tokens[start + 1])) return { value: 2, qualifier };
  const tok = tokens[start];
  if (q && tok?.kind === "word" && COUNTABLE_SINGULAR.has(tok.key)) return { value: 1, qualifier };
  return null;
}

/** The first killed and the first injured figure of a sentence, without their spans. */
export function casualtiesFromText(text: string): { killed?: FigureValue; injured?: FigureValue } {
  const out: { killed?: FigureValue; injured?: FigureValue } = {};
  for (const f of extractFigures(text)) {
    if (f.role === null || out[f.role]) continue;
    const v: FigureValue = { qualifier: f.qualifier };
    if (f.value !== undefined) v.value = f.value;
    if (f.min !== undefined) v.min = f.min;
    if (f.max !== undefined) v.max = f.max;
    out[f.role] = v;
  }
  return out;
}
