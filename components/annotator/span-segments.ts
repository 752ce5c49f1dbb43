/**
 * Cuts the text at every span boundary into segments, each listing the spans that cover it.
 * The reader draws one element per segment (not one per span nested in each other), so 2,000
 * overlapping spans cost a few thousand flat elements instead of tens of thousands nested ones.
 */
export type TSegment = { start: number; end: number; ids: string[] };
/** The same cut with the spans named by their index in the list given. */
export type TIndexedSegment = { start: number; end: number; indexes: number[] };

export function segmentSpans(spans: readonly { id: string; start: number; end: number }[]): TSegment[] {
  return segmentSpanIndexes(spans).map(({ start, end, indexes }) => ({
    start,
    end,
    ids: indexes.map((i) => spans[i]!.id),
  }));
}

export function segmentSpanIndexes(spans: readonly { start: number; end: number }[]): TIndexedSegment[] {
  type TEdge = { at: number; index: number; opens: boolean };
  const edges: TEdge[] = [];
  spans.forEach((span, index) => {
    if (!(span.end > span.start)) return;
    edges.push({ at: span.start, index, opens: true }, { at: span.end, index, opens: false });
  });
  edges.sort((a, b) => a.at - b.at);
  const segments: TIndexedSegment[] = [];
  const open = new Set<number>();
  let i = 0;
  while (i < edges.length) {
    const at = edges[i]!.at;
    for (; i < edges.length && edges[i]!.at === at; i++) {
      const edge = edges[i]!;
      if (edge.opens) open.add(edge.index);
      else open.delete(edge.index);
    }
    const next = edges[i]?.at;
    if (next !== undefined && next > at && open.size > 0) {
      // In the callers' order (text order: outer spans before the spans nested in them). Spans
      // given in text order open in that order, so the set's own order is usually it already.
      const indexes = [...open];
      if (!ascending(indexes)) indexes.sort((a, b) => a - b);
      segments.push({ start: at, end: next, indexes });
    }
  }
  return segments;
}

function ascending(values: readonly number[]): boolean {
  for (let k = 1; k < values.length; k++) if (values[k - 1]! > values[k]!) return false;
  return true;
}
