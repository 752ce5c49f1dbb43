import { mapRangeToInput, normalizeArabic } from "../arabic/normalize";

/**
 * Re-anchoring annotations on a new version of an article's text (a corrected report). Each
 * annotation is looked for, in order, and stops at the first rule that finds it without doubt:
 *
 *   1. exact     — the same quote where the text around it now puts it: its old offset moved by
 *                  the edits before it (predicted from stretches of text both versions share);
 *   2. quote     — the same quote elsewhere, chosen by the stored 32-character prefix and suffix;
 *   3. normalized— the quote after Arabic folding (tashkeel, tatweel, hamza and alef forms,
 *                  digits), chosen by its context the same way;
 *   4. approximate — near the predicted place, a text within `maxEditRatio` of the quote's length
 *                  in edits (a corrected figure inside the span), with its context intact on both sides;
 *   5. otherwise orphaned, with the reason.
 *
 * A rule that finds several equally good places gives up rather than guess: an annotation is
 * orphaned, never placed wrong. States: `placed` (same offsets, same quote), `moved` (found at
 * other offsets or with a changed text, whose new offsets and quote the caller stores), `orphaned`.
 * Offsets are UTF-16 units of the texts, as stored.
 */

export type TAnchorInput = { id: string; start: number; end: number; quote: string; prefix: string; suffix: string };

export type TReanchorMethod = "exact" | "quote" | "normalized" | "approximate";

export type TReanchorOutcome =
  | {
      id: string;
      state: "placed" | "moved";
      method: TReanchorMethod;
      start: number;
      end: number;
      /** The text now at [start, end): differs from the old quote after `normalized` or `approximate`. */
      quote: string;
      /** Edits between the old quote and the new one (0 unless `approximate`). */
      editDistance: number;
    }
  | { id: string; state: "orphaned"; method: null; code: TOrphanCode; reason: string };

/** Why an annotation was orphaned, as a code the interface words in its own language. */
export type TOrphanCode = "empty_quote" | "ambiguous" | "context_lost" | "not_found";

export type TReanchorOptions = {
  /** Edits allowed by the approximate rule, as a share of the quote's length (default 0.2: one in five). */
  maxEditRatio?: number;
  /** Characters on either side of the predicted place the approximate rule searches (default 240). */
  window?: number;
};

export const DEFAULT_MAX_EDIT_RATIO = 0.2;

/** Shared stretches of this many units, found once in each text, tie the two versions together. */
const LANDMARK = 24;
const LANDMARK_STEP = 8;

type TLandmark = { old: number; new: number };

/** Positions of the old text that the new one has unchanged, unique in both (a cheap alignment). */
export function landmarks(oldText: string, newText: string): TLandmark[] {
  const count = (text: string) => {
    const seen = new Map<string, number>();
    for (let i = 0; i + LANDMARK <= text.length; i++) {
      const key = text.slice(i, i + LANDMARK);
      seen.set(key, seen.has(key) ? -1 : i);
    }
    return seen;
  };
  const inOld = count(oldText);
  const inNew = count(newText);
  const out: TLandmark[] = [];
  for (let i = 0; i + LANDMARK <= oldText.length; i += LANDMARK_STEP) {
    const key = oldText.slice(i, i + LANDMARK);
    const o = inOld.get(key);
    const n = inNew.get(key);
    if (o === i && n !== undefined && n >= 0) out.push({ old: i, new: n });
  }
  return out;
}

/** How far an old offset is from the landmark its prediction rests on (Infinity without landmarks). */
function landmarkGap(marks: readonly TLandmark[], offset: number): number {
  let gap = Infinity;
  for (const m of marks) gap = Math.min(gap, m.old <= offset ? offset - m.old : m.old - offset);
  return gap;
}

