/**
 * The article as the suggestion engine reads it: tokens (with folded keys and offsets into the
 * original text), the sentence and paragraph each token belongs to, and the quotations.
 */
import { readings, type Reading, type WordSet } from "../arabic/numbers-phrase";
import { tokenize, type Token } from "../arabic/numbers-tokens";
import { segmentText, type Seg } from "../text/segment";

export type Tok = Token & { index: number; sentence: number; paragraph: number };

/** A quotation: the marks are tokens `open` and `close` (close is -1 when it runs to the paragraph end). */
export type Quotation = { open: number; close: number; start: number; end: number; words: number };

export type TextModel = {
  text: string;
  tokens: Tok[];
  sentences: Array<Seg & { first: number; last: number }>;
  paragraphs: Seg[];
  quotes: Quotation[];
  /** The quotation opened by token i. */
  quoteAt: ReadonlyMap<number, Quotation>;
};

const QUOTE_MARKS = new Set(['"', "«", "»", "“", "”", "„", "‟", "″"]);

export function isQuoteMark(tok: Token | undefined): boolean {
  return tok?.kind === "punct" && QUOTE_MARKS.has(tok.key);
}

/** The closing marks an opening mark accepts: curly marks appear in either orientation in RTL text. */
function closes(open: string, mark: string): boolean {
  if (open === "«" || open === "»") return mark === "»" || mark === "«";
  if (open === '"' || open === "″") return mark === '"' || mark === "″";
  return mark === "“" || mark === "”" || mark === "„" || mark === "‟";
}

/**
 * «… المصابين". كما تواصل … القتلى". وأعلن …»: a straight mark glued to the word before it and not
 * to the word after it closes something; with no quotation open it is a stray closer, not an opener
 * (else everything after it in the paragraph would read as quoted).
 */
function strayCloser(text: string, tok: Tok): boolean {
  if (tok.key !== '"' && tok.key !== "″") return false;
  const before = text[tok.start - 1] ?? " ";
  const after = text[tok.end] ?? " ";
  return /[\p{L}\p{N}.،,]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function findQuotes(text: string, tokens: Tok[], paragraphs: Seg[]): Quotation[] {
  const quotes: Quotation[] = [];
  let open: Tok | null = null;
  let words = 0;
  const unclosed = (o: Tok): void => {
    quotes.push({ open: o.index, close: -1, start: o.end, end: paragraphs[o.paragraph]?.end ?? o.end, words });
  };
  for (const tok of tokens) {
    if (open && tok.paragraph !== open.paragraph) {
      unclosed(open);
      open = null;
    }
    if (!isQuoteMark(tok)) {
      if (open && tok.kind !== "punct") words++;
      continue;
    }
    if (!open) {
      if (strayCloser(text, tok)) continue;
      open = tok;
      words = 0;
    } else if (closes(open.key, tok.key)) {
      quotes.push({ open: open.index, close: tok.index, start: open.end, end: tok.start, words });
      open = null;
    }
  }
  if (open) unclosed(open);
  return quotes;
}

/** «… الشهر الفائت.وقالت الوزارة …»: a full stop between two words of three letters or more, with no space after it. */
const GLUED_STOP = /(?<=[\u0621-\u064a]{3})\.(?=[\u0621-\u064a]{3})/gu;

/** Sentences split again where a full stop is glued to the next word (pasted texts lose the space). */
function splitGluedStops(text: string, sentences: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const seg of sentences) {
    let start = seg.start;
    for (const m of text.slice(seg.start, seg.end).matchAll(GLUED_STOP)) {
      const stop = seg.start + m.index + 1;
      out.push({ ...seg, index: out.length, start, end: stop });
      start = stop;
    }
    out.push({ ...seg, index: out.length, start, end: seg.end });
  }
  return out;
}

/** «قتل 38 شخصاً على الأقل.. وأصيب خمسون آخرون»: two dots before «و» pause a sentence, they do not end it. */
function joinEllipses(text: string, sentences: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const seg of sentences) {
    const prev = out.at(-1);
    const pause =
      prev !== undefined &&
      /\.\.[^\S\n]*$/u.test(text.slice(prev.start, prev.end)) &&
      /^[^\S\n]*و/u.test(text.slice(seg.start, seg.end)) &&
      !text.slice(prev.end, seg.start).includes("\n");
    if (prev && pause) out[out.length - 1] = { ...prev, end: seg.end };
    else out.push({ ...seg, index: out.length });
  }
  return out;
}

