import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { segmentSpanIndexes } from "./span-segments";
import type { TOpState } from "./span-store";
import type { SpanStyleRegistry, TInk, TInkMode } from "./span-styles";
import type { TLabel, TSpan } from "./types";

export const spanDecorationsKey = new PluginKey<DecorationSet>("spanDecorations");

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

/**
 * One inline decoration per segment. `data-span-id` lists every span covering the segment
 * (select a span's pieces with `[data-span-id~="<id>"]`), `data-label-id` their labels in the
 * same order. Decorations crossing a line break are split per paragraph by ProseMirror.
 * A decoration is only its attributes (no spec object), so ProseMirror finds an unchanged
 * segment equal to the one drawn and leaves its DOM alone: a redraw rebuilds only what changed.
 */
export function buildSpanDecorations(
  doc: PMNode,
  segments: readonly TPaintedSegment[],
  toPos: (offset: number) => number,
): DecorationSet {
  const decorations = segments.map((segment) =>
    Decoration.inline(toPos(segment.start), toPos(segment.end), {
      class: segment.className,
      "data-span-id": segment.spanIds.join(" "),
      "data-label-id": segment.labelIds.join(" "),
    }),
  );
  return DecorationSet.create(doc, decorations);
}

/**
 * Holds the span decorations in plugin state. They are computed outside the document from the
 * span list (React state) and handed in with a transaction meta, never stored as marks.
 */
export const SpanDecorations = Extension.create<{ initial: ((doc: PMNode) => DecorationSet) | null }>({
  name: "spanDecorations",

  addOptions() {
    return { initial: null };
  },

  addProseMirrorPlugins() {
    const initial = this.options.initial;
    return [
      new Plugin<DecorationSet>({
        key: spanDecorationsKey,
        state: {
          init: (_config, state) => (initial ? initial(state.doc) : DecorationSet.empty),
          apply: (tr, set) => {
            const next: unknown = tr.getMeta(spanDecorationsKey);
            if (next instanceof DecorationSet) return next;
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations: (state) => spanDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