/** Where an old offset should be in the new text, by the nearest landmark before it (else after it). */
function predict(marks: readonly TLandmark[], offset: number): number {
  let lo = 0;
  let hi = marks.length - 1;
  let before: TLandmark | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = marks[mid]!;
    if (m.old <= offset) {
      before = m;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (before) return before.new + (offset - before.old);
  const after = marks[0];
  return after ? Math.max(0, after.new - (after.old - offset)) : offset;
}

/** Levenshtein distance of two short strings (the 32-unit contexts). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length]!;
}

/** How much of a stored context a candidate's surroundings keep: 1 unchanged, 0 nothing in common. */
function similarity(found: string, stored: string): number {
  if (stored.length === 0) return 1;
  return Math.max(0, 1 - editDistance(found, stored) / stored.length);
}

type TCandidate = { start: number; end: number };
type TScored = TCandidate & { before: number; after: number; distance: number };

function score(text: string, anchor: TAnchorInput, c: TCandidate, predicted: number): TScored {
  const before = similarity(text.slice(Math.max(0, c.start - anchor.prefix.length), c.start), anchor.prefix);
  const after = similarity(text.slice(c.end, c.end + anchor.suffix.length), anchor.suffix);
  return { ...c, before, after, distance: Math.abs(c.start - predicted) };
}

/**
 * Context that vouches for a place: most of it kept on both sides (an edit next to the span
 * changes a few characters of it), or one side kept almost whole (the text on the other side was
 * replaced, or the paragraph moved). An unrelated occurrence of the same words keeps neither.
 */
const vouches = (c: TScored) => (c.before >= 0.6 && c.after >= 0.6) || c.before >= 0.85 || c.after >= 0.85;

/**
 * The one candidate its context and position single out, or null. The best context wins when
 * clearly better than the runner-up's; with contexts alike, the one clearly nearer (by more than
 * the quote's length) to the predicted place.
 */
function choose(text: string, anchor: TAnchorInput, candidates: TCandidate[], predicted: number): TScored | null {
  const scored = candidates
    .map((c) => score(text, anchor, c, predicted))
    .filter(vouches)
    .sort((a, b) => b.before + b.after - (a.before + a.after) || a.distance - b.distance);
  const [best, second] = scored;
  if (!best) return null;
  if (!second || second.before + second.after < best.before + best.after - 0.25) return best;
  return second.distance - best.distance > anchor.quote.length ? best : null;
}

function occurrences(text: string, quote: string): TCandidate[] {
  const out: TCandidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    out.push({ start: at, end: at + quote.length });
  return out;
}

function foldedOccurrences(text: string, quote: string): TCandidate[] {
  const needle = normalizeArabic(quote).text;
  if (!needle) return [];
  const hay = normalizeArabic(text);
  const out: TCandidate[] = [];
  for (let at = hay.text.indexOf(needle); at !== -1; at = hay.text.indexOf(needle, at + 1))
    out.push(mapRangeToInput(hay.map, at, at + needle.length));
  return out;
}

/**
 * Semi-global edit distance (Sellers): every stretch of `text` within `max` edits of `pattern`,
 * as its best-scoring end positions with their start. Local minima only, so one stretch is one candidate.
 */
function approximateMatches(pattern: string, text: string, max: number): (TCandidate & { edits: number })[] {
  const m = pattern.length;
  const n = text.length;
  let prev = new Array<number>(m + 1);
  let prevStart = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  let curStart = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = 0;
  }
  const ends: (TCandidate & { edits: number })[] = [];
  for (let j = 1; j <= n; j++) {
    cur[0] = 0;
    curStart[0] = j;
    for (let i = 1; i <= m; i++) {
      const substitute = prev[i - 1]! + (pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1);
      const skipText = prev[i]! + 1;
      const skipPattern = cur[i - 1]! + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        cur[i] = substitute;
        curStart[i] = prevStart[i - 1]!;
      } else if (skipText <= skipPattern) {
        cur[i] = skipText;
        curStart[i] = prevStart[i]!;
      } else {
        cur[i] = skipPattern;
        curStart[i] = curStart[i - 1]!;
      }
    }
    if (cur[m]! <= max) ends.push({ start: curStart[m]!, end: j, edits: cur[m]! });
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  // Of the end positions that share a start, or are next to each other, keep the best.
  const out: (TCandidate & { edits: number })[] = [];
  for (const e of ends) {
    const last = out.at(-1);
    if (last && (e.start === last.start || e.end - last.end <= 1)) {
      if (e.edits < last.edits) out[out.length - 1] = e;
    } else out.push(e);
  }
  return out;
}

