"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import type { Node as PMNode } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import type { DecorationSet, EditorView } from "@tiptap/pm/view";
import { type RefObject, useEffect, useEffectEvent, useImperativeHandle, useRef, useState } from "react";
import { buildDocFromText } from "@/lib/anchoring/doc-from-text";
import type { TReaderHandle, TReaderProps } from "./article-reader";
import { hotkeyFromKey } from "./label-style";
import type { TOffsetMapper } from "./offset-mapper";
import { ParagraphAttributes, type TParagraphSegment } from "./paragraph-attributes";
import { ReadOnlyText } from "./read-only-text";
import { escapeAttr, pagePoint, spanIdsAt, suggestionIdAt } from "./reader-dom";
import type { RedrawHold } from "./redraw-hold";
import { useReleaseOfPress } from "./use-release-of-press";
import { buildSpanDecorations, SpanDecorations, spanDecorationsKey } from "./span-decorations";
import type { TPaintedSegment } from "./span-paint";
import {
  buildOverlayDecorations,
  OverlayDecorations,
  overlayDecorationsKey,
  type TFlashRange,
  type TReaderSuggestion,
} from "./suggestion-decorations";

const FLASH_MS = 1500;

type TReaderEditorProps = {
  text: string;
  paragraphs: readonly TParagraphSegment[];
  mapper: TOffsetMapper;
  ariaLabel: string;
  /** The segments to draw (article-reader.tsx cuts and styles them while rendering). */
  segments: readonly TPaintedSegment[];
  suggestions: readonly TReaderSuggestion[];
  flashRange: TFlashRange | null;
  /** The reader's latest props (its handlers), updated after each commit. */
  propsRef: RefObject<TReaderProps>;
  hold: RedrawHold<"spans" | "overlay">;
  /** Whether the editor is on screen (the reader shows the server-drawn text until then). */
  shown: boolean;
  /** Told once the editor exists (and again if it goes). */
  onBuilt: (built: boolean) => void;
  /** A selection made in the server-drawn text, in text offsets, for the editor to take over. */
  staticSelection: RefObject<{ anchor: number; head: number } | null>;
  handleRef: RefObject<TReaderHandle | null>;
};

/**
 * The article in a Tiptap editor that reads like a page: right to left, selectable with mouse
 * and keyboard, never changed. Spans are decorations computed from the segments (data held
 * outside the document); positions and text offsets are converted only through the anchoring
 * mapper. Loaded after the page is shown (article-reader.tsx), so the editor's code is not
 * compiled before the server-drawn text is painted.
 */
