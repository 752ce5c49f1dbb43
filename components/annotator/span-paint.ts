import { segmentSpanIndexes } from "./span-segments";
import type { TOpState } from "./span-store";
import type { SpanStyleRegistry, TInk, TInkMode } from "./span-styles";
import type { TLabel, TSpan } from "./types";

/*
 * What the reader draws, cut and styled: pure, so the server-drawn text and the editor (loaded
 * after the page is shown, reader-editor.tsx) share it without the editor's code.
 */

const FALLBACK_COLOR = "#64748b";

/** What the reader draws: spans (text order) and the states that change how they look. */
export type TSpanPaint = {
  spans: readonly TSpan[];
  labelsById: ReadonlyMap<string, TLabel>;
  lanes: ReadonlyMap<string, number>;
  saveStates: ReadonlyMap<string, TOpState>;
  activeId: string | null;
  flashId: string | null;
  isDimmed: (span: TSpan) => boolean;
};

/** One highlighted stretch of text in offsets, with its spans and its look. */
export type TPaintedSegment = { start: number; end: number; spanIds: string[]; labelIds: string[]; className: string };

function modeOf(span: TSpan, paint: TSpanPaint): TInkMode {
  if (paint.isDimmed(span)) return "dimmed";
  if (span.id === paint.activeId) return "active";
  const state = paint.saveStates.get(span.id);
  if (state === "failed") return "failed";
  if (state === "queued" || state === "saving") return "pending";
  return "normal";
}

/**
 * Cuts the spans into segments and gives each its class (registering new looks). Pure apart
 * from the registry, and free of editor positions: computed during render, so the stylesheet
 * with every class in use is in the page before the decorations that use it.
 */
export function paintSegments(paint: TSpanPaint, registry: SpanStyleRegistry): TPaintedSegment[] {
  const { spans } = paint;
  // Each span's look, worked out once: a span covers several segments.
  const inks: TInk[] = spans.map((span) => ({
    lane: paint.lanes.get(span.id) ?? 0,
    color: paint.labelsById.get(span.labelId)?.color ?? FALLBACK_COLOR,
    mode: modeOf(span, paint),
  }));
  return segmentSpanIndexes(spans).map(({ start, end, indexes }) => {
    const ids = indexes.map((i) => spans[i]!.id);
    const segmentInks = indexes.map((i) => inks[i]!).sort((a, b) => a.lane - b.lane);
    let className = `wb-seg ${registry.classesFor(segmentInks)}`;
    if (paint.flashId && ids.includes(paint.flashId)) className += " is-flash";
    return { start, end, spanIds: ids, labelIds: indexes.map((i) => spans[i]!.labelId), className };
  });
}
