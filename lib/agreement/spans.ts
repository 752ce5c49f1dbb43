/** Span agreement: character units with each annotator's labels, and span-level matching for F1. */

export type TAgreementSpan = { start: number; end: number; labelId: string };

/** Category of a character no span of the label (or no span at all) covers. */
export const NO_LABEL = "none";

/**
 * Cuts a text of `textLength` characters at every span boundary; inside a segment each annotator's
 * set of covering labels is constant, so the segment is one unit weighted by its length.
 * `labelsOf[i]` is annotator i's labels there (sorted), empty where nothing covers the text.
 */
export function characterSegments(
  textLength: number,
  layers: readonly (readonly TAgreementSpan[])[],
): { weight: number; labelsOf: string[][] }[] {
  const cuts = new Set<number>([0, textLength]);
  const events: { at: number; layer: number; labelId: string; delta: 1 | -1 }[] = [];
  layers.forEach((spans, layer) => {
    for (const span of spans) {
      const start = Math.max(0, Math.min(span.start, textLength));
      const end = Math.max(start, Math.min(span.end, textLength));
      if (start === end) continue;
      cuts.add(start);
      cuts.add(end);
      events.push(
        { at: start, layer, labelId: span.labelId, delta: 1 },
        { at: end, layer, labelId: span.labelId, delta: -1 },
      );
    }
  });
  events.sort((x, y) => x.at - y.at);
  const positions = [...cuts].sort((x, y) => x - y);
  const active = layers.map(() => new Map<string, number>());
  const segments: { weight: number; labelsOf: string[][] }[] = [];
  let next = 0;
  for (let i = 0; i < positions.length - 1; i++) {
    const from = positions[i]!;
    while (next < events.length && events[next]!.at <= from) {
      const { layer, labelId, delta } = events[next++]!;
      const counts = active[layer]!;
      const count = (counts.get(labelId) ?? 0) + delta;
      if (count === 0) counts.delete(labelId);
      else counts.set(labelId, count);
    }
    segments.push({ weight: positions[i + 1]! - from, labelsOf: active.map((counts) => [...counts.keys()].sort()) });
  }
  return segments;
}

/** A character's category when all labels are read at once: its labels joined, or "none". */
export function labelSetCategory(labels: readonly string[]): string {
  return labels.length === 0 ? NO_LABEL : labels.join("+");
}

/** How many spans of `a` and `b` match one to one, exactly (same offsets and label) or by overlap (same label, sharing a character). */
export function matchSpans(
  a: readonly TAgreementSpan[],
  b: readonly TAgreementSpan[],
): { exact: number; overlapping: number } {
  const keys = new Map<string, number>();
  for (const s of a)
    keys.set(`${s.labelId}:${s.start}:${s.end}`, (keys.get(`${s.labelId}:${s.start}:${s.end}`) ?? 0) + 1);
  let exact = 0;
  for (const s of b) {
    const key = `${s.labelId}:${s.start}:${s.end}`;
    const left = keys.get(key) ?? 0;
    if (left > 0) {
      exact++;
      keys.set(key, left - 1);
    }
  }
  // Overlap: every overlapping same-label pair by how much they share, largest first, each span used once.
  const candidates: { i: number; j: number; shared: number }[] = [];
  const byLabel = new Map<string, number[]>();
  for (const [j, y] of b.entries()) byLabel.set(y.labelId, [...(byLabel.get(y.labelId) ?? []), j]);
  for (const [i, x] of a.entries())
    for (const j of byLabel.get(x.labelId) ?? []) {
      const y = b[j]!;
      const shared = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (shared > 0) candidates.push({ i, j, shared });
    }
  candidates.sort((p, q) => q.shared - p.shared);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let overlapping = 0;
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    overlapping++;
  }
  return { exact, overlapping };
}

/** F1 of matched spans: 2·matched / (|a| + |b|); `null` when neither annotator has a span. */
export function f1(matched: number, countA: number, countB: number): number | null {
  return countA + countB === 0 ? null : (2 * matched) / (countA + countB);
}
