/**
 * Number phrases for the figure parser (numbers.ts): how a word reads with its proclitics,
 * number words and digits combined into one value (خمسة وعشرون ألفاً = 25,000), qualifiers,
 * counted nouns and duals. Works on tokens from numbers-tokens.ts.
 */
import {
  PREPOSITIONS,
  ADJECTIVE_BEFORE_AN,
  ALFA,
  ARABIC_MONTHS,
  BROKEN_PLURAL_STEMS,
  CONSTRUCT_DUAL_STEMS,
  DUAL_MULTIPLIER_WORDS,
  FEMININE_DUAL_NOUNS,
  FRACTION_WORDS,
  HALF_WORDS,
  HUNDRED_WORDS,
  HUNDREDS_WORDS,
  INJURED_TRIGGERS,
  KILLED_TRIGGERS,
  MULTIPLIER_WORDS,
  NEGATIONS,
  NOT_DUAL,
  NOUN_STOP,
  ORDINAL_UNITS,
  OTHERS_WORDS,
  PERSON_SINGULAR,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  SOUND_DUAL_STEMS,
  TEEN_ONLY_UNITS,
  TEN_WORDS,
  TENS_WORDS,
  TIME_AFTER,
  UNIT_WORDS,
  VAGUE_SCALE_WORDS,
  VAGUE_WORDS,
  type QualifierName,
} from "./numbers-lexicon";
import { keySet, parseDigits, SENTENCE_BREAKS, type Token } from "./numbers-tokens";

/* ------------------------------------------------------------------------------------------ */
/* Word readings                                                                               */

export type Reading = { base: string; prefixLen: number; conj: boolean };

/** A word list: a set of keys, or a map keyed by them. */
export type WordSet = { has(key: string): boolean };

/**
 * The ways to read a word with its proclitics: as is, without و/ف, and without a following
 * ب/ل/ك when at least three letters remain (بعدة، لشهرين; but not لست "I am not").
 */
export function readings(key: string): Reading[] {
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
  // «كمية» is no «ك» + «مية» (a hundred): ك is read as a preposition only before a longer word.
  if (/^[بل]/u.test(rest) ? rest.length >= 4 : /^ك/u.test(rest) && rest.length >= 5)
    out.push({ base: rest.slice(1), prefixLen: len + 1, conj });
  return out;
}

export function withoutArticle(base: string): string {
  return base.startsWith("ال") && base.length > 4 ? base.slice(2) : base;
}

export function readsAs(tok: Token | undefined, set: WordSet): Reading | null {
  if (tok?.kind !== "word") return null;
  return readings(tok.key).find((r) => set.has(r.base)) ?? null;
}

export function isWord(tok: Token | undefined, set: WordSet): boolean {
  return tok?.kind === "word" && set.has(tok.key);
}

export function isBreak(tok: Token | undefined): boolean {
  return tok === undefined || (tok.kind === "punct" && SENTENCE_BREAKS.has(tok.key));
}

/* ------------------------------------------------------------------------------------------ */
/* Number phrases                                                                              */

type Atom =
  | { kind: "unit" | "teenOnly" | "ten" | "hundreds" | "mult" | "dualMult" | "fraction" | "digits"; value: number }
  | { kind: "alfa" }
  | { kind: "vague"; min: number; max?: number };

export type AtomReading = Atom & { base: string; prefixLen: number; conj: boolean; definite: boolean };

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

