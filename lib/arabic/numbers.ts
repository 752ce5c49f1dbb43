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
  ADJECTIVE_BEFORE_AN, ALFA, ARABIC_MONTHS, BETWEEN_WORDS, BROKEN_PLURAL_STEMS, CAUSE_AFTER_PASSIVE,
  CONSTRUCT_DUAL_STEMS, COUNTABLE_SINGULAR, DESCRIPTIVE_BEFORE, DUAL_MULTIPLIER_WORDS, FEMININE_DUAL_NOUNS,
  FRACTION_WORDS, HALF_WORDS, HUMAN, HUNDRED_WORDS, HUNDREDS_WORDS, IDENTIFIER_BEFORE, IDIOMS_WITH_ONE,
  INJURED_AFTER, INJURED_NOUNS, INJURED_TRIGGERS, KILLED_AFTER, KILLED_NOUNS, KILLED_SPLIT_TRIGGERS,
  KILLED_TRIGGERS, LATIN_MONTHS, LOSSES, MULTIPLIER_WORDS, NEGATIONS, NOBODY, NOBODY_VERBS, NON_PERSON_NOUNS,
  NOT_DUAL, NOUN_STOP, ONE_WORDS, ORDINAL_UNITS, OTHERS_WORDS, PASSIVE_VICTIM_VERBS, PERSON_SINGULAR,
  QUALIFIERS_AFTER, QUALIFIERS_BEFORE, SOUND_DUAL_STEMS, TEEN_ONLY_UNITS, TEN_WORDS, TENS_WORDS, TIME_AFTER,
  TRIGGER_BLOCKERS, UNIT_WORDS, VAGUE_SCALE_WORDS, VAGUE_WITH_MIN, VAGUE_WORDS, YEAR_CONTEXT,
  ZERO_BLOCKERS, ZERO_BOTH_NOUNS, ZERO_INJURED_NOUNS, ZERO_KILLED_NOUNS, PERCENT_WORDS, PERCENT_AFTER_IN,
  IN_WORDS, FROM_WORDS, MA_WORDS, type QualifierName,
} from "./numbers-lexicon";
import { parseDigits, SENTENCE_BREAKS, tokenize, type Token } from "./numbers-tokens";

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
/* Word readings                                                                               */

type Reading = { base: string; prefixLen: number; conj: boolean };

/**
 * The ways to read a word with its proclitics: as is, without و/ف, and without a following
 * ب/ل/ك when at least three letters remain (بعدة، لشهرين; but not لست "I am not").
 */
function readings(key: string): Reading[] {
  const out: Reading[] = [{ base: key, prefixLen: 0, conj: false }];
  let rest = key;
  let len = 0;
  let conj = false;
  if ((key.startsWith("و") || key.startsWith("ف")) && key.length > 2) {
    rest = key.slice(1);
    len = 1;
    conj = true;
    out.push({ base: rest, prefixLen: 1, conj });
  }
  if (/^[بلك]/u.test(rest) && rest.length >= 4) out.push({ base: rest.slice(1), prefixLen: len + 1, conj });
  return out;
}

function withoutArticle(base: string): string {
  return base.startsWith("ال") && base.length > 4 ? base.slice(2) : base;
}

function readsAs(tok: Token | undefined, set: ReadonlySet<string>): Reading | null {
  if (tok?.kind !== "word") return null;
  return readings(tok.key).find((r) => set.has(r.base)) ?? null;
}

function isWord(tok: Token | undefined, set: ReadonlySet<string>): boolean {
  return tok?.kind === "word" && set.has(tok.key);
}

function isBreak(tok: Token | undefined): boolean {
  return tok === undefined || (tok.kind === "punct" && SENTENCE_BREAKS.has(tok.key));
}

/* ------------------------------------------------------------------------------------------ */
/* Number phrases                                                                              */

type Atom =
  | { kind: "unit" | "teenOnly" | "ten" | "hundreds" | "mult" | "dualMult" | "fraction" | "digits"; value: number }
  | { kind: "alfa" }
  | { kind: "vague"; min: number; max?: number };

type AtomReading = Atom & { base: string; prefixLen: number; conj: boolean; definite: boolean };

