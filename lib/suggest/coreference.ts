/**
 * Within-article coreference of speakers: a person or organisation named once in full and later
 * referred to by title or short name («رئيس هيئة الأركان الأمريكية مارك ميلي» … «رئيس الأركان»،
 * «لويد أوستن» … «أوستن»). A later speaker resolves to the nearest earlier phrase that holds all of
 * its words and more, when it is a title (its head is رئيس، وزير، قائد، المتحدث …) or a short name
 * (one or two words ending the fuller phrase). The earlier phrases are the speakers before it and
 * the noun phrases that start with a title. Against the project's entity registry, a short name
 * resolves to the one person whose name ends with it.
 */
import { toKey } from "../arabic/numbers-tokens";
import { nounPhraseAt } from "./noun-phrase";
import { bareKey, lastTokenBefore, type TextModel } from "./text-model";
import type { TEntityForMatching } from "./types";

type Range = { start: number; end: number };

const TITLE_WORDS = new Set(
  [
    "رئيس",
    "وزير",
    "متحدث",
    "متحدثة",
    "ناطق",
    "قائد",
    "جنرال",
    "سفير",
    "مبعوث",
    "أمين",
    "زعيم",
    "مدير",
    "محافظ",
    "نائب",
    "مستشار",
    "عميد",
    "لواء",
    "عقيد",
    "فريق",
    "أدميرال",
    "ملك",
    "أمير",
    "قائم",
  ].map((w) => bareKey(toKey(w))),
);

export function phraseWords(text: string): string[] {
  return toKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(bareKey);
}

function holdsAll(outer: readonly string[], inner: readonly string[]): boolean {
  return inner.every((w) => outer.includes(w));
}

function endsWith(outer: readonly string[], inner: readonly string[]): boolean {
  return (
    inner.length > 0 &&
    inner.length < outer.length &&
    inner.every((w, i) => outer[outer.length - inner.length + i] === w)
  );
}

function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, j) => outer[i + j] === w)) return true;
  return false;
}

/** Whether `later` (a title or short name) refers to the fuller `earlier` phrase. */
export function refersTo(laterText: string, earlierText: string): boolean {
  const later = phraseWords(laterText);
  const earlier = phraseWords(earlierText);
  if (later.length === 0 || earlier.length <= later.length) return false;
  // «المتحدث باسم وزارة الدفاع» after «العقيد تركي المالكي، المتحدث باسم وزارة الدفاع»: the title in
  // apposition to the name, told again.
  const title =
    TITLE_WORDS.has(later[0] ?? "") &&
    ((holdsAll(earlier, later) && earlier[0] === later[0]) || containsRun(earlier, later));
  const definite = /^(?:[وف]?ال)/u.test(toKey(laterText.trim()));
  const shortName = later.length <= 2 && !definite && endsWith(earlier, later);
  return title || shortName;
}

export type Antecedents = {
  /** The nearest earlier phrase the speaker at `r` refers to, or null. */
  resolve(r: Range, earlierSpeakers: readonly Range[]): Range | null;
};

/** Noun phrases of the article that start with a title («رئيس الوزراء العراقي مصطفى الكاظمي»). */
function titledPhrases(model: TextModel): Range[] {
  const out: Range[] = [];
  for (const sentence of model.sentences) {
    for (let k = sentence.first; k <= sentence.last; k++) {
      const t = model.tokens[k];
      if (t?.kind !== "word" || !TITLE_WORDS.has(bareKey(t.key))) continue;
      const np = nounPhraseAt(model, k, { last: sentence.last });
      if (!np || np.last - np.first < 2) continue;
      const a = model.tokens[np.first];
      const b = model.tokens[np.last];
      if (a && b) out.push({ start: a.start, end: b.end });
      k = np.last;
    }
  }
  return out;
}

export function buildAntecedents(model: TextModel): Antecedents {
  let titled: Range[] | null = null;
  return {
    resolve(r, earlierSpeakers) {
      const text = model.text.slice(r.start, r.end);
      const words = phraseWords(text);
      if (words.length === 0 || words.length > 6) return null;
      titled ??= titledPhrases(model);
      const candidates = [...earlierSpeakers, ...titled]
        .filter((c) => c.end <= r.start)
        .sort((a, b) => b.start - a.start);
      // A candidate in the same sentence is the same mention grown, not an antecedent.
      const sentence = model.tokens[lastTokenBefore(model.tokens, r.end)]?.sentence ?? -1;
      for (const c of candidates) {
        if ((model.tokens[lastTokenBefore(model.tokens, c.end)]?.sentence ?? -2) === sentence) continue;
        if (refersTo(text, model.text.slice(c.start, c.end))) return c;
      }
      return null;
    },
  };
}

/** The one person of the registry whose name ends with a short name («أوستن» → «لويد أوستن»). */
export function entityByShortName(text: string, entities: readonly TEntityForMatching[]): TEntityForMatching | null {
  const words = phraseWords(text);
  if (words.length === 0 || words.length > 2) return null;
  const hits = entities.filter((e) => e.kind === "PERSON" && e.names.some((n) => endsWith(phraseWords(n), words)));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}
