import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * Keeps the article text exactly as stored while the editor stays editable, so the caret,
 * Shift+arrow selection and screen-reader text navigation keep working. Every transaction that
 * would change the document is refused; typing, paste, drop, cut and formatting are stopped
 * before they reach the DOM, and whatever an IME writes into the DOM anyway is redrawn from
 * the unchanged document by ProseMirror once the refused change is read back.
 */
export const ReadOnlyText = Extension.create({
  name: "readOnlyText",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyText"),
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          attributes: {
            "aria-readonly": "true",
            spellcheck: "false",
            autocorrect: "off",
            autocapitalize: "off",
            translate: "no",
            inputmode: "none",
          },
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              // Composition text cannot be cancelled; the transaction filter undoes it instead.
              if (event.inputType !== "insertCompositionText") event.preventDefault();
              return true;
            },
            drop: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