function lookupAtom(base: string): Atom | null {
  const unit = UNIT_WORDS.get(base);
  if (unit !== undefined) return { kind: "unit", value: unit };
  const teen = TEEN_ONLY_UNITS.get(base);
  if (teen !== undefined) return { kind: "teenOnly", value: teen };
  const ten = TENS_WORDS.get(base);
  if (ten !== undefined) return { kind: "ten", value: ten };
  const hundreds = HUNDREDS_WORDS.get(base);
  if (hundreds !== undefined) return { kind: "hundreds", value: hundreds };
  const dual = DUAL_MULTIPLIER_WORDS.get(base);
  if (dual !== undefined) return { kind: "dualMult", value: dual };
  if (ALFA.has(base)) return { kind: "alfa" };
  const vague = VAGUE_WORDS.get(base);
  if (vague !== undefined) return { kind: "vague", ...vague };
  const mult = MULTIPLIER_WORDS.get(base);
  if (mult !== undefined) return { kind: "mult", value: mult };
  const fraction = FRACTION_WORDS.get(base);
  if (fraction !== undefined) return { kind: "fraction", value: fraction };
  return null;
}

function atomOf(tok: Token | undefined): AtomReading | null {
  if (!tok) return null;
  if (tok.kind === "num") {
    const value = parseDigits(tok.key);
    if (!Number.isFinite(value)) return null;
    return { kind: "digits", value, base: tok.key, prefixLen: 0, conj: false, definite: false };
  }
  if (tok.kind !== "word") return null;
  for (const r of readings(tok.key)) {
    const atom = lookupAtom(r.base);
    if (atom) return { ...atom, base: r.base, prefixLen: r.prefixLen, conj: r.conj, definite: false };
    // الثلاثة، الخمسة: definite 3–10. Not الاثنين/الأحد, which are weekdays.
    if (r.base.startsWith("ال")) {
      const unit = UNIT_WORDS.get(r.base.slice(2));
      if (unit !== undefined && unit >= 3) {
        return { kind: "unit", value: unit, base: r.base, prefixLen: r.prefixLen, conj: r.conj, definite: true };
      }
    }
  }
  return null;
}

/** The multiplier an atom stands for after a count (آلاف is also a vague word on its own). */
function multiplierOf(a: AtomReading): number | undefined {
  if (a.kind === "alfa") return 1e3;
  return MULTIPLIER_WORDS.get(a.base);
}

type Group = { value: number; kind: "unit" | "teen" | "ten" | "hundred" | "digits"; last: number };

/** One additive part: digits, a unit (with عشر → teen, with مئة → hundreds), tens, hundreds. */
function readGroup(tokens: readonly Token[], j: number): Group | null {
  const a = atomOf(tokens[j]);
  if (!a || a.definite) return null;
  const next = tokens[j + 1];
  switch (a.kind) {
    case "digits":
      return { value: a.value, kind: "digits", last: j };
    case "unit":
      if (a.value <= 9 && isWord(next, TEN_WORDS)) return { value: a.value + 10, kind: "teen", last: j + 1 };
      if (a.value >= 3 && a.value <= 9 && isWord(next, HUNDRED_WORDS)) {
        return { value: a.value * 100, kind: "hundred", last: j + 1 };
      }
      return { value: a.value, kind: "unit", last: j };
    case "teenOnly":
      return isWord(next, TEN_WORDS) ? { value: a.value + 10, kind: "teen", last: j + 1 } : null;
    case "ten":
      return { value: a.value, kind: "ten", last: j };
    case "hundreds":
      return { value: a.value, kind: "hundred", last: j };
    default:
      return null;
  }
}

type NumberParse = {
  value?: number;
  min?: number;
  max?: number;
  first: number;
  last: number;
  prefixLen: number;
  conj: boolean;
  /** A single word 1 or 2 (واحد، أحد، اثنين) or a definite unit (الثلاثة). */
  lone: "one" | "two" | "definite" | null;
  vague: boolean;
  /** A single digit token with no multiplier (may be a date, a year or a time). */
  bareDigits: boolean;
};

function hasTanween(input: string, tok: Token): boolean {
  return /[\u064b-\u064d]/u.test(input.slice(tok.start, tok.end));
}

