/**
 * Where the words of a query are in a text, for showing a match in context. PostgreSQL finds the
 * documents; this finds the words inside them again, on the same search keys plus a light stem
 * (prefixes و ف ب ك ل and the article, common suffixes), so «الأمريكية» lights up «الأميركيــة»
 * and «قذائف» lights up «القذائف». A stem match is generous on purpose: it only decides what to
 * highlight, never what is found.
 */
import { searchKey } from "./search-key";
import type { QueryTerm } from "./parse-query";

export type Highlight = { start: number; end: number };
/** A piece of a text: `start`/`end` in the whole text, `highlights` relative to the piece; `cut*`: text left out. */
export type Snippet = {
  text: string;
  start: number;
  end: number;
  highlights: Highlight[];
  cutStart: boolean;
  cutEnd: boolean;
};

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640]/u;
/** Whether each character of the Basic Multilingual Plane is a word character (0 unknown, 1 yes, 2 no). */
const BMP_WORD = new Uint8Array(0x10000);

/** Whether the code point is one of a word's: a letter, digit, mark or tatweel. */
function isWordChar(cp: number): boolean {
  if (cp < 0x10000) {
    let known = BMP_WORD[cp];
    if (known === 0) {
      // A lone surrogate is no character: never a word's.
      known = cp >= 0xd800 && cp <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
      BMP_WORD[cp] = known;
    }
    return known === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}
const SUFFIXES = [
  "يات",
  "يين",
  "يون",
  "يان",
  "ات",
  "ون",
  "ين",
  "ان",
  "ية",
  "يه",
  "ها",
  "هم",
  "هما",
  "ة",
  "ه",
  "ي",
  "ا",
];

/** A light Arabic stem (or a lower-cased English one) of a search key. */
export function lightStem(key: string): string {
  if (/^[a-z0-9]/iu.test(key)) return key.toLowerCase().replace(/(?:ing|ed|es|s)$/u, "") || key.toLowerCase();
  let w = key;
  if (/^[وف]/u.test(w) && w.length > 3) w = w.slice(1);
  if (/^[بلك]/u.test(w) && w.length > 4) w = w.slice(1);
  if (w.startsWith("ال") && w.length > 4) w = w.slice(2);
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}

/** Stems of words seen before: a corpus repeats its vocabulary, and folding is the costly part. */
const STEMS = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = lightStem(searchKey(word));
    if (STEMS.size >= STEM_CACHE_SIZE) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/**
 * The stems each (not negated) term asks for, word by word: computed once per query, not once per
 * text a search highlights (a search highlights dozens, and folding is the costly part).
 */
const WANTED = new WeakMap<readonly QueryTerm[], string[][][]>();

function wantedStems(terms: readonly QueryTerm[]): string[][][] {
  let wanted = WANTED.get(terms);
  if (wanted === undefined) {
    wanted = terms
      .filter((t) => !t.negated)
      .map((term) =>
        (term.phrase ? term.text.split(/\s+/u) : [term.text]).map((p) =>
          [p, ...(term.phrase ? [] : term.alternatives)]
            .map((x) => lightStem(searchKey(x)))
            .filter((x) => x.length > 0),
        ),
      );
    WANTED.set(terms, wanted);
  }
  return wanted;
}

/**
 * Every range of `text` that matches a (not negated) query term; phrases as whole runs of words.
 * With `within`, stops reading `within` characters after the first match: enough for a snippet.
 */
export function findHighlights(
  text: string,
  terms: readonly QueryTerm[],
  options: { within?: number } = {},
): Highlight[] {
  if (terms.length === 0) return [];
  const wanted = wantedStems(terms);
  if (wanted.length === 0) return [];
  const longest = Math.max(...wanted.map((w) => w.length));
  // The last `longest` words, in a ring: their starts, ends and stems (the n-th word at n % size).
  const size = longest;
  const starts = new Array<number>(size).fill(0);
  const ends = new Array<number>(size).fill(0);
  const stems = new Array<string>(size).fill("");
  const out: Highlight[] = [];
  let stopAt = Infinity;
  let count = 0;
  const length = text.length;
  let i = 0;
  // The words of the text (runs of letters, digits, marks and tatweel), read a code point at a time.
  while (i < length) {
    const cp = text.codePointAt(i) ?? 0;
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    if (start > stopAt) break;
    i += cp > 0xffff ? 2 : 1;
    while (i < length) {
      const next = text.codePointAt(i) ?? 0;
      if (!isWordChar(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    const slot = count % size;
    starts[slot] = start;
    ends[slot] = i;
    stems[slot] = stemOf(text.slice(start, i));
    count++;
    // Try every term that would end at this word.
    for (const parts of wanted) {
      const first = count - parts.length;
      if (first < 0) continue;
      let all = true;
      for (let j = 0; j < parts.length && all; j++) {
        const stem = stems[(first + j) % size] ?? "";
        all = (parts[j] ?? []).some((want) => stemsMatch(want, stem));
      }
      if (all) {
        out.push({ start: starts[first % size] ?? 0, end: i });
        if (options.within !== undefined && stopAt === Infinity) stopAt = start + options.within;
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const h of out) {
    const last = merged.at(-1);
    // Touching or separated by white space only: one highlight («قذائف مورتر»).
    if (last && (h.start <= last.end || text.slice(last.end, h.start).trim() === ""))
      last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

/**
 * A window of about `radius` characters each side of the first highlight, cut at word
 * boundaries, with the highlights inside it (offsets relative to the snippet).
 */
export function makeSnippet(text: string, highlights: readonly Highlight[], radius = 90): Snippet {
  const first = highlights[0];
  let start = first ? Math.max(0, first.start - radius) : 0;
  let end = first ? Math.min(text.length, first.end + radius) : Math.min(text.length, 2 * radius);
  while (start > 0 && /\S/u.test(text.charAt(start - 1))) start--;
  while (end < text.length && /\S/u.test(text.charAt(end))) end++;
  // Never cut a surrogate pair.
  if (start > 0 && /[\udc00-\udfff]/u.test(text.charAt(start))) start--;
  const inside = highlights
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => ({ start: h.start - start, end: h.end - start }));
  return {
    text: text.slice(start, end),
    start,
    end,
    highlights: inside,
    cutStart: start > 0,
    cutEnd: end < text.length,
  };
}
