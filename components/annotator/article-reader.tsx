"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import type { Node as PMNode } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import type { DecorationSet, EditorView } from "@tiptap/pm/view";
import {
  forwardRef,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { buildDocFromText } from "@/lib/anchoring/doc-from-text";
import type { TOffsetMapper } from "./offset-mapper";
import { ParagraphAttributes, type TParagraphSegment } from "./paragraph-attributes";
import { ReadOnlyText } from "./read-only-text";
import { RedrawHold } from "./redraw-hold";
import {
  buildSpanDecorations,
  paintSegments,
  SpanDecorations,
  spanDecorationsKey,
  type TPaintedSegment,
  type TSpanPaint,
} from "./span-decorations";
import { SpanStyleRegistry } from "./span-styles";
import { segmentAt, staticLayerHtml, staticOffsetAt, staticSpans } from "./static-layer";
import {
  buildOverlayDecorations,
  OverlayDecorations,
  overlayDecorationsKey,
  type TFlashRange,
  type TReaderSuggestion,
} from "./suggestion-decorations";
import { hotkeyFromKey } from "./label-style";

/** A non-empty selection in text offsets, with where on screen to put the label toolbar. */
export type TReaderSelection = {
  start: number;
  end: number;
  /** Page coordinates (scroll included) of the selection's moving end. */
  anchor: { x: number; top: number; bottom: number };
  /** Whether the selection was made towards the end of the text (toolbar below) or back (above). */
  forward: boolean;
};

export type TReaderHandle = {
  /** Scrolls a span into the middle of the view; false when it is not drawn. */
  scrollToSpan(spanId: string): boolean;
  clearSelection(): void;
  focus(): void;
  /** Page coordinates of a span's first box, to open its popover from the side panel. */
  spanPoint(spanId: string): { x: number; y: number } | null;
};

export type TReaderProps = {
  text: string;
  paragraphs: readonly TParagraphSegment[];
  mapper: TOffsetMapper;
  paint: TSpanPaint;
  ariaLabel: string;
  onSelect: (selection: TReaderSelection | null) => void;
  /** Spans under a click (in text order, outer spans first) and the page point clicked. */
  onSpansClick: (spanIds: string[], point: { x: number; y: number }) => void;
  /** A digit 1–9 pressed while text is selected; return true when it labelled the selection. */
  onHotkey: (hotkey: number, range: { start: number; end: number }) => boolean;
  /** `c`: a new claim from the selected range, or (null) from the active span. True when handled. */
  onClaimKey?: (range: { start: number; end: number } | null) => boolean;
  /** Open suggestions, drawn dashed over the text (apart from the spans). */
  suggestions?: readonly TReaderSuggestion[];
  /** A click on a suggestion's dashed line where no span is under the pointer (null: on plain text). */
  onSuggestionClick?: (suggestionId: string | null) => void;
  /** `a` / `r` with no text selected: decide the suggestion picked or under the caret. True when handled. */
  onSuggestionKey?: (decision: "accept" | "reject", caret: number | null) => boolean;
  /** A range to scroll to and flash once; a new `key` flashes it again. */
  flashRange?: TFlashRange | null;
  /** The page's script nonce: the server-drawn text stamps the frame that paints it (benchmarks, tests). */
  nonce?: string;
};

const FLASH_MS = 1500;
const PAINTED_MARK = "annotator:spans-painted";
/** Runs as the server's HTML is parsed: the first frame after the highlights are in the page. */
const STAMP_PAINTED = { __html: `requestAnimationFrame(() => performance.mark("${PAINTED_MARK}"));` };
const NO_SUGGESTIONS: readonly TReaderSuggestion[] = [];

function pagePoint(x: number, y: number) {
  return { x: x + window.scrollX, y: y + window.scrollY };
}

/** The spans under a click: the segment element lists them all. */
function spanIdsAt(target: EventTarget | null, root: HTMLElement): string[] {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  const segment = element?.closest("[data-span-id]");
  if (!segment || !root.contains(segment)) return [];
  return (segment.getAttribute("data-span-id") ?? "").split(" ").filter(Boolean);
}

/** The suggestion under a click, if any. */
function suggestionIdAt(target: EventTarget | null, root: HTMLElement): string | null {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  const mark = element?.closest("[data-suggestion-id]");
  if (!mark || !root.contains(mark)) return null;
  return mark.getAttribute("data-suggestion-id");
}

function escapeAttr(value: string): string {
  return typeof CSS !== "undefined" && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, "\\$&");
}

