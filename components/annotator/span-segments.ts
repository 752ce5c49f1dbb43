/**
 * Cuts the text at every span boundary into segments, each listing the spans that cover it.
 * The reader draws one element per segment (not one per span nested in each other), so 2,000
 * overlapping spans cost a few thousand flat elements instead of tens of thousands nested ones.
 */
export type TSegment = { start: number; end: number; ids: string[] };

export function segmentSpans(spans: readonly { id: string; start: number; end: number }[]): TSegment[] {
  type TEdge = { at: number; id: string; opens: boolean };
  const edges: TEdge[] = [];
  const order = new Map<string, number>();
  spans.forEach((span, index) => {
    if (!(span.end > span.start)) return;
    order.set(span.id, index);
    edges.push({ at: span.start, id: span.id, opens: true }, { at: span.end, id: span.id, opens: false });
  });
  edges.sort((a, b) => a.at - b.at);
  const segments: TSegment[] = [];
  const open = new Set<string>();
  let i = 0;
  while (i < edges.length) {
    const at = edges[i]!.at;
    for (; i < edges.length && edges[i]!.at === at; i++) {
      const edge = edges[i]!;
      if (edge.opens) open.add(edge.id);
      else open.delete(edge.id);
    }
    const next = edges[i]?.at;
    if (next !== undefined && next > at && open.size > 0) {
      // In the callers' order (text order: outer spans before the spans nested in them). Spans
      // given in text order open in that order, so the set's own order is usually it already.
      const ids = [...open];
      if (!inOrder(ids, order)) ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      segments.push({ start: at, end: next, ids });
    }
  }
  return segments;
}

function inOrder(ids: readonly string[], order: ReadonlyMap<string, number>): boolean {
  for (let k = 1; k < ids.length; k++) if ((order.get(ids[k - 1]!) ?? 0) > (order.get(ids[k]!) ?? 0)) return false;
  return true;
}