function parseNumberAt(input: string, tokens: readonly Token[], i: number): NumberParse | null {
  const a = atomOf(tokens[i]);
  if (!a) return null;
  const base = { first: i, prefixLen: a.prefixLen, conj: a.conj, lone: null, vague: false, bareDigits: false };

  if (a.kind === "vague") {
    const scale = atomOf(tokens[i + 1]);
    const factor = scale && !scale.conj ? VAGUE_SCALE_WORDS.get(scale.base) : undefined;
    const f = factor ?? 1;
    return {
      ...base,
      min: a.min * f,
      ...(a.max !== undefined ? { max: a.max * f } : {}),
      last: factor ? i + 1 : i,
      vague: true,
    };
  }
  if (a.kind === "fraction") {
    const m = atomOf(tokens[i + 1]);
    if (m?.kind !== "mult" || m.conj) return null;
    return { ...base, value: a.value * m.value, last: i + 1 };
  }

  let total = 0;
  let current = 0;
  let last = i;
  let lastKind: Group["kind"] | "mult";
  let lastMult = Infinity;
  if (a.kind === "mult" || a.kind === "dualMult" || a.kind === "alfa") {
    const tok = tokens[i];
    const value = a.kind === "alfa" ? (tok && hasTanween(input, tok) ? 1e3 : 2e3) : a.value;
    total = value;
    lastMult = a.kind === "dualMult" || a.kind === "alfa" ? 1e3 : value;
    if (a.kind === "dualMult") lastMult = value / 2;
    lastKind = "mult";
    if (a.kind === "mult" && isWord(tokens[i + 1], HALF_WORDS)) {
      total += value / 2;
      last = i + 1;
    }
  } else {
    const g = readGroup(tokens, i);
    if (!g) {
      if (a.kind === "unit" && a.definite) return { ...base, value: a.value, last: i, lone: "definite" };
      return null;
    }
    current = g.value;
    lastKind = g.kind;
    last = g.last;
  }

  for (;;) {
    const nextTok = tokens[last + 1];
    const n = atomOf(nextTok);
    const mult = n && !n.conj && current > 0 ? multiplierOf(n) : undefined;
    if (mult !== undefined) {
      total += current * mult;
      current = 0;
      lastMult = mult;
      lastKind = "mult";
      last += 1;
      if (isWord(tokens[last + 1], HALF_WORDS)) {
        total += mult / 2;
        last += 1;
      }
      continue;
    }
    let at = -1;
    if (n?.conj) at = last + 1;
    else if (nextTok?.kind === "word" && nextTok.key === "و" && atomOf(tokens[last + 2])) at = last + 2;
    if (at < 0) break;
    const g = readGroup(tokens, at);
    if (!g) break;
    const units = current % 100;
    const ok =
      (g.kind === "ten" && lastKind === "unit" && units >= 1 && units <= 9) ||
      (lastKind === "hundred" && current % 100 === 0 && g.value < 100) ||
      (lastKind === "mult" && current === 0 && g.value < lastMult);
    if (!ok) break;
    current += g.value;
    lastKind = g.kind;
    last = g.last;
  }

  const value = total + current;
  const single = last === i;
  let lone: NumberParse["lone"] = null;
  if (single && a.kind === "unit" && value === 1) lone = "one";
  else if (single && a.kind === "unit" && value === 2) lone = "two";
  return { ...base, value, last, lone, bareDigits: single && a.kind === "digits" };
}

/* ------------------------------------------------------------------------------------------ */
/* Qualifiers                                                                                  */

type QualifierMatch = { qualifier: QualifierName; first: number; next: number; prefixLen: number; conj: boolean };

function matchSequence(tokens: readonly Token[], i: number, words: readonly string[]): { prefixLen: number } | null {
  let prefixLen = 0;
  for (let k = 0; k < words.length; k++) {
    const tok = tokens[i + k];
    const w = words[k];
    if (tok?.kind !== "word" || w === undefined) return null;
    if (tok.key === w) continue;
    const prefix = k === 0 && tok.key.endsWith(w) ? tok.key.slice(0, tok.key.length - w.length) : null;
    if (prefix !== null && QUALIFIER_PREFIXES.has(prefix)) {
      prefixLen = prefix.length;
      continue;
    }
    return null;
  }
  return { prefixLen };
}

/** Proclitics allowed on the first word of a qualifier: ونحو، بأقل من، لما لا يقل عن. */
const QUALIFIER_PREFIXES: ReadonlySet<string> = new Set(["و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"]);

