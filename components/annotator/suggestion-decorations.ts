import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export const overlayDecorationsKey = new PluginKey<DecorationSet>("overlayDecorations");

/** An open pre-annotation suggestion as the reader draws it: a dashed line in its label's colour. */
export type TReaderSuggestion = {
  id: string;
  start: number;
  end: number;
  color: string;
  title: string;
  /** Picked in the text: the reader's A and R keys decide it. */
  selected?: boolean;
};

/** A stretch of text to flash once (a search link's `#offset=START-END`). */
export type TFlashRange = { start: number; end: number; key: number };

/**
 * Decorations drawn over the spans but kept apart from them: dashed suggestions and a short
 * flash of a range. Offsets outside the text or empty ranges are skipped.
 */
export function buildOverlayDecorations(
  doc: PMNode,
  suggestions: readonly TReaderSuggestion[],
  flash: TFlashRange | null,
  textLength: number,
  toPos: (offset: number) => number,
): DecorationSet {
  const valid = (start: number, end: number) => start >= 0 && end <= textLength && end > start;
  const decorations = suggestions
    .filter((s) => valid(s.start, s.end))
    .map((s) =>
      Decoration.inline(toPos(s.start), toPos(s.end), {
        class: s.selected ? "wb-suggestion is-selected" : "wb-suggestion",
        style: `--wb-sg: ${s.color}`,
        "data-suggestion-id": s.id,
        title: s.title,
      }),
    );
  if (flash && valid(flash.start, flash.end))
    decorations.push(Decoration.inline(toPos(flash.start), toPos(flash.end), { class: "wb-flash" }));
  return DecorationSet.create(doc, decorations);
}

/** Holds the overlay decorations in plugin state, replaced through a transaction meta. */
export const OverlayDecorations = Extension.create({
  name: "overlayDecorations",

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: overlayDecorationsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => {
            const next: unknown = tr.getMeta(overlayDecorationsKey);
            if (next instanceof DecorationSet) return next;
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations: (state) => overlayDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
