import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { TPaintedSegment } from "./span-paint";

export const spanDecorationsKey = new PluginKey<DecorationSet>("spanDecorations");

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