export function reanchorRevision(
  oldText: string,
  newText: string,
  anchors: readonly TAnchorInput[],
  options: TReanchorOptions = {},
): TReanchorOutcome[] {
  const ratio = options.maxEditRatio ?? DEFAULT_MAX_EDIT_RATIO;
  const window = options.window ?? 240;
  if (oldText === newText)
    return anchors.map((a) => ({
      id: a.id,
      state: "placed",
      method: "exact",
      start: a.start,
      end: a.end,
      quote: a.quote,
      editDistance: 0,
    }));
  const marks = landmarks(oldText, newText);
  return anchors.map((anchor): TReanchorOutcome => {
    const { id, quote } = anchor;
    if (!quote) return { id, state: "orphaned", method: null, code: "empty_quote", reason: "empty quote" };
    const predicted = predict(marks, anchor.start);
    // Words that the old text already had twice with the same context (a quoted statement repeated)
    // cannot be told apart by their context: only a prediction from text right next to them places them.
    const ambiguous = occurrences(oldText, quote).some(
      (c) => c.start !== anchor.start && vouches(score(oldText, anchor, c, anchor.start)),
    );
    const solid = landmarkGap(marks, anchor.start) <= LANDMARK * 2;
    const found = (method: TReanchorMethod, c: TCandidate, editDistance = 0): TReanchorOutcome => ({
      id,
      state: c.start === anchor.start && newText.slice(c.start, c.end) === quote ? "placed" : "moved",
      method,
      start: c.start,
      end: c.end,
      quote: newText.slice(c.start, c.end),
      editDistance,
    });

    // 1. Where the edits before it put it, with its context.
    const there = { start: predicted, end: predicted + quote.length };
    if (
      newText.slice(there.start, there.end) === quote &&
      vouches(score(newText, anchor, there, predicted)) &&
      (!ambiguous || solid)
    )
      return found("exact", there);
    if (ambiguous)
      return {
        id,
        state: "orphaned",
        method: null,
        code: "ambiguous",
        reason: "the words and their context were in the text more than once: which one was meant is not certain",
      };
    // 2. The same words elsewhere, by their context.
    const verbatim = choose(newText, anchor, occurrences(newText, quote), predicted);
    if (verbatim) return found(verbatim.start === predicted ? "exact" : "quote", verbatim);
    // 3. The same words after Arabic folding.
    const folded = choose(newText, anchor, foldedOccurrences(newText, quote), predicted);
    if (folded) return found("normalized", folded);
    // 4. Nearly the same words near where they were, with the text around them unchanged.
    const max = Math.floor(quote.length * ratio);
    if (max >= 1) {
      const from = Math.max(0, predicted - window);
      const slice = newText.slice(from, Math.min(newText.length, predicted + quote.length + window));
      const near = approximateMatches(quote, slice, max)
        .map((c) => ({ start: c.start + from, end: c.end + from, edits: c.edits }))
        .map((c) => ({ ...score(newText, anchor, c, predicted), edits: c.edits }))
        .filter((c) => c.before >= 0.75 && c.after >= 0.75)
        .sort((a, b) => a.edits - b.edits || b.before + b.after - (a.before + a.after));
      const [best, second] = near;
      if (best && (!second || second.edits > best.edits || second.before + second.after < best.before + best.after))
        return found("approximate", best, best.edits);
    }
    const elsewhere = occurrences(newText, quote).length > 0;
    return {
      id,
      state: "orphaned",
      method: null,
      code: elsewhere ? "context_lost" : "not_found",
      reason: elsewhere
        ? "the quote is in the new text, but not with its context: where it belongs is not certain"
        : `the quote is not in the new text, even with ${max} edit(s) near its old place`,
    };
  });
}
