import { ValidationError } from "../errors";

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The rules every stored span obeys: `0 <= start < end <= text.length` in UTF-16 units, no
 * boundary inside a surrogate pair (an emoji cut in half), and the quote equal to the text at
 * those offsets. A mismatch is refused with what the server found, never silently fixed.
 */
export function validateSpanRange(text: string, start: number, end: number, quote: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new ValidationError("start and end must be integers");
  if (start < 0 || end > text.length) {
    throw new ValidationError(`Offsets out of bounds: the article has ${text.length} UTF-16 units`, {
      start,
      end,
      length: text.length,
    });
  }
  if (start >= end) throw new ValidationError("start must be less than end", { start, end });
  if (isLowSurrogate(text.charCodeAt(start)) || (end < text.length && isLowSurrogate(text.charCodeAt(end)))) {
    throw new ValidationError("A span may not start or end inside a character (surrogate pair)", { start, end });
  }
  const actual = text.slice(start, end);
  if (actual !== quote) {
    throw new ValidationError("The quote does not match the article text at these offsets", {
      start,
      end,
      quote,
      actual,
    });
  }
}