export function ReaderEditor(props: TReaderEditorProps) {
  const { text, paragraphs, mapper, segments, suggestions, flashRange, propsRef, hold, staticSelection } = props;
  const segmentsRef = useRef(segments);
  segmentsRef.current = segments;
  const paintedRef = useRef<readonly TPaintedSegment[] | null>(null);
  // The decorations the editor starts with, built once for both places that ask for them.
  const firstSet = useRef<{ doc: PMNode; set: DecorationSet } | null>(null);
  function firstDecorations(doc: PMNode): DecorationSet {
    if (firstSet.current?.doc !== doc) {
      paintedRef.current = segmentsRef.current;
      const set = buildSpanDecorations(doc, segmentsRef.current, (offset) => mapper.textOffsetToPos(offset));
      firstSet.current = { doc, set };
    }
    return firstSet.current.set;
  }

  const editor = useEditor(
    {
      immediatelyRender: false,
      shouldRerenderOnTransaction: false,
      enableInputRules: false,
      enablePasteRules: false,
      coreExtensionOptions: { clipboardTextSerializer: { blockSeparator: "\n" } },
      extensions: [
        Document,
        Paragraph,
        Text,
        ReadOnlyText,
        ParagraphAttributes.configure({ mapper, paragraphs }),
        OverlayDecorations,
        SpanDecorations.configure({ initial: firstDecorations }),
      ],
      content: buildDocFromText(text),
      editorProps: {
        // Tiptap draws the view first from a state without plugins, then adds them: handing the
        // first set in here as well draws the spans in that first pass, and the plugin's
        // identical set then changes nothing (instead of patching every paragraph again).
        decorations: (state) => (spanDecorationsKey.getState(state) ? null : firstDecorations(state.doc)),
        attributes: {
          class: "wb-reader",
          dir: "rtl",
          lang: "ar",
          "aria-label": props.ariaLabel,
          "aria-multiline": "true",
          role: "textbox",
        },
        handleKeyDown: (view, event) => {
          if (event.ctrlKey || event.metaKey || event.altKey) return false;
          if (event.key === "Escape" && !view.state.selection.empty) {
            collapse(view);
            return true;
          }
          const hotkey = hotkeyFromKey(event.key);
          const selected = hotkey === null ? null : selectedPositions(view);
          if (hotkey !== null && selected) {
            const { start, end } = mapper.posRangeToTextRange(selected.from, selected.to);
            return end > start && propsRef.current.onHotkey(hotkey, { start, end });
          }
          const decision = event.code === "KeyA" ? "accept" : event.code === "KeyR" ? "reject" : null;
          if (decision && propsRef.current.onSuggestionKey && !selectedPositions(view)) {
            const { selection } = view.state;
            const caret = view.hasFocus() ? mapper.posRangeToTextRange(selection.head, selection.head).start : null;
            return propsRef.current.onSuggestionKey(decision, caret);
          }
          if ((event.key.toLowerCase() === "c" || event.code === "KeyC") && propsRef.current.onClaimKey) {
            const range = selectedPositions(view);
            if (!range) return propsRef.current.onClaimKey(null);
            const { start, end } = mapper.posRangeToTextRange(range.from, range.to);
            return end > start && propsRef.current.onClaimKey({ start, end });
          }
          return false;
        },
        handleClick: (view, _pos, event) => {
          if (event.shiftKey || event.button !== 0 || !view.state.selection.empty) return false;
          const ids = spanIdsAt(event.target, view.dom);
          if (ids.length > 0) propsRef.current.onSpansClick(ids, pagePoint(event.clientX, event.clientY));
          else {
            propsRef.current.onSuggestionClick?.(suggestionIdAt(event.target, view.dom));
          }
          return false;
        },
        handleDOMEvents: {
          mousedown: (view, event) => {
            if (event.button !== 0) return false;
            hold.press();
            // Pressing inside a selection would start dragging it; start a new selection instead.
            if (!event.shiftKey && event.detail === 1 && !view.state.selection.empty) {
              view.dom.ownerDocument.getSelection()?.removeAllRanges();
            }
            propsRef.current.onSelect(null);
            return false;
          },
          dragstart: (_view, event) => {
            event.preventDefault();
            return true;
          },
        },
      },
      onSelectionUpdate: ({ editor: e }) => {
        if (!hold.isPressed) report(e);
      },
      onBlur: () => {
        if (!hold.isPressed) propsRef.current.onSelect(null);
      },
      onFocus: ({ editor: e }) => {
        if (!hold.isPressed) report(e);
      },
    },
    [text],
  );

  function report(e: Editor) {
    const { selection } = e.state;
    if (selection.empty) {
      propsRef.current.onSelect(null);
      return;
    }
    const { start, end } = mapper.posRangeToTextRange(selection.from, selection.to);
    if (!(end > start)) {
      propsRef.current.onSelect(null);
      return;
    }
    const forward = selection.head >= selection.anchor;
    const coords = e.view.coordsAtPos(selection.head, forward ? -1 : 1);
    propsRef.current.onSelect({
      start,
      end,
      forward,
      anchor: {
        x: coords.left + window.scrollX,
        top: coords.top + window.scrollY,
        bottom: coords.bottom + window.scrollY,
      },
    });
  }

  // Reports with the latest props and mapper without making the mouseup listener depend on them.
  const reportSettled = useEffectEvent((e: Editor) => report(e));

  const { onBuilt } = props;
  useEffect(() => onBuilt(editor !== null), [editor, onBuilt]);
  const shown = props.shown ? editor : null;

  // The editor takes over a selection made in the static layer (the layer's DOM is gone).
  useEffect(() => {
    const held = staticSelection.current;
    if (!shown || shown.isDestroyed || !held) return;
    staticSelection.current = null;
    const { doc } = shown.state;
    const selection = TextSelection.create(doc, mapper.textOffsetToPos(held.anchor), mapper.textOffsetToPos(held.head));
    shown.view.dispatch(shown.state.tr.setSelection(selection));
    shown.view.focus();
  }, [shown, mapper, staticSelection]);

  // A mouse selection is reported once the button is released, not at every move of the drag;
  // the redraws held during the press are made then, keeping the selection. (A press on the
  // server-drawn text is article-reader.tsx's.)
  useReleaseOfPress(hold, shown !== null, () => {
    hold.release();
    if (shown && !shown.isDestroyed && shown.isFocused) reportSettled(shown);
  });

  // Redraw the decorations whenever the spans, labels or highlight states change.
  // Made on release while a button is down in the text (a drag would lose its selection).
  useEffect(() => {
    if (!editor || editor.isDestroyed || paintedRef.current === segments) return;
    hold.run("spans", () => {
      if (editor.isDestroyed || paintedRef.current === segments) return;
      paintedRef.current = segments;
      const set = buildSpanDecorations(editor.state.doc, segments, (offset) => mapper.textOffsetToPos(offset));
      keepSelection(editor.view, () =>
        editor.view.dispatch(editor.state.tr.setMeta(spanDecorationsKey, set).setMeta("addToHistory", false)),
      );
    });
  }, [editor, segments, mapper, hold]);

  // The flashed range stays decorated for the length of the animation.
  const [flashing, setFlashing] = useState<TFlashRange | null>(null);
  useEffect(() => {
    if (!flashRange || !editor) return;
    setFlashing(flashRange);
    const timer = setTimeout(() => setFlashing(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashRange, editor]);

  // Suggestions and the flash are redrawn in their own plugin, apart from the spans (a suggestion
  // run that ends during a drag is drawn on release).
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    hold.run("overlay", () => {
      if (editor.isDestroyed) return;
      const set = buildOverlayDecorations(editor.state.doc, suggestions, flashing, text.length, (offset) =>
        mapper.textOffsetToPos(offset),
      );
      keepSelection(editor.view, () =>
        editor.view.dispatch(editor.state.tr.setMeta(overlayDecorationsKey, set).setMeta("addToHistory", false)),
      );
    });
  }, [editor, suggestions, flashing, mapper, text.length, hold]);

  // Scroll to a flashed range once it is drawn (the effect above has just drawn it).
  useEffect(() => {
    if (!editor || editor.isDestroyed || !flashing) return;
    const element = editor.view.dom.querySelector(".wb-flash");
    if (!element) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }, [editor, flashing]);

  useImperativeHandle(
    props.handleRef,
    () => ({
      scrollToSpan(spanId) {
        const element = editor?.view.dom.querySelector(`[data-span-id~="${escapeAttr(spanId)}"]`);
        if (!element) return false;
        const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        element.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
        return true;
      },
      clearSelection() {
        if (editor && !editor.isDestroyed && !editor.state.selection.empty) collapse(editor.view);
      },
      focus() {
        editor?.view.focus();
      },
      spanPoint(spanId) {
        const element = editor?.view.dom.querySelector(`[data-span-id~="${escapeAttr(spanId)}"]`);
        const box = element?.getClientRects()[0];
        return box ? pagePoint(box.left + box.width / 2, box.bottom) : null;
      },
    }),
    [editor],
  );

  return shown ? <EditorContent editor={shown} /> : null;
}

