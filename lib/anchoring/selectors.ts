/**
 * Span selectors: the quoted text with its context (so a span can be found again after the
 * article text is corrected, the way Hypothesis anchors annotations), quote verification, and
 * UTF-16 ↔ code point conversion for formats that count code points (brat standoff, W3C
 * TextPositionSelector).
 */
import { mapRangeToInput, normalizeArabic } from "../arabic/normalize";

export type QuoteSelector = { exact: string; prefix: string; suffix: string };

export const DEFAULT_CONTEXT_LENGTH = 32;

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`invalid range [${start}, ${end}) for a text of length ${text.length}`);
  }
}

/**
 * The exact text of [start, end) and up to `contextLength` UTF-16 units before and after it.
 * The context never ends inside a surrogate pair (it is one unit shorter instead).
 */
export function makeQuoteSelector(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): QuoteSelector {
  checkRange(text, start, end);
  let prefixStart = Math.max(0, start - contextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/**
 * The write-time rule for a span: integer offsets with 0 <= start < end <= text.length, no
 * boundary inside a surrogate pair, and `quote` equal to the text between them.
 */
export function verifySpanQuote(text: string, start: number, end: number, quote: string): boolean {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
  if (start < 0 || end > text.length || start >= end) return false;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return false;
  return text.slice(start, end) === quote;
}

/* ------------------------------------------------------------------------------------------ */
/* Code points                                                                                 */

export type CodePointConverter = {
  /** Number of code points in the text. */
  readonly length: number;
  utf16ToCodePoint(offset: number): number;
  codePointToUtf16(codePoint: number): number;
};

/**
 * Precomputes where the astral characters (surrogate pairs) are, so each conversion is
 * O(log k) for k astral characters. A lone surrogate counts as one code point.
 */
export function createCodePointConverter(text: string): CodePointConverter {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i += 1;
    }
  }
  /** Number of pairs p with key(p) < x, for a key increasing along `pairs`. */
  const countBelow = (x: number, key: (p: number, k: number) => number): number => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(pairs[mid] ?? 0, mid) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const length = text.length - pairs.length;
  return {
    length,
    utf16ToCodePoint(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
        throw new RangeError(`UTF-16 offset ${offset} is outside [0, ${text.length}]`);
      }
      if (splitsSurrogatePair(text, offset)) throw new RangeError(`UTF-16 offset ${offset} splits a surrogate pair`);
      // Pairs that end at or before the offset: start + 2 <= offset.
      return offset - countBelow(offset - 1, (p) => p);
    },
    codePointToUtf16(codePoint) {
      if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > length) {
        throw new RangeError(`code point offset ${codePoint} is outside [0, ${length}]`);
      }
      // The k-th pair starts at code point index p - k; count the pairs before `codePoint`.
      return codePoint + countBelow(codePoint, (p, k) => p - k);
    },
  };
}

/** UTF-16 offset → code point offset (for brat standoff and W3C TextPositionSelector). */
export function utf16ToCodePoint(text: string, offset: number): number {
  return createCodePointConverter(text).utf16ToCodePoint(offset);
}

/** Code point offset → UTF-16 offset (to import brat standoff or W3C positions). */
export function codePointToUtf16(text: string, codePoint: number): number {
  return createCodePointConverter(text).codePointToUtf16(codePoint);
}

/* ------------------------------------------------------------------------------------------ */
/* Re-anchoring                                                                                */

export type StoredAnchor = QuoteSelector & { start: number };

export type Reanchored = {
  start: number;
  end: number;
  /**
   * True when the exact quote was found. False when it was found only after Arabic folding
   * (the correction changed tashkeel, tatweel, hamza forms or digits inside the span): the
   * caller must store the new quote text and should flag the span for review.
   */
  exact: boolean;
};

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

type Candidate = { start: number; end: number };
type Scored = Candidate & { context: number };

/**
 * The best candidate: the one whose surroundings agree with the stored prefix and suffix on
 * the most characters; among equals, the one nearest the old start; then the earliest.
 */
function pickCandidate(text: string, anchor: StoredAnchor, candidates: readonly Candidate[]): Scored | null {
  let best: Scored | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const before = text.slice(Math.max(0, c.start - anchor.prefix.length), c.start);
    const after = text.slice(c.end, c.end + anchor.suffix.length);
    const context = commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
    const distance = Math.abs(c.start - anchor.start);
    if (!best || context > best.context || (context === best.context && distance < bestDistance)) {
      best = { ...c, context };
      bestDistance = distance;
    }
  }
  return best;
}

function verbatimCandidates(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    out.push({ start: at, end: at + exact.length });
  }
  return out;
}

function foldedCandidates(text: string, exact: string): Candidate[] {
  const needle = normalizeArabic(exact).text;
  if (needle === "") return [];
  const hay = normalizeArabic(text);
  const out: Candidate[] = [];
  for (let at = hay.text.indexOf(needle); at !== -1; at = hay.text.indexOf(needle, at + 1)) {
    out.push(mapRangeToInput(hay.map, at, at + needle.length));
  }
  return out;
}

/**
 * Finds a span again in a corrected text. Every occurrence of the exact quote is a candidate
 * and the stored context decides between them (then the distance from the old start). When no
 * verbatim occurrence has its full context, occurrences on Arabic-folded text are considered
 * too (no tashkeel, tatweel or invisible marks; unified alef/yeh forms and digits), so a span
 * whose own letters were corrected is preferred to an unrelated verbatim copy elsewhere.
 * Null when neither search finds the quote.
 */
export function reanchor(newText: string, anchor: StoredAnchor): Reanchored | null {
  const { exact } = anchor;
  if (exact === "") return null;
  let best = pickCandidate(newText, anchor, verbatimCandidates(newText, exact));
  if (!best || best.context < anchor.prefix.length + anchor.suffix.length) {
    const folded = pickCandidate(newText, anchor, foldedCandidates(newText, exact));
    if (folded && (!best || folded.context > best.context)) best = folded;
  }
  if (!best) return null;
  return { start: best.start, end: best.end, exact: newText.slice(best.start, best.end) === exact };
}
