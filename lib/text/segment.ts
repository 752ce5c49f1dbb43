/**
 * Splits a stored article text into paragraphs (one per non-blank line) and sentences, as
 * UTF-16 offset ranges [start, end). Pure and deterministic: the same text always gives the
 * same segments, so segment indices can be used as alignment keys for translations.
 */

export type Seg = {
  /** Position in its list (paragraphs and sentences are numbered separately, from 0). */
  index: number;
  /** The paragraph this segment belongs to (for a paragraph: its own index). */
  paragraphIndex: number;
  start: number;
  end: number;
};

export type Segmentation = { paragraphs: Seg[]; sentences: Seg[] };

/**
 * Characters trimmed from paragraph and sentence edges: Unicode white space, plus the zero-width
 * space and the unpaired direction marks (LRM, RLM, ALM), which are invisible and carry no
 * content. Paired bidi controls (embeddings, isolates) are kept so a range never holds half of a
 * pair.
 */
function isBlank(ch: string): boolean {
  return /\s/.test(ch) || ch === "\u200b" || ch === "\u200e" || ch === "\u200f" || ch === "\u061c";
}

/** Sentence-final marks. "…" and runs like "..." / "؟!" are handled as a run. */
const TERMINATORS = new Set([".", "!", "?", "\u061f", "\u2026", "\u06d4"]);

/**
 * Closing marks that stay with the sentence when they follow the terminator directly. Curly
 * quotes appear in either orientation in Arabic text, so both count as closing here.
 */
const CLOSERS = new Set(["\u00ab", "\u00bb", "\u201c", "\u201d", '"', "'", "\u2019", ")", "]", "}"]);

/** Latin titles that are followed by a period without ending the sentence. */
const LATIN_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "vs",
  "no",
  "gen",
  "col",
  "lt",
  "sgt",
  "rep",
  "sen",
  "gov",
  "capt",
  "maj",
  "mt",
]);

function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charAt(s))) s++;
  while (e > s && isBlank(text.charAt(e - 1))) e--;
  return [s, e];
}

/**
 * The word directly before a period, to recognise abbreviations: a single letter ("د."),
 * letters joined by periods ("أ.ف.ب", "U.S") or a known Latin title ("Dr").
 */
function isAbbreviationBefore(text: string, periodIndex: number, lineStart: number): boolean {
  let i = periodIndex;
  while (i > lineStart && /[\p{L}\p{M}.\u0640]/u.test(text.charAt(i - 1))) i--;
  const word = text.slice(i, periodIndex).replace(/[\p{M}\u0640]/gu, "");
  if (word === "") return false;
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) return true;
  return LATIN_ABBREVIATIONS.has(word.toLowerCase());
}

function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let sentenceStart = start;
  let hasContent = false;
  let i = start;
  while (i < end) {
    const ch = text.charAt(i);
    if (/[\p{L}\p{N}]/u.test(ch)) hasContent = true;
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && TERMINATORS.has(text.charAt(i))) i++;
    while (i < end && CLOSERS.has(text.charAt(i))) i++;
    const atBreak = i < end && isBlank(text.charAt(i));
    const singlePeriod = i - runStart === 1 && text.charAt(runStart) === ".";
    if (!atBreak || !hasContent) continue;
    if (singlePeriod && isAbbreviationBefore(text, runStart, start)) continue;
    const [s, e] = trimRange(text, sentenceStart, i);
    out.push([s, e]);
    sentenceStart = i;
    hasContent = false;
  }
  const [s, e] = trimRange(text, sentenceStart, end);
  if (e > s) out.push([s, e]);
  return out;
}

export function segmentText(text: string): Segmentation {
  const paragraphs: Seg[] = [];
  const sentences: Seg[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const [start, end] = trimRange(text, lineStart, lineEnd);
    if (end > start) {
      const paragraphIndex = paragraphs.length;
      paragraphs.push({ index: paragraphIndex, paragraphIndex, start, end });
      for (const [s, e] of splitSentences(text, start, end)) {
        sentences.push({ index: sentences.length, paragraphIndex, start: s, end: e });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { paragraphs, sentences };
}
