/**
 * Gives every span a lane: overlapping spans never share one, and a span keeps its lane over its
 * whole length, so its underline stays at one depth and nested or crossing spans stay apart.
 * Greedy interval colouring over spans in text order (start ascending, longer first), O(n·lanes).
 */
export function assignLanes(spans: readonly { id: string; start: number; end: number }[]): Map<string, number> {
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const span of spans) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.push(span.end) - 1;
    else laneEnds[lane] = span.end;
    lanes.set(span.id, lane);
  }
  return lanes;
}
