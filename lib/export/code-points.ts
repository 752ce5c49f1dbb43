/**
 * Offsets in the database are UTF-16 code units (JavaScript string indices); brat standoff and
 * the W3C TextPositionSelector count Unicode code points. They differ only after an astral
 * character (an emoji, a rare CJK ideograph, a mathematical letter), which takes two units.
 */
import { createCodePointConverter } from "../anchoring/selectors";

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Number of code points in a string (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  return createCodePointConverter(text).length;
}

export type TOffsetConverter = {
  /** Code-point offset of a UTF-16 offset of the same text. */
  toCodePoint(utf16Offset: number): number;
  /** UTF-16 offset of a code-point offset of the same text. */
  toUtf16(codePointOffset: number): number;
};

/**
 * A converter for one text, built once per article (the anchoring module's, which records where
 * the astral characters are so each conversion is a binary search). Span offsets are validated
 * on write, so they never split a surrogate pair.
 */
export function offsetConverter(text: string): TOffsetConverter {
  const converter = createCodePointConverter(text);
  return { toCodePoint: (u) => converter.utf16ToCodePoint(u), toUtf16: (c) => converter.codePointToUtf16(c) };
}

/** Drops a lone surrogate at either end, left when context was cut by UTF-16 length. */
export function trimBrokenSurrogates(text: string): string {
  let start = 0;
  let end = text.length;
  if (end > 0 && isLowSurrogate(text.charCodeAt(0))) start = 1;
  if (end > start && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