export function buildTextModel(text: string): TextModel {
  const segmented = segmentText(text);
  const paragraphs = segmented.paragraphs;
  const sentences = joinEllipses(text, splitGluedStops(text, segmented.sentences));
  const raw = tokenize(text);
  const tokens: Tok[] = [];
  let s = 0;
  let p = 0;
  for (const [index, t] of raw.entries()) {
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= t.start) s++;
    while (p < paragraphs.length - 1 && (paragraphs[p]?.end ?? 0) <= t.start) p++;
    tokens.push({ ...t, index, sentence: s, paragraph: p });
  }
  const withTokens = sentences.map((seg) => ({ ...seg, first: 0, last: -1 }));
  for (const t of tokens) {
    const seg = withTokens[t.sentence];
    if (!seg || t.start < seg.start || t.end > seg.end) continue;
    if (seg.last < 0) seg.first = t.index;
    seg.last = t.index;
  }
  const quotes = findQuotes(text, tokens, paragraphs);
  return { text, tokens, sentences: withTokens, paragraphs, quotes, quoteAt: new Map(quotes.map((q) => [q.open, q])) };
}

/** The index of the last token ending at or before `offset` (-1 if none). */
export function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The reading of a word (as is, without و/ف, without a following ب/ل/ك) found in `set`. */
export function readAs(tok: Token | undefined, set: WordSet): Reading | null {
  if (tok?.kind !== "word") return null;
  return readings(tok.key).find((r) => set.has(r.base)) ?? null;
}

/** Like readAs, but only و/ف may be left off (for verbs: «وقال», not «بقال»). */
export function readAsVerb(tok: Token | undefined, set: WordSet): Reading | null {
  if (tok?.kind !== "word") return null;
  return readings(tok.key).find((r) => (r.prefixLen === 0 || (r.prefixLen === 1 && r.conj)) && set.has(r.base)) ?? null;
}

/**
 * «على» and «علي» fold to the same key; the spelling tells the preposition from the name Ali.
 * Likewise «إلى» and «إلي».
 */
export function isPrepositionSpelling(text: string, tok: Token): boolean {
  const raw = text.slice(tok.start, tok.end);
  return !/(?:علي|إلي|الي)$/u.test(raw.replace(/[\u064b-\u065f\u0640]/gu, ""));
}

export function isPunct(tok: Token | undefined, ...marks: string[]): boolean {
  return tok?.kind === "punct" && marks.includes(tok.key);
}

/** Drops a leading و/ف when what remains is a definite word: «والقوات» → «القوات», but «وزير» stays. */
export function conjSkip(tok: Token): number {
  return /^[وف]ال/u.test(tok.key) ? (tok.charStarts[1] ?? tok.start) : tok.start;
}

/** The key without a leading و/ف (when at least two letters remain). */
export function stripConj(key: string): string {
  return /^[وف]/u.test(key) && key.length > 2 ? key.slice(1) : key;
}

/** The key without proclitics and the article: «وبالهجمات» → «هجمات». */
export function bareKey(key: string): string {
  let k = stripConj(key);
  if (/^[بلك]ال/u.test(k) && k.length > 4) k = k.slice(3);
  else if (/^لل/u.test(k) && k.length > 4) k = k.slice(2);
  else if (k.startsWith("ال") && k.length > 3) k = k.slice(2);
  return k;
}

export function isDefinite(key: string): boolean {
  return /^(?:[وف]?[بلك]?ال|[وف]?لل)/u.test(key);
}

/** A nisba adjective (أمريكي، أمنية، عراقيين): it ends an indefinite noun phrase. */
export function isNisba(key: string): boolean {
  if (/(?:يين|يون|يان|يات)$/u.test(key)) return key.length >= 6;
  if (/يه$/u.test(key)) return key.length >= 5;
  return key.length >= 4 && key.endsWith("ي");
}

/** Trims whitespace and the given punctuation from both ends of [start, end). */
export function trimRange(
  text: string,
  start: number,
  end: number,
  chars = " \n\t،,.:؛;",
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && chars.includes(text.charAt(s))) s++;
  while (e > s && chars.includes(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}