function qualifierBefore(tokens: readonly Token[], i: number): QualifierMatch | null {
  for (const q of QUALIFIERS_BEFORE) {
    const m = matchSequence(tokens, i, q.words);
    if (m) {
      const conj = /^[وف]/u.test(tokens[i]?.key ?? "") && m.prefixLen > 0;
      return { qualifier: q.qualifier, first: i, next: i + q.words.length, prefixLen: m.prefixLen, conj };
    }
  }
  return null;
}

function qualifierAfter(tokens: readonly Token[], i: number): { qualifier: QualifierName; last: number } | null {
  for (const q of QUALIFIERS_AFTER) {
    if (matchSequence(tokens, i, q.words)?.prefixLen === 0) return { qualifier: q.qualifier, last: i + q.words.length - 1 };
  }
  return null;
}

/* ------------------------------------------------------------------------------------------ */
/* Nouns and duals                                                                             */

function isNounCandidate(tok: Token | undefined, allowDefinite: boolean): boolean {
  if (tok?.kind !== "word") return false;
  const key = tok.key;
  if (key.length < 2 || NOUN_STOP.has(key) || OTHERS_WORDS.has(key) || ARABIC_MONTHS.has(key)) return false;
  if (TIME_AFTER.has(key) || atomOf(tok)) return false;
  if (readsAs(tok, KILLED_TRIGGERS) || readsAs(tok, INJURED_TRIGGERS) || readsAs(tok, NEGATIONS)) return false;
  // و + definite word starts a new phrase (والخميس), it is not a counted noun.
  if (/^[وف]ال/u.test(key)) return false;
  if (key.startsWith("ال") && !allowDefinite) return false;
  return true;
}

type Dual = { prefixLen: number };

function dualOf(tok: Token | undefined, next: Token | undefined): Dual | null {
  if (tok?.kind !== "word" || NOT_DUAL.has(tok.key)) return null;
  const nextIsWord = next?.kind === "word";
  for (const r of readings(tok.key)) {
    const definite = r.base.startsWith("ال") && r.base.length > 4;
    const w = definite ? r.base.slice(2) : r.base;
    for (const suffix of ["ين", "ان"]) {
      if (!w.endsWith(suffix)) continue;
      const stem = w.slice(0, -2);
      if (BROKEN_PLURAL_STEMS.has(stem)) return { prefixLen: r.prefixLen };
      if (suffix === "ان" && SOUND_DUAL_STEMS.has(stem)) {
        const blockers = ADJECTIVE_BEFORE_AN.get(stem) ?? [];
        if (next?.kind === "word" && blockers.includes(next.key)) return null;
        return { prefixLen: r.prefixLen };
      }
    }
    for (const suffix of ["تين", "تان"]) {
      if (w.endsWith(suffix) && FEMININE_DUAL_NOUNS.has(`${w.slice(0, -3)}ه`)) return { prefixLen: r.prefixLen };
    }
    if (!definite && nextIsWord) {
      // Construct duals: فصيلي كتائب، جماعتي كتائب، حليفتا العراق.
      if (/[يا]$/u.test(w) && CONSTRUCT_DUAL_STEMS.has(w.slice(0, -1))) return { prefixLen: r.prefixLen };
      if (/ت[يا]$/u.test(w) && FEMININE_DUAL_NOUNS.has(`${w.slice(0, -2)}ه`)) return { prefixLen: r.prefixLen };
    }
  }
  // A nisba in the nominative dual (دبلوماسيان، شرطيان، أمريكيان): its plural is -يون, so
  // -يان is a dual. Short words in -يان are verbal nouns (طغيان، نسيان), hence the length.
  // Only و/ف are taken as proclitics here: بريطانيان keeps its ب.
  const all = readings(tok.key);
  const r = (/^[وف]/u.test(tok.key) ? all.find((x) => x.prefixLen === 1) : undefined) ?? all[0];
  if (r) {
    const w = withoutArticle(r.base);
    if (w.length >= 6 && w.endsWith("يان")) return { prefixLen: r.prefixLen };
  }
  return null;
}

/** An adjective agreeing with a dual noun: أمنيين، عسكرتين، الأميركيان. */
function isDualAgreement(tok: Token | undefined): boolean {
  return (
    tok?.kind === "word" && tok.key.length >= 4 && /(?:ين|ان)$/u.test(tok.key) && !/^[وف]/u.test(tok.key) &&
    !NOUN_STOP.has(tok.key) && !atomOf(tok)
  );
}

