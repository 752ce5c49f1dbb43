/**
 * Arabic normalisation for matching and search — never for display or storage.
 *
 * `normalizeArabic` returns the folded text together with an index map back into the input,
 * because the folding deletes characters (tashkeel, tatweel, invisible marks) and a match found
 * in the folded text must be highlighted on the original characters.
 *
 * Plain mode (the default) is context free, character by character:
 *   - NFC first (alef + U+0654 becomes أ, which then folds to ا);
 *   - removes tashkeel and Quranic marks, superscript alef, tatweel and invisible bidi marks;
 *   - folds alef forms to ا, ى/ی to ي, ک to ك, Arabic presentation forms to base letters;
 *   - Arabic-Indic and Eastern (Persian) digits to 0–9, ٫ to ".", ٬ to ",", ٪ to "%".
 * Match-key mode adds, per word: ة→ه, ؤ→و, ئ→ي, ASCII lower case, spelling variants
 * (أميركي→أمريكي, بنتاجون→بنتاغون, سورية→سوريا as a country name, …) and removal of a leading
 * definite article (ال، وال، فال، بال، كال، وبال، لل، ولل، فلل) when at least two letters remain.
 * Both sides of a comparison must be folded with the same mode.
 */

export type NormalizeOptions = { matchKey?: boolean };

export type Normalized = {
  text: string;
  /**
   * map[i] is the index in the input of output code unit i; map[text.length] is input.length.
   * Non-decreasing, so any output range maps back to an input range (see mapRangeToInput).
   */
  map: number[];
};

/** Code points deleted in every mode. */
function isRemoved(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) || // tashkeel (fathatan … wavy hamza below)
    cp === 0x0670 || // superscript alef
    (cp >= 0x0610 && cp <= 0x061a) || // Quranic honorifics and small marks
    (cp >= 0x06d6 && cp <= 0x06dc) ||
    (cp >= 0x06df && cp <= 0x06e8) ||
    (cp >= 0x06ea && cp <= 0x06ed) ||
    cp === 0x0640 || // tatweel
    cp === 0x061c || // Arabic letter mark
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // embeddings and overrides
    (cp >= 0x2066 && cp <= 0x2069) || // isolates
    cp === 0xfeff ||
    (cp >= 0xfe70 && cp <= 0xfe7f) // isolated/medial tashkeel presentation forms
  );
}

const CHAR_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x0622, "\u0627"], // آ
  [0x0623, "\u0627"], // أ
  [0x0625, "\u0627"], // إ
  [0x0671, "\u0627"], // ٱ
  [0x0672, "\u0627"], // ٲ
  [0x0673, "\u0627"], // ٳ
  [0x0649, "\u064a"], // ى
  [0x06cc, "\u064a"], // ی (Persian yeh)
  [0x06a9, "\u0643"], // ک (Persian keheh)
  [0x066b, "."], // ٫ decimal separator
  [0x066c, ","], // ٬ thousands separator
  [0x066a, "%"], // ٪
]);

const MATCH_KEY_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x0629, "\u0647"], // ة → ه
  [0x0624, "\u0648"], // ؤ → و
  [0x0626, "\u064a"], // ئ → ي
]);

function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe80 && cp <= 0xfefc);
}

/**
 * Folds one code point to zero or more output characters, or returns null when it passes
 * through unchanged. Presentation forms are decomposed with NFKC and folded again (ﻷ → لا).
 */
function foldCodePoint(cp: number, matchKey: boolean): string | null {
  if (isRemoved(cp)) return "";
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0);
  const folded = CHAR_FOLDS.get(cp) ?? (matchKey ? MATCH_KEY_FOLDS.get(cp) : undefined);
  if (folded !== undefined) return folded;
  if (matchKey && cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 0x20);
  if (isPresentationForm(cp)) {
    let out = "";
    for (const ch of String.fromCodePoint(cp).normalize("NFKC")) {
      const inner = ch.codePointAt(0) ?? 0;
      out += isPresentationForm(inner) ? ch : (foldCodePoint(inner, matchKey) ?? ch);
    }
    return out;
  }
  return null;
}

/** A combining mark continues the cluster started by the previous base character. */
function isClusterContinuation(ch: string): boolean {
  return /\p{M}/u.test(ch) || /[\u1160-\u11ff]/u.test(ch);
}

