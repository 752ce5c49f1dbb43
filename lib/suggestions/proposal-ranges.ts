/** How suggestion ranges compare with analysts' annotations. Pure. */
export type TRange = { start: number; end: number };

/** Overlap on at least half of each range: the same words, give or take a boundary. */
export function sameWords(a: TRange, b: TRange): boolean {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter > 0 && inter >= 0.5 * (a.end - a.start) && inter >= 0.5 * (b.end - b.start);
}

/** An analyst's annotation covers a proposal: the same words, or a longer range holding most of it. */
export function covers(annotation: TRange, proposal: TRange): boolean {
  const inter = Math.min(annotation.end, proposal.end) - Math.max(annotation.start, proposal.start);
  return sameWords(annotation, proposal) || (inter > 0 && inter >= 0.8 * (proposal.end - proposal.start));
}
