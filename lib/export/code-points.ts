/**
 * Offsets in the database are UTF-16 code units (JavaScript string indices); brat standoff and
 * the W3C TextPositionSelector count Unicode code points. They differ only after an astral
 * character (an emoji, a rare CJK ideograph, a mathematical letter), which takes two units.
 */

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Number of code points in a string (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    count++;
  }
  return count;
}

export type TOffsetConverter = {
  /** Code-point offset of a UTF-16 offset of the same text. */
  toCodePoint(utf16Offset: number): number;
  /** UTF-16 offset of a code-point offset of the same text. */
  toUtf16(codePointOffset: number): number;
};

/**
 * A converter for one text: it records where the astral characters are, so each conversion is a
 * binary search instead of a walk over the text (an article has many spans, most texts no astral
 * character at all).
 */
export function offsetConverter(text: string): TOffsetConverter {
  /** UTF-16 index of the high surrogate of each astral character, in order. */
  const astral: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      astral.push(i);
      i++;
    }
  }
  /** How many astral characters start before UTF-16 offset `u`. */
  const astralBefore = (u: number): number => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((astral[mid] ?? Infinity) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toCodePoint(u) {
      if (astral.length === 0) return u;
      // An offset inside a pair (never stored: spans are validated) counts the pair as passed.
      return u - astralBefore(u);
    },
    toUtf16(c) {
      if (astral.length === 0) return c;
      // The k-th astral character sits at code point astral[k] - k; each one before c adds a unit.
      let lo = 0;
      let hi = astral.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((astral[mid] ?? Infinity) - mid < c) lo = mid + 1;
        else hi = mid;
      }
      return c + lo;
    },
  };
}

/** Drops a lone surrogate at either end, left when context was cut by UTF-16 length. */
export function trimBrokenSurrogates(text: string): string {
  let start = 0;
  let end = text.length;
  if (end > 0 && isLowSurrogate(text.charCodeAt(0))) start = 1;
  if (end > start && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