type Sink = { chars: string[]; map: number[] };

function emitFolded(sink: Sink, input: string, ch: string, at: number, matchKey: boolean): void {
  const cp = ch.codePointAt(0) ?? 0;
  // Keep the zero-width joiner inside emoji sequences (👨‍👩‍👧): there it is not a bidi mark.
  if (cp === 0x200d && at > 0 && isEmojiJoinerNeighbour(input.charAt(at - 1))) {
    sink.chars.push(ch);
    sink.map.push(at);
    return;
  }
  const folded = foldCodePoint(cp, matchKey);
  if (folded === null) {
    for (let k = 0; k < ch.length; k++) {
      sink.chars.push(ch.charAt(k));
      sink.map.push(at + k);
    }
    return;
  }
  for (let k = 0; k < folded.length; k++) {
    sink.chars.push(folded.charAt(k));
    sink.map.push(at);
  }
}

/**
 * Character-level folding. When the input is not NFC, each cluster (a base character and its
 * combining marks) is composed on its own, so the map stays exact at cluster granularity.
 */
function foldCharacters(input: string, matchKey: boolean): Sink {
  const sink: Sink = { chars: [], map: [] };
  const isNfc = input.normalize("NFC") === input;
  let i = 0;
  while (i < input.length) {
    const cp = input.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (isNfc) {
      emitFolded(sink, input, ch, i, matchKey);
      i += ch.length;
      continue;
    }
    let end = i + ch.length;
    while (end < input.length) {
      const next = String.fromCodePoint(input.codePointAt(end) ?? 0);
      if (!isClusterContinuation(next)) break;
      end += next.length;
    }
    const cluster = input.slice(i, end);
    const composed = cluster.normalize("NFC");
    if (composed === cluster) {
      for (let j = i; j < end; ) {
        const c = String.fromCodePoint(input.codePointAt(j) ?? 0);
        emitFolded(sink, input, c, j, matchKey);
        j += c.length;
      }
    } else {
      for (const c of composed) emitFolded(sink, input, c, i, matchKey);
    }
    i = end;
  }
  return sink;
}

/**
 * Spelling variants folded inside words (match keys only), applied after character folding,
 * so they are written in folded form (no hamza on alef, ه for ة).
 */
export const SPELLING_VARIANTS: ReadonlyArray<readonly [from: string, to: string]> = [
  ["اميرك", "امريك"], // أميركي/أميركا → أمريكي/أمريكا
  ["بنتاجون", "بنتاغون"], // البنتاجون → البنتاغون
  ["تيليغرام", "تلغرام"],
  ["تليغرام", "تلغرام"],
  ["تلجرام", "تلغرام"],
  ["مليشي", "ميليشي"], // مليشيا/مليشيات → ميليشيا/ميليشيات
];

/** سورية (the country, no article) → سوريا; السورية (the adjective) is left alone. */
const SYRIA_AS_COUNTRY = /^([وفبلك]{0,2})سوريه$/u;

/** Words that begin with ال but have no article to remove. */
const ARTICLE_EXCEPTIONS = new Set([
  "الله",
  "اللهم",
  "الذي",
  "التي",
  "الذين",
  "اللذان",
  "اللذين",
  "اللتان",
  "اللتين",
  "اللاتي",
  "اللواتي",
  "اللايي",
  "الان",
  "الا",
  "الي",
  "الف",
  "الفا",
  "الفان",
  "الفين",
  "الاف",
]);

const ARTICLE_PREFIX = /^(?:[وف]?[بك]?ال|[وف]?لل)/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}

/** Rewrites word[from, from+len) to `replacement`, keeping the map non-decreasing. */
function replaceInWord(
  chars: string[],
  map: number[],
  from: number,
  len: number,
  replacement: string,
): { chars: string[]; map: number[] } {
  const outChars = chars.slice(0, from);
  const outMap = map.slice(0, from);
  const last = map[from + len - 1] ?? map[from] ?? 0;
  for (let k = 0; k < replacement.length; k++) {
    outChars.push(replacement.charAt(k));
    outMap.push(k < len ? (map[from + k] ?? last) : last);
  }
  return {
    chars: outChars.concat(chars.slice(from + len)),
    map: outMap.concat(map.slice(from + len)),
  };
}