const subscribeNothing = () => () => undefined;

/**
 * The article with its highlights as plain HTML (static-layer.ts) until the editor is built, with
 * the stylesheet of its classes: the server draws it, so the spans are painted as the page is
 * parsed. Hydration keeps the server's HTML (React does not rewrite an element's inner HTML while
 * hydrating; the client passes none, so it does not build the strings again); a page rendered in
 * the browser draws it itself.
 */
function StaticLayer({
  text,
  paragraphs,
  segments,
  stylesheet,
  layerRef,
}: {
  text: string;
  paragraphs: readonly TParagraphSegment[];
  segments: readonly TPaintedSegment[];
  stylesheet: string;
  layerRef: React.RefObject<HTMLDivElement | null>;
}) {
  const fromServer = useSyncExternalStore(
    subscribeNothing,
    () => false,
    () => true,
  );
  const [drawn] = useState(() => {
    const kept = fromServer && typeof window !== "undefined";
    return {
      css: { __html: kept ? "" : stylesheet },
      html: { __html: kept ? "" : staticLayerHtml(text, paragraphs, segments) },
    };
  });
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: generated class rules (span-styles.ts) */}
      <style data-static-styles="" suppressHydrationWarning dangerouslySetInnerHTML={drawn.css} />
      <div
        ref={layerRef}
        className="wb-reader"
        data-static-layer=""
        suppressHydrationWarning
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the article text, escaped, and class names (static-layer.ts)
        dangerouslySetInnerHTML={drawn.html}
      />
    </>
  );
}

/**
 * The article in a Tiptap editor that reads like a page: right to left, selectable with mouse
 * and keyboard, never changed. Spans are decorations computed from `paint` (data held outside
 * the document); positions and text offsets are converted only through the anchoring mapper.
 */
