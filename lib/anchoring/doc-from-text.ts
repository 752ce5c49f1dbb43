/**
 * The article as the reader's ProseMirror/Tiptap document: one paragraph node per LINE of the
 * stored text (an empty line becomes an empty paragraph, so every text offset has a position),
 * plain text nodes, no marks. Annotations are decorations kept outside this document.
 * Offsets and positions are converted only by lib/anchoring/offset-mapper.ts.
 */

export type PMTextJSON = { type: "text"; text: string };
export type PMParagraphJSON = { type: "paragraph"; content?: PMTextJSON[] };
export type PMDocJSON = { type: "doc"; content: PMParagraphJSON[] };

export function buildDocFromText(text: string): PMDocJSON {
  return {
    type: "doc",
    // ProseMirror forbids empty text nodes, so an empty line is a paragraph without content.
    content: text
      .split("\n")
      .map(
        (line): PMParagraphJSON =>
          line === "" ? { type: "paragraph" } : { type: "paragraph", content: [{ type: "text", text: line }] },
      ),
  };
}
