/**
 * Text offsets ↔ ProseMirror positions for the document built by buildDocFromText (one
 * paragraph per line). Both count UTF-16 code units.
 *
 * Positions: the doc starts at 0; paragraph k opens at P(k) = lineStart(k) + k, its text runs
 * from P(k)+1 to P(k)+1+length(k), and it closes one after that. So text offset o on line k is
 * position o + k + 1. The "\n" after line k has no position of its own: the offset just before
 * it is the end of paragraph k, the offset just after it the start of paragraph k+1, so a
 * selection across paragraphs maps to a text range that includes the "\n" between them.
 */

export type OffsetMapper = {
  readonly text: string;
  /** Offset where each line starts; lineStarts[0] = 0. */
  readonly lineStarts: readonly number[];
  /** doc.content.size of the document built from the text. */
  readonly docSize: number;
  /** The line (paragraph index in the document) that contains a text offset. */
  lineOf(offset: number): number;
  textOffsetToPos(offset: number): number;
  /**
   * A position between two paragraphs (or at the very start/end of the doc) has no text offset
   * of its own: with assoc 1 (default) it maps to the start of the following paragraph, with -1
   * to the end of the preceding one. Positions inside a paragraph ignore assoc.
   */
  posToTextOffset(pos: number, assoc?: -1 | 1): number;
  /** [start, end) in text → { from, to } positions. */
  textRangeToPosRange(start: number, end: number): { from: number; to: number };
  /** Positions → [start, end) in text; a boundary position maps inward (never adds a "\n"). */
  posRangeToTextRange(from: number, to: number): { start: number; end: number };
};

/** Largest index i with values[i] <= x (values ascending, values[0] <= x). */
function floorIndex(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((values[mid] ?? Infinity) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function checkInteger(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} ${value} is outside [0, ${max}]`);
  }
}

export function createOffsetMapper(text: string): OffsetMapper {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineCount = lineStarts.length;
  /** Position where paragraph k opens. */
  const paragraphStarts = lineStarts.map((s, k) => s + k);
  const docSize = text.length + lineCount + 1;
  const lineEnd = (k: number): number => (k + 1 < lineCount ? (lineStarts[k + 1] ?? 0) - 1 : text.length);

  const lineOf = (offset: number): number => {
    checkInteger("text offset", offset, text.length);
    return floorIndex(lineStarts, offset);
  };

  const textOffsetToPos = (offset: number): number => offset + lineOf(offset) + 1;

  const posToTextOffset = (pos: number, assoc: -1 | 1 = 1): number => {
    checkInteger("position", pos, docSize);
    const k = floorIndex(paragraphStarts, pos);
    const open = paragraphStarts[k] ?? 0;
    const start = lineStarts[k] ?? 0;
    const length = lineEnd(k) - start;
    if (pos === open) return assoc === -1 && k > 0 ? start - 1 : start; // before paragraph k
    if (pos <= open + 1 + length) return start + (pos - open - 1); // inside paragraph k
    return text.length; // after the last paragraph
  };

  return {
    text,
    lineStarts,
    docSize,
    lineOf,
    textOffsetToPos,
    posToTextOffset,
    textRangeToPosRange(start, end) {
      if (end < start) throw new RangeError(`range end ${end} is before its start ${start}`);
      return { from: textOffsetToPos(start), to: textOffsetToPos(end) };
    },
    posRangeToTextRange(from, to) {
      if (to < from) throw new RangeError(`range end ${to} is before its start ${from}`);
      const start = posToTextOffset(from, 1);
      const end = posToTextOffset(to, -1);
      return { start, end: Math.max(start, end) };
    },
  };
}

/** One cached mapper, so the text-taking helpers below are O(log n) on repeated calls. */
let cached: OffsetMapper | null = null;

function mapperFor(text: string): OffsetMapper {
  if (cached?.text !== text) cached = createOffsetMapper(text);
  return cached;
}

export function textOffsetToPos(text: string, offset: number): number {
  return mapperFor(text).textOffsetToPos(offset);
}

export function posToTextOffset(text: string, pos: number, assoc: -1 | 1 = 1): number {
  return mapperFor(text).posToTextOffset(pos, assoc);
}