export const ArticleReader = forwardRef<TReaderHandle, TReaderProps>(function ArticleReader(props, ref) {
  const { text, paragraphs, mapper, paint, suggestions = NO_SUGGESTIONS, flashRange = null } = props;
  // Editor handlers are created once; they read the latest props through this ref, which is
  // updated after each commit (never during render).
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });
  // A mouse button held in the text: redraws wait for its release (redraw-hold.ts).
  const [hold] = useState(() => new RedrawHold<"spans" | "overlay">());
  const [registry] = useState(() => new SpanStyleRegistry());
  // Segments and their classes are computed while rendering, so the <style> below already
  // holds every class when the decorations that use them are drawn. The server cuts only the
  // spans its static layer draws (which carries its own stylesheet); the browser cuts them all.
  const { segments, stylesheet } = useMemo(() => {
    const spans = typeof window === "undefined" ? staticSpans(paint.spans) : paint.spans;
    const painted = paintSegments(spans === paint.spans ? paint : { ...paint, spans }, registry);
    return { segments: painted, stylesheet: registry.css };
  }, [paint, registry]);
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

  // Before the editor is built, a selection in the static layer is read from the DOM, in text
  // offsets (each line carries its own), and handed to the editor once it is there.
  const layerRef = useRef<HTMLDivElement>(null);
  const staticSelection = useRef<{ anchor: number; head: number } | null>(null);
  // The editor once it is on screen: it waits while a button pressed on the static layer is down.
  const [staticHeld, setStaticHeld] = useState(false);
  const shown = staticHeld ? null : editor;
  function reportStatic() {
    const root = layerRef.current;
    const dom = root?.ownerDocument.getSelection();
    staticSelection.current = null;
    if (!root || !dom || dom.isCollapsed || !dom.anchorNode || !dom.focusNode) {
      propsRef.current.onSelect(null);
      return;
    }
    if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
    const anchor = staticOffsetAt(root, dom.anchorNode, dom.anchorOffset, text.length);
    const head = staticOffsetAt(root, dom.focusNode, dom.focusOffset, text.length);
    if (anchor === null || head === null || anchor === head) {
      propsRef.current.onSelect(null);
      return;
    }
    staticSelection.current = { anchor, head };
    const forward = head > anchor;
    const range = document.createRange();
    range.setStart(dom.focusNode, dom.focusOffset);
    let box = range.getBoundingClientRect();
    if (box.height === 0) {
      range.setStart(dom.getRangeAt(0).startContainer, dom.getRangeAt(0).startOffset);
      range.setEnd(dom.getRangeAt(0).endContainer, dom.getRangeAt(0).endOffset);
      const boxes = range.getClientRects();
      box = (forward ? boxes[boxes.length - 1] : boxes[0]) ?? box;
    }
    propsRef.current.onSelect({
      start: Math.min(anchor, head),
      end: Math.max(anchor, head),
      forward,
      anchor: {
        x: (forward ? box.left : box.right) + window.scrollX,
        top: box.top + window.scrollY,
        bottom: box.bottom + window.scrollY,
      },
    });
  }
  const reportStaticSettled = useEffectEvent(reportStatic);
  const onStaticMouseDown = useEffectEvent((event: MouseEvent) => {
    if (event.button !== 0) return;
    hold.press();
    // The editor does not take the layer's place under a pressed button (the drag would be lost).
    setStaticHeld(true);
    staticSelection.current = null;
    propsRef.current.onSelect(null);
  });
  const onStaticClick = useEffectEvent((event: MouseEvent) => {
    const root = layerRef.current;
    if (event.shiftKey || event.button !== 0 || !root || !root.ownerDocument.getSelection()?.isCollapsed) return;
    const element = event.target instanceof Element ? event.target.closest(".wb-seg") : null;
    const offset = element && root.contains(element) ? staticOffsetAt(root, element, 0, text.length) : null;
    const segment = offset === null ? null : segmentAt(segmentsRef.current, offset);
    if (segment) propsRef.current.onSpansClick(segment.spanIds, pagePoint(event.clientX, event.clientY));
  });
  useEffect(() => {
    const root = layerRef.current;
    if (shown || !root) return;
    root.addEventListener("mousedown", onStaticMouseDown);
    root.addEventListener("click", onStaticClick);
    return () => {
      root.removeEventListener("mousedown", onStaticMouseDown);
      root.removeEventListener("click", onStaticClick);
    };
  }, [shown]);

  // The editor takes over a selection made in the static layer (the layer's DOM is gone).
  useEffect(() => {
    const held = staticSelection.current;
    if (!shown || shown.isDestroyed || !held) return;
    staticSelection.current = null;
    const { doc } = shown.state;
    const selection = TextSelection.create(doc, mapper.textOffsetToPos(held.anchor), mapper.textOffsetToPos(held.head));
    shown.view.dispatch(shown.state.tr.setSelection(selection));
    shown.view.focus();
  }, [shown, mapper]);

  // A mouse selection is reported once the button is released, not at every move of the drag;
  // the redraws held during the press are made then, keeping the selection.
  useEffect(() => {
    function onRelease() {
      if (!hold.isPressed) return;
      // Let the browser and ProseMirror settle the final selection first; until then redraws wait.
      requestAnimationFrame(() => {
        if (!shown) {
          reportStaticSettled();
          setStaticHeld(false);
          hold.release();
          return;
        }
        hold.release();
        if (!shown.isDestroyed && shown.isFocused) reportSettled(shown);
      });
    }
    window.addEventListener("mouseup", onRelease);
    // A button released outside the window may never be reported: leaving the window ends the press.
    window.addEventListener("blur", onRelease);
    return () => {
      window.removeEventListener("mouseup", onRelease);
      window.removeEventListener("blur", onRelease);
    };
  }, [shown, hold]);

  // The first frame with the spans drawn, for benchmarks and tests (performance.getEntriesByName):
  // stamped by the script after the server-drawn text, else (a page drawn in the browser) here.
  useEffect(() => {
    if (performance.getEntriesByName(PAINTED_MARK).length > 0) return;
    const frame = requestAnimationFrame(() => performance.mark(PAINTED_MARK));
    return () => cancelAnimationFrame(frame);
  }, []);

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
    ref,
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

  return (
    <div
      dir="rtl"
      lang="ar"
      className="article-text mx-auto text-slate-900"
      data-testid="article-text"
      data-ready={shown ? "true" : "false"}
    >
      <style data-annotator-styles="">{shown ? stylesheet : ""}</style>
      {shown ? (
        <EditorContent editor={shown} />
      ) : (
        <>
          <StaticLayer
            text={text}
            paragraphs={paragraphs}
            segments={segments}
            stylesheet={stylesheet}
            layerRef={layerRef}
          />
          {props.nonce ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed line of code, run under the page's nonce
            <script nonce={props.nonce} suppressHydrationWarning dangerouslySetInnerHTML={STAMP_PAINTED} />
          ) : null}
        </>
      )}
    </div>
  );
});

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