/**
 * The selection as the browser shows it. A fast typist's last Shift+arrow can reach the hotkey
 * before the editor has read the selection change, so the DOM selection wins when it is inside the
 * reader; the editor's own selection otherwise.
 */
function selectedPositions(view: EditorView): { from: number; to: number } | null {
  const dom = domSelection(view);
  if (dom && dom.anchor !== dom.head)
    return { from: Math.min(dom.anchor, dom.head), to: Math.max(dom.anchor, dom.head) };
  const { selection } = view.state;
  return selection.empty ? null : { from: selection.from, to: selection.to };
}

/** The browser's selection in editor positions, when both its ends are in the text. */
function domSelection(view: EditorView): { anchor: number; head: number } | null {
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode))
    return null;
  return {
    anchor: view.posAtDOM(dom.anchorNode, dom.anchorOffset),
    head: view.posAtDOM(dom.focusNode, dom.focusOffset),
  };
}

/**
 * Runs a redraw without losing the selection the browser shows: the editor takes it over first
 * (it may not have read the last move of a drag or the last Shift+arrow yet), so the redraw,
 * which writes the editor's selection back into the rebuilt text, puts the same one back.
 */
function keepSelection(view: EditorView, redraw: () => void) {
  const dom = domSelection(view);
  const { selection, doc } = view.state;
  if (dom && (dom.anchor !== selection.anchor || dom.head !== selection.head))
    view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, dom.anchor, dom.head)));
  redraw();
}

function collapse(view: EditorView) {
  const { selection, doc } = view.state;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, selection.head)));
}