export function atomOf(tok: Token | undefined): AtomReading | null {
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

export type NumberParse = {
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

export function parseNumberAt(input: string, tokens: readonly Token[], i: number): NumberParse | null {
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

export type QualifierMatch = {
  qualifier: QualifierName;
  first: number;
  next: number;
  prefixLen: number;
  conj: boolean;
};

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

export function qualifierBefore(tokens: readonly Token[], i: number): QualifierMatch | null {
  for (const q of QUALIFIERS_BEFORE) {
    const m = matchSequence(tokens, i, q.words);
    if (m) {
      const conj = /^[وف]/u.test(tokens[i]?.key ?? "") && m.prefixLen > 0;
      return { qualifier: q.qualifier, first: i, next: i + q.words.length, prefixLen: m.prefixLen, conj };
    }
  }
  return null;
}

export function qualifierAfter(tokens: readonly Token[], i: number): { qualifier: QualifierName; last: number } | null {
  for (const q of QUALIFIERS_AFTER) {
    if (matchSequence(tokens, i, q.words)?.prefixLen === 0) {
      return { qualifier: q.qualifier, last: i + q.words.length - 1 };
    }
  }
  // «قتل تسعة أشخاص، على الأقل، هم …»: the floor set off by commas.
  const comma = (t: Token | undefined) => t?.kind === "punct" && COMMAS.has(t.key);
  if (comma(tokens[i]) && matchSequence(tokens, i + 1, AT_LEAST_WORDS)?.prefixLen === 0)
    return { qualifier: "at_least", last: i + AT_LEAST_WORDS.length };
  return null;
}
const COMMAS: ReadonlySet<string> = new Set(["،", ","]);
const AT_LEAST_WORDS = QUALIFIERS_AFTER.find((q) => q.qualifier === "at_least")!.words;

/* ------------------------------------------------------------------------------------------ */
/* Nouns and duals                                                                             */

/** Causes glued to ب after a number: «بانفجار»، «بتفجير»، «بهجوم»، «بقصف»، «بغارة»، «بضربة». */
const CAUSE_AFTER_BI = /^ب(?:انفجار|تفجير|هجوم|قصف|غاره|ضربه|اعتداء|اشتباكات|انفجارين|تفجيرين|هجومين)$/u;

export function isNounCandidate(tok: Token | undefined, allowDefinite: boolean): boolean {
  if (tok?.kind !== "word") return false;
  const key = tok.key;
  if (key.length < 2 || NOUN_STOP.has(key) || OTHERS_WORDS.has(key) || ARABIC_MONTHS.has(key)) return false;
  if (TIME_AFTER.has(key) || atomOf(tok)) return false;
  if (readsAs(tok, KILLED_TRIGGERS) || readsAs(tok, INJURED_TRIGGERS) || readsAs(tok, NEGATIONS)) return false;
  // «أصيب 20 بانفجار»، «قتل 10 بقصف»: the cause after a glued ب, not what is counted.
  if (CAUSE_AFTER_BI.test(key)) return false;
  // و + definite word starts a new phrase (والخميس), it is not a counted noun.
  if (/^[وف]ال/u.test(key)) return false;
  // («ثلاث آليات مفخخة»: آ folded to ا is no article.)
  if (key.startsWith("ال") && !allowDefinite && !MADDA_NOUNS.has(key)) return false;
  return true;
}
/** Nouns whose آ folds to what reads as the article: «آليات». */
const MADDA_NOUNS = keySet(["آليات"]);

export type Dual = { prefixLen: number };

/** Perfect verbs in the dual (what two did), with a و/ف before them. */
const DUAL_VERB_AFTER =
  /^[وف]?(?:فجرا|وصلا|قاما|نفذا|اقتحما|هاجما|دخلا|ترجلا|اطلقا|اعتقلا|فرا|تمكنا|كانا|ارتديا|حاولا|تسللا|استهدفا)$/u;

export function dualOf(tok: Token | undefined, next: Token | undefined): Dual | null {
  if (tok?.kind !== "word" || NOT_DUAL.has(tok.key)) return null;
  const nextIsWord = next?.kind === "word";
  for (const r of readings(tok.key)) {
    const definite = r.base.startsWith("ال") && r.base.length > 4;
    const w = definite ? r.base.slice(2) : r.base;
    for (const suffix of ["ين", "ان"]) {
      if (!w.endsWith(suffix)) continue;
      const stem = w.slice(0, -2);
      if (BROKEN_PLURAL_STEMS.has(stem)) return { prefixLen: r.prefixLen };
      // «انتحاريين وصلا مشياً»، «انتحاريين فجرا نفسيهما»: a verb in the dual after it says it is two.
      if (suffix === "ين" && !definite && r.prefixLen === 0 && DUAL_VERB_AFTER.test(next?.key ?? ""))
        return { prefixLen: 0 };
      if (suffix === "ان" && SOUND_DUAL_STEMS.has(stem)) {
        const blockers = ADJECTIVE_BEFORE_AN.get(stem) ?? [];
        if (next?.kind === "word" && blockers.includes(next.key)) return null;
        return { prefixLen: r.prefixLen };
      }
    }
    for (const suffix of ["تين", "تان"]) {
      if (w.endsWith(suffix) && FEMININE_DUAL_NOUNS.has(`${w.slice(0, -3)}ه`)) return { prefixLen: r.prefixLen };
    }
    // Not before an indefinite nisba either: «قتيلين أمريكيين وقتيلا بريطانيا» is one British dead.
    const nisbaAfter =
      nextIsWord && !next.key.startsWith("ال") && /(?:يا|يه|ي)$/u.test(next.key) && next.key.length >= 5;
    if (
      !definite &&
      nextIsWord &&
      !/^(?:[وف]|لل|[بل]ال)/u.test(next.key) &&
      !PREPOSITIONS.has(next.key) &&
      !nisbaAfter
    ) {
      // Construct duals: فصيلي كتائب، جماعتي كتائب، حليفتا العراق. Not before «و…»: «قتيلا وثلاثة
      // جرحى» is the accusative singular (قتيلاً), its possessor never follows a conjunction — nor
      // a preposition: «استهدف معسكراً للجيش» is one camp, «خلف قتيلاً على الأقل» one dead.
      if (/[يا]$/u.test(w) && CONSTRUCT_DUAL_STEMS.has(w.slice(0, -1))) return { prefixLen: r.prefixLen };
      if (/ت[يا]$/u.test(w) && FEMININE_DUAL_NOUNS.has(`${w.slice(0, -2)}ه`)) return { prefixLen: r.prefixLen };
    }
  }
  // A nisba in the nominative dual (دبلوماسيان، شرطيان، أمريكيان): its plural is -يون, so
  // -يان is a dual. Short words in -يان are verbal nouns (طغيان، نسيان), hence the length.
  // Only و is taken as a proclitic here: بريطانيان keeps its ب, فلسطينيان and فرنسيان their ف.
  const all = readings(tok.key);
  const r = (/^و/u.test(tok.key) ? all.find((x) => x.prefixLen === 1) : undefined) ?? all[0];
  if (r) {
    const w = withoutArticle(r.base);
    if (w.length >= 6 && w.endsWith("يان")) return { prefixLen: r.prefixLen };
  }
  return null;
}

/** An adjective agreeing with a dual noun: أمنيين، عسكرتين، الأميركيان. */
export function isDualAgreement(tok: Token | undefined): boolean {
  return (
    tok?.kind === "word" &&
    tok.key.length >= 4 &&
    /(?:ين|ان)$/u.test(tok.key) &&
    !/^[وف]/u.test(tok.key) &&
    !NOUN_STOP.has(tok.key) &&
    !atomOf(tok)
  );
}

export function isPersonSingular(tok: Token | undefined): boolean {
  if (tok?.kind !== "word") return false;
  return readings(tok.key).some((r) => {
    const w = withoutArticle(r.base);
    if (PERSON_SINGULAR.has(w)) return true;
    // Nisba nouns for people: أميركي، عراقي، مدني. Not ordinals (الثاني) or particles.
    return (
      r.prefixLen === 0 &&
      w.length >= 4 &&
      w.endsWith("ي") &&
      !w.endsWith("يي") &&
      !ORDINAL_UNITS.has(r.base) &&
      !NOUN_STOP.has(r.base) &&
      !ORDINAL_UNITS.has(w)
    );
  });
}
