/**
 * The words that tell one incident from another when the gazetteer does not know its place: the
 * report's own vocabulary (a town, an airport, a mosque, a group's name), found the way topic
 * tracking finds a story across newswires. Words common to news reports of attacks («هجوم»، «مصدر»،
 * «قتلى»، «أمس») say nothing about which incident; they are listed in ./common-words.ts, the words
 * found in many of the development reports (`npm run incidents:common-words` writes it again).
 */
import { matchKey } from "../arabic/normalize";
import { ARABIC_MONTH_NAMES } from "../suggest/dates";
import { WEEKDAYS } from "../suggest/lexicon";
import { COMMON_WORDS as COMMON } from "./common-words";
import { GAZETTEER } from "./gazetteer";

/** Light10's suffixes in its order (ة and ى are already ه and ي in folded spelling). */
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"] as const;

/**
 * A folded word's light stem (Larkey, Ballesteros and Connell's Light10): «و» off when three
 * letters stay, then the article with what precedes it («ال», «وال», «بال», «كال», «فال», «لل»),
 * then each listed suffix once, in order, while two letters stay: «والمطار» → «مطار»,
 * «الأمريكية» → «امريك». News prose also joins «ب ل ك ف» to names without an article
 * («بنواكشوط»); that letter comes off only where `isStem` knows the rest as a word of its own, so
 * «كابول» stays «كابول».
 */
export function termOf(word: string, isStem: (stem: string) => boolean = () => false): string {
  const w = word.length > 3 && word.startsWith("و") ? word.slice(1) : word;
  const article = ["وال", "بال", "كال", "فال", "لل", "ال"].find((a) => w.startsWith(a) && w.length - a.length >= 2);
  if (article) return withoutSuffix(w.slice(article.length));
  const stem = withoutSuffix(w);
  if (w.length > 4 && "بلكف".includes(w[0]!)) {
    const bare = withoutSuffix(w.slice(1));
    if (isStem(bare)) return bare;
  }
  return stem;
}

function withoutSuffix(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES)
    if (w.endsWith(suffix) && w.length - suffix.length >= 2) w = w.slice(0, -suffix.length);
  return w;
}

/**
 * Every word of a folded passage as a term, in order (numbers and words shorter than three letters
 * left out); a joined «ب ل ك ف» comes off where the passage uses the rest on its own.
 */
export function termsIn(folded: string): string[] {
  const words = [...folded.matchAll(/\p{L}+/gu)].map((m) => m[0]);
  const own = new Set(words.map((w) => termOf(w)));
  return words.map((w) => termOf(w, (stem) => own.has(stem))).filter((t) => t.length >= 3);
}

/** Weekdays and months say when, never which incident: a Tuesday's two attacks share «الثلاثاء». */
const DATE_WORDS = [...WEEKDAYS.keys(), ...ARABIC_MONTH_NAMES.flatMap(([name]) => name.split(" "))];

/** Common words, weekdays and months, and the names of countries (which say where, never which incident). */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...COMMON.words,
  ...DATE_WORDS.flatMap((word) => termsIn(matchKey(word))),
  ...GAZETTEER.filter((p) => p.level === "country").flatMap((p) => p.ar.flatMap((name) => termsIn(matchKey(name)))),
]);
const DOCUMENT_FREQUENCY: Readonly<Record<string, number>> = COMMON.df;
/** How many of a report's words stand for it. */
const TOPIC_TERMS = 24;

/** How rare a term is in news reports: the inverse of how many development stories use it. */
function rarity(term: string): number {
  return Math.log((COMMON.stories + 1) / ((DOCUMENT_FREQUENCY[term] ?? 1) + 1));
}

/**
 * The words a report is about: its distinctive terms that it uses more than once or in its lead,
 * weighted by how often (its lead counting twice) and by how rare they are in other reports; the
 * TOPIC_TERMS heaviest first. A word used once in passing says nothing of what the report is about.
 */
export function topicTerms(text: string, lead: { start: number; end: number }): string[] {
  const folded = matchKey(text);
  const leadEnd = matchKey(text.slice(0, lead.end)).length;
  const words = [...folded.matchAll(/\p{L}+/gu)];
  const own = new Set(words.map((m) => termOf(m[0])));
  const count = new Map<string, number>();
  const inLead = new Map<string, number>();
  for (const m of words) {
    const t = termOf(m[0], (stem) => own.has(stem));
    if (t.length < 3 || COMMON_WORDS.has(t)) continue;
    count.set(t, (count.get(t) ?? 0) + 1);
    if (m.index < leadEnd) inLead.set(t, (inLead.get(t) ?? 0) + 1);
  }
  return [...count]
    .filter(([t, n]) => n >= 2 || inLead.has(t))
    .map(([t, n]) => [t, (n + (inLead.get(t) ?? 0)) * rarity(t)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOPIC_TERMS)
    .map(([t]) => t);
}

/** Of a report's heaviest words, how many may name where it happened. */
const NAME_TERMS = 8;
const LOCATIVES = new Set(["في", "قرب", "داخل"]);
const MAX_NAME = 40;

/**
 * The place a report names that the gazetteer does not know, as the report spells it: the heaviest
 * of its words that it puts after «في», «قرب», «داخل» or a joined «ب» («في نواكشوط»، «بنواكشوط»), or
 * null. It names a proposed incident that no known place names.
 */
export function placeName(text: string, terms: readonly string[]): string | null {
  const words = [...text.matchAll(/[\p{L}\p{M}\u0640]+/gu)].map((m) => m[0]);
  const folded = words.map((w) => matchKey(w));
  const own = new Set(folded.map((w) => termOf(w)));
  const isStem = (stem: string) => own.has(stem);
  // A run of letters longer than any place name is no name.
  for (const term of terms.slice(0, NAME_TERMS).filter((t) => t.length <= MAX_NAME)) {
    for (let i = 0; i < words.length; i++) {
      const w = folded[i]!;
      if (LOCATIVES.has(folded[i - 1] ?? "") && termOf(w, isStem) === term) return words[i]!;
      if (w.startsWith("ب") && !w.startsWith("بال") && termOf(w.slice(1), isStem) === term) return words[i]!.slice(1);
    }
  }
  return null;
}