function foldWord(chars: string[], map: number[]): { chars: string[]; map: number[] } {
  let word = { chars, map };
  for (const [from, to] of SPELLING_VARIANTS) {
    let at = word.chars.join("").indexOf(from);
    while (at !== -1) {
      word = replaceInWord(word.chars, word.map, at, from.length, to);
      at = word.chars.join("").indexOf(from, at + to.length);
    }
  }
  const joined = word.chars.join("");
  if (SYRIA_AS_COUNTRY.test(joined)) {
    word = replaceInWord(word.chars, word.map, word.chars.length - 1, 1, "ا");
  }
  const text = word.chars.join("");
  if (ARTICLE_EXCEPTIONS.has(text) || (/^[وف]/u.test(text) && ARTICLE_EXCEPTIONS.has(text.slice(1)))) {
    return word;
  }
  const article = ARTICLE_PREFIX.exec(text);
  if (article && text.length - article[0].length >= 2) {
    return { chars: word.chars.slice(article[0].length), map: word.map.slice(article[0].length) };
  }
  return word;
}

function foldWords(sink: Sink): Sink {
  const out: Sink = { chars: [], map: [] };
  let i = 0;
  while (i < sink.chars.length) {
    if (!isWordChar(sink.chars[i] ?? "")) {
      out.chars.push(sink.chars[i] ?? "");
      out.map.push(sink.map[i] ?? 0);
      i++;
      continue;
    }
    let end = i;
    while (end < sink.chars.length && isWordChar(sink.chars[end] ?? "")) end++;
    const word = foldWord(sink.chars.slice(i, end), sink.map.slice(i, end));
    out.chars.push(...word.chars);
    out.map.push(...word.map);
    i = end;
  }
  return out;
}

export function normalizeArabic(input: string, opts: NormalizeOptions = {}): Normalized {
  const matchKey = opts.matchKey === true;
  const folded = foldCharacters(input, matchKey);
  const result = matchKey ? foldWords(folded) : folded;
  return { text: result.chars.join(""), map: [...result.map, input.length] };
}

/** The match key of a string: what search terms and candidate texts are compared on. */
export function matchKey(s: string): string {
  return normalizeArabic(s, { matchKey: true }).text;
}

/**
 * Maps the output range [start, end) back to the input. The input range starts at the first
 * matched character and runs up to the next kept character, so marks that were deleted after the
 * last matched letter (its tashkeel, a tatweel) are included, and a match that covers part of an
 * expanded character (ﻻ → لا) covers the whole of it.
 */
export function mapRangeToInput(map: readonly number[], start: number, end: number): { start: number; end: number } {
  const size = map.length - 1;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > size) {
    throw new RangeError(`invalid output range [${start}, ${end}) for a text of length ${size}`);
  }
  const inputStart = map[start] ?? 0;
  if (start === end) return { start: inputStart, end: inputStart };
  const last = map[end - 1] ?? 0;
  let j = end;
  while (j < size && (map[j] ?? 0) === last) j++;
  return { start: inputStart, end: map[j] ?? 0 };
}

/**
 * Every occurrence of `query` in `text`, compared on match keys (or plain folding), as input
 * ranges of `text`. Occurrences do not overlap. An empty query (after folding) finds nothing.
 */
export function findNormalized(
  text: string,
  query: string,
  opts: NormalizeOptions = { matchKey: true },
): Array<{ start: number; end: number }> {
  const needle = normalizeArabic(query, opts).text;
  if (needle === "") return [];
  const hay = normalizeArabic(text, opts);
  const out: Array<{ start: number; end: number }> = [];
  let at = hay.text.indexOf(needle);
  while (at !== -1) {
    out.push(mapRangeToInput(hay.map, at, at + needle.length));
    at = hay.text.indexOf(needle, at + needle.length);
  }
  return out;
}

/** The unit before a joiner inside an emoji sequence: the low half of a surrogate pair or VS16. */
function isEmojiJoinerNeighbour(unit: string): boolean {
  return unit === "\ufe0f" || /[\udc00-\udfff]/u.test(unit);
}
