import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { TOffsetMapper } from "./offset-mapper";

/** A paragraph segment of the stored text (lib/text/segment.ts): non-blank lines, numbered from 0. */
export type TParagraphSegment = { index: number; start: number; end: number };

const key = new PluginKey<DecorationSet>("paragraphAttributes");

/**
 * Marks each editor paragraph that holds a paragraph segment with the segment's index and
 * offsets (data-paragraph-index, data-start, data-end), as the plain article text does, so
 * translation alignment and tests can find paragraphs by their stored offsets.
 */
function build(doc: PMNode, mapper: TOffsetMapper, paragraphs: readonly TParagraphSegment[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const segment of paragraphs) {
    const $pos = doc.resolve(mapper.textOffsetToPos(segment.start));
    if ($pos.depth < 1) continue;
    decorations.push(
      Decoration.node($pos.before(1), $pos.after(1), {
        "data-paragraph-index": String(segment.index),
        "data-start": String(segment.start),
        "data-end": String(segment.end),
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

export const ParagraphAttributes = Extension.create<{
  mapper: TOffsetMapper | null;
  paragraphs: readonly TParagraphSegment[];
}>({
  name: "paragraphAttributes",

  addOptions() {
    return { mapper: null, paragraphs: [] };
  },

  addProseMirrorPlugins() {
    const { mapper, paragraphs } = this.options;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => (mapper ? build(state.doc, mapper, paragraphs) : DecorationSet.empty),
          apply: (tr, set) => (tr.docChanged ? set.map(tr.mapping, tr.doc) : set),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});