function isPersonSingular(tok: Token | undefined): boolean {
  if (tok?.kind !== "word") return false;
  return readings(tok.key).some((r) => {
    const w = withoutArticle(r.base);
    if (PERSON_SINGULAR.has(w)) return true;
    // Nisba nouns for people: أميركي، عراقي، مدني. Not ordinals (الثاني) or particles.
    return (
      r.prefixLen === 0 && w.length >= 4 && w.endsWith("ي") && !w.endsWith("يي") &&
      !ORDINAL_UNITS.has(r.base) && !NOUN_STOP.has(r.base) && !ORDINAL_UNITS.has(w)
    );
  });
}

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
};

type Found = { drafts: Draft[]; next: number };

type Ctx = { input: string; tokens: readonly Token[]; usedBefore: (k: number) => boolean };

function triggerRole(tokens: readonly Token[], k: number): CasualtyRole | "blocked" | null {
  const tok = tokens[k];
  const killed = readsAs(tok, KILLED_TRIGGERS);
  const injured = killed ? null : readsAs(tok, INJURED_TRIGGERS);
  if (!killed && !injured) return null;
  if (readsAs(tokens[k - 1], TRIGGER_BLOCKERS)) return "blocked";
  return killed ? "killed" : "injured";
}

/** Completes a number phrase: noun, "others", percent, qualifier after. */
function finishNumber(ctx: Ctx, p: NumberParse, head: { first: number; prefixLen: number; conj: boolean; qualifier: QualifierName }): Draft {
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
  } else if (OTHERS_WORDS.has(next?.kind === "word" ? next.key : "")) {
    draft.last = k;
    k += 1;
  } else if (isNounCandidate(next, allowDefinite)) {
    draft.noun = k;
    draft.last = k;
    k += 1;
    if (isWord(tokens[k], OTHERS_WORDS)) {
      draft.last = k;
      k += 1;
    }
  }
  applyQualifierAfter(tokens, draft, k);
  return draft;
}

