/**
 * Lines up the analysts' spans on one article as items a curator decides one by one. Each item
 * holds at most one span per analyst: spans pair when they overlap and have the same label, the
 * same offsets, or overlap by at least half of their joint length (a span whose label and
 * boundaries both differ from everything else's stands alone). The curated layer's spans join the
 * item they match best. What differs is said per item:
 * - `label`: the analysts who marked it chose different labels;
 * - `boundaries`: their offsets differ;
 * - `missing`: some analysts (or, for a span only the curated layer has, all) did not mark it;
 * - `claims`: the claims on their spans differ in kind or figures.
 * An item with none of these is agreed.
 */

export type TAlignSpan = { id: string; labelId: string; start: number; end: number; claimKey?: string };
export const DIFFERENCES = ["label", "boundaries", "missing", "claims"] as const;
export type TDifference = (typeof DIFFERENCES)[number];

export type TAlignedItem<S extends TAlignSpan> = {
  /** Stable while the item's spans stay: the sorted ids of its analysts' spans (or its curated spans). */
  key: string;
  start: number;
  end: number;
  /** One entry per analyst, in the order the layers were given; null where that analyst has no span here. */
  versions: (S | null)[];
  curated: S[];
  differences: TDifference[];
};

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function pairs(item: { versions: (TAlignSpan | null)[] }, span: TAlignSpan): number {
  let best = -1;
  for (const v of item.versions) {
    if (!v) continue;
    const shared = overlap(v, span);
    if (shared === 0) continue;
    const same = v.start === span.start && v.end === span.end;
    const joint = Math.max(v.end, span.end) - Math.min(v.start, span.start);
    // Same label first, then same offsets, then how much they share.
    const score =
      v.labelId === span.labelId ? 2 + shared / joint : same ? 1.5 : shared / joint >= 0.5 ? shared / joint : -1;
    best = Math.max(best, score);
  }
  return best;
}

export function alignSpans<S extends TAlignSpan>(
  layers: readonly (readonly S[])[],
  curated: readonly S[],
): TAlignedItem<S>[] {
  const all = layers
    .flatMap((spans, analyst) => spans.map((span) => ({ span, analyst })))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.analyst - b.analyst);
  type TOpen = { start: number; end: number; versions: (S | null)[]; curated: S[] };
  const items: TOpen[] = [];
  /** Items that may still overlap a span to come (spans arrive by start). */
  let open: TOpen[] = [];
  for (const { span, analyst } of all) {
    open = open.filter((item) => item.end > span.start);
    let chosen: TOpen | null = null;
    let chosenScore = -1;
    for (const item of open) {
      if (item.versions[analyst]) continue;
      const score = pairs(item, span);
      if (score > chosenScore) {
        chosen = item;
        chosenScore = score;
      }
    }
    if (!chosen) {
      chosen = { start: span.start, end: span.end, versions: layers.map(() => null), curated: [] };
      items.push(chosen);
      open.push(chosen);
    }
    chosen.versions[analyst] = span;
    chosen.start = Math.min(chosen.start, span.start);
    chosen.end = Math.max(chosen.end, span.end);
  }
  for (const span of curated) {
    let chosen: TOpen | null = null;
    let chosenScore = 0;
    for (const item of items) {
      if (item.end <= span.start || item.start >= span.end) continue;
      const exact = item.versions.some((v) => v && v.start === span.start && v.end === span.end);
      const score = (exact ? 2 : 0) + pairs(item, span) + overlap(item, span) / (item.end - item.start + 1);
      if (score > chosenScore) {
        chosen = item;
        chosenScore = score;
      }
    }
    if (chosen) chosen.curated.push(span);
    else items.push({ start: span.start, end: span.end, versions: layers.map(() => null), curated: [span] });
  }
  return items
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((item) => {
      const present = item.versions.filter((v): v is S => v !== null);
      const differences: TDifference[] = [];
      if (new Set(present.map((v) => v.labelId)).size > 1) differences.push("label");
      if (new Set(present.map((v) => `${v.start}:${v.end}`)).size > 1) differences.push("boundaries");
      if (present.length < item.versions.length) differences.push("missing");
      if (new Set(present.map((v) => v.claimKey ?? "")).size > 1) differences.push("claims");
      const ids = (present.length > 0 ? present : item.curated).map((s) => s.id).sort();
      return {
        key: ids.join(","),
        start: item.start,
        end: item.end,
        versions: item.versions,
        curated: item.curated,
        differences,
      };
    });
}