function applyQualifierAfter(tokens: readonly Token[], draft: Draft, k: number): void {
  const after = qualifierAfter(tokens, k);
  if (after && draft.qualifier === "exactly") {
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
  const tok = tokens[p.first];
  if (!qualified && tok?.kind === "num" && /^\d{4}$/u.test(tok.key)) {
    const year = Number(tok.key);
    if (year >= 1800 && year <= 2100) {
      if (isWord(prev, YEAR_CONTEXT) || !isNounCandidate(next, false)) return true;
    }
  }
  return false;
}

function tryQualified(ctx: Ctx, i: number): Found | null {
  const { tokens, input } = ctx;
  const q = qualifierBefore(tokens, i);
  if (!q) return null;
  const head = { first: i, prefixLen: q.prefixLen, conj: q.conj, qualifier: q.qualifier };
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
  const withMin = tokens[i]?.kind === "word" ? readings(tokens[i]?.key ?? "").find((r) => VAGUE_WITH_MIN.has(r.base)) : undefined;
  if (withMin && isWord(tokens[i + 1], FROM_WORDS)) {
    const range = VAGUE_WITH_MIN.get(withMin.base);
    if (range && isNounCandidate(tokens[i + 2], true)) {
      const d: Draft = {
        qualifier: "range", min: range.min, ...(range.max !== undefined ? { max: range.max } : {}),
        first: i, last: i + 2, prefixLen: withMin.prefixLen, conj: withMin.conj, noun: i + 2,
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
  if (p.lone) {
    // A number after its noun: يوم واحد، مسلحين اثنين (both indefinite), الجنود الثلاثة (both definite).
    const prevDefinite = prev?.key.startsWith("ال") === true;
    const nounBefore =
      isNounCandidate(prev, true) &&
      !ctx.usedBefore(i - 1) &&
      (p.lone === "definite") === prevDefinite &&
      !readsAs(tokens[i - 2], DESCRIPTIVE_BEFORE) &&
      !readsAs(prev, IDIOMS_WITH_ONE);
    if (nounBefore) {
      const d: Draft = { ...head, value: p.value ?? 0, first: i - 1, last: i, prefixLen: 0, conj: false, noun: i - 1 };
      applyQualifierAfter(tokens, d, i + 1);
      return { drafts: [d], next: d.last + 1 };
    }
    if (p.lone === "definite") return { drafts: [], next: i + 1 };
    if (p.lone === "one") {
      const role = triggerRole(tokens, i - 1);
      if (role === null || role === "blocked") return { drafts: [], next: i + 1 };
    }
  }
  const d = finishNumber(ctx, p, head);
  return { drafts: [d], next: d.last + 1 };
}

function tryDual(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const dual = dualOf(tokens[i], tokens[i + 1]);
  if (!dual) return null;
  const d: Draft = { value: 2, qualifier: "exactly", first: i, last: i, prefixLen: dual.prefixLen, conj: dual.prefixLen > 0 && /^[وف]/u.test(tokens[i]?.key ?? ""), noun: i, nounPrefixLen: dual.prefixLen };
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
  const role = triggerRole(tokens, i);
  if (role === null || role === "blocked") return null;
  const k = i + 1;
  const tok = tokens[k];
  if (!isPersonSingular(tok) || atomOf(tok) || dualOf(tok, tokens[k + 1])) return null;
  const d: Draft = { value: 1, qualifier: "exactly", first: k, last: k, prefixLen: 0, conj: false, noun: k, role };
  const one = atomOf(tokens[k + 1]);
  if (one?.kind === "unit" && one.value === 1 && !one.conj) d.last = k + 1;
  return { drafts: [d], next: d.last + 1 };
}

/** «الناشط سعدون اللهيبي قتل بعيار ناري»: one victim named before a passive verb. */
function tryPassiveVictim(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const verb = tokens[i];
  if (verb?.kind !== "word") return null;
  const reading = readings(verb.key).find((r) => PASSIVE_VICTIM_VERBS.has(r.base));
  if (!reading || !readsAs(tokens[i + 1], CAUSE_AFTER_PASSIVE)) return null;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const tok = tokens[k];
    if (tok?.kind !== "word" || ctx.usedBefore(k)) return null;
    if (tok.key.startsWith("ال") && PERSON_SINGULAR.has(tok.key.slice(2))) {
      const d: Draft = {
        value: 1, qualifier: "exactly", first: k, last: i - 1, prefixLen: 0, conj: false, noun: k,
        role: PASSIVE_VICTIM_VERBS.get(reading.base) ?? null,
      };
      return { drafts: [d], next: i + 1 };
    }
  }
  return null;
}

/** «لم يسفر عن إصابات», «دون وقوع إصابات», «بدون أن يسفر عن ضحايا», «لم يصب أحد». */
function tryZero(ctx: Ctx, i: number): Found | null {
  const { tokens } = ctx;
  const neg = readsAs(tokens[i], NEGATIONS);
  if (!neg) return null;
  const base = { value: 0, qualifier: "exactly" as const, first: i, prefixLen: neg.prefixLen, conj: neg.conj };
  const verb = tokens[i + 1];
  const nobodyRole = verb?.kind === "word" ? NOBODY_VERBS.get(verb.key) : undefined;
  if (nobodyRole && isWord(tokens[i + 2], NOBODY)) {
    return { drafts: [{ ...base, last: i + 2, role: nobodyRole }], next: i + 3 };
  }
  for (let k = i + 1; k <= i + 6; k++) {
    const tok = tokens[k];
    if (tok === undefined || tok.kind !== "word" || readsAs(tok, ZERO_BLOCKERS)) return null;
    const w = readings(tok.key).map((r) => withoutArticle(r.base));
    const has = (set: ReadonlySet<string>): boolean => w.some((x) => set.has(x));
    const both = has(ZERO_BOTH_NOUNS) || (has(LOSSES) && isWord(tokens[k + 1], HUMAN));
    const last = has(LOSSES) ? k + 1 : k;
    if (both) {
      return { drafts: [{ ...base, last, role: "killed" }, { ...base, last, role: "injured" }], next: last + 1 };
    }
    if (has(ZERO_INJURED_NOUNS)) return { drafts: [{ ...base, last: k, role: "injured" }], next: k + 1 };
    if (has(ZERO_KILLED_NOUNS)) return { drafts: [{ ...base, last: k, role: "killed" }], next: k + 1 };
  }
  return null;
}

/** «بين 10 و20 قتيلا»: a range. */
function tryBetween(ctx: Ctx, i: number): Found | null {
  const { tokens, input } = ctx;
  let j = i;
  if (isWord(tokens[i], MA_WORDS) && isWord(tokens[i + 1], BETWEEN_WORDS)) j = i + 1;
  else if (!isWord(tokens[i], BETWEEN_WORDS)) return null;
  const p1 = parseNumberAt(input, tokens, j + 1);
  if (!p1 || p1.value === undefined) return null;
  let at = p1.last + 1;
  if (tokens[at]?.kind === "word" && tokens[at]?.key === "و") at += 1;
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

function nounKey(ctx: Ctx, d: Draft): string | undefined {
  if (d.noun === undefined) return undefined;
  const tok = ctx.tokens[d.noun];
  if (!tok) return undefined;
  const key = tok.key.slice(d.nounPrefixLen ?? 0);
  return key;
}

function resolveRole(ctx: Ctx, d: Draft, previous: Draft | undefined): CasualtyRole | null {
  if (d.role !== undefined) return d.role;
  const { tokens } = ctx;
  const noun = nounKey(ctx, d);
  if (noun !== undefined) {
    const forms = [noun, withoutArticle(noun)];
    if (forms.some((f) => KILLED_NOUNS.has(f))) return "killed";
    if (forms.some((f) => INJURED_NOUNS.has(f))) return "injured";
    if (forms.some((f) => NON_PERSON_NOUNS.has(f))) return null;
  }
  if (d.unit === "percent") return null;
  for (let k = d.first - 1; k >= Math.max(0, d.first - 3); k--) {
    const tok = tokens[k];
    if (isBreak(tok)) break;
    const role = triggerRole(tokens, k);
    if (role === "blocked") return null;
    if (role) return role;
    // «حصيلة القتلى إلى 45», «عدد الجرحى 123»: the casualty noun names what is counted.
    if (tok?.kind === "word" && tok.key.startsWith("ال")) {
      const w = tok.key.slice(2);
      if (KILLED_NOUNS.has(w)) return "killed";
      if (INJURED_NOUNS.has(w)) return "injured";
    }
    const split = tok?.kind === "word" ? readings(tok.key).find((r) => KILLED_SPLIT_TRIGGERS.has(r.base)) : undefined;
    if (split) {
      const ends = KILLED_SPLIT_TRIGGERS.get(split.base) ?? [];
      for (let m = d.last + 1; m <= d.last + 3; m++) {
        const t = tokens[m];
        if (t?.kind === "word" && ends.some((e) => t.key.startsWith(e))) return "killed";
      }
    }
  }
  const after = tokens[d.last + 1];
  if (readsAs(after, KILLED_AFTER)) return "killed";
  if (readsAs(after, INJURED_AFTER)) return "injured";
  const coordinated = d.conj || (tokens[d.first - 1]?.kind === "word" && tokens[d.first - 1]?.key === "و");
  if (coordinated && previous && previous.role && d.first - previous.last <= 12) {
    for (let k = previous.last + 1; k < d.first; k++) if (isBreak(tokens[k])) return null;
    return previous.role;
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
      tryBetween(ctx, i) ??
      tryQualified(ctx, i) ??
      tryNumber(ctx, i) ??
      tryDual(ctx, i) ??
      trySingularAfterTrigger(ctx, i) ??
      tryPassiveVictim(ctx, i);
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
  return drafts.map((d) => toFigure(ctx, d));
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

/**
 * Lower and upper bounds implied by a figure, for comparing figures across articles: «at least
 * 84» is [84, ∞), «more than 150» is [151, ∞) for counts, «about 7» is [7, 7] (the hedge is in
 * the qualifier), a range is [min, max ?? ∞).
 */
export function figureBounds(f: FigureValue): { min: number; max: number } {
  const v = f.value;
  switch (f.qualifier) {
    case "range":
      return { min: f.min ?? 0, max: f.max ?? Infinity };
    case "at_least":
      return { min: v ?? 0, max: Infinity };
    case "more_than":
      return { min: v === undefined ? 0 : Number.isInteger(v) ? v + 1 : v, max: Infinity };
    case "at_most":
      return { min: 0, max: v ?? Infinity };
    case "fewer_than":
      return { min: 0, max: v === undefined ? Infinity : Number.isInteger(v) ? v - 1 : v };
    default:
      return { min: v ?? 0, max: v ?? Infinity };
  }
}
