"use client";

import {
  forwardRef,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { TOffsetMapper } from "./offset-mapper";
import type { TParagraphSegment } from "./paragraph-attributes";
import { pagePoint } from "./reader-dom";
import { RedrawHold } from "./redraw-hold";
import { useReleaseOfPress } from "./use-release-of-press";
import { paintSegments, type TPaintedSegment, type TSpanPaint } from "./span-paint";
import { SpanStyleRegistry } from "./span-styles";
import { segmentAt, staticLayerHtml, staticOffsetAt, staticSpans } from "./static-layer";
import type { TFlashRange, TReaderSuggestion } from "./suggestion-decorations";

/**
 * The editor's code (Tiptap and ProseMirror, most of the page's script) is loaded once the page
 * is shown, so it is not fetched and compiled while the server-drawn text waits to be painted.
 */
const ReaderEditor = lazy(() => import("./reader-editor").then((module) => ({ default: module.ReaderEditor })));

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

const PAINTED_MARK = "annotator:spans-painted";
/** Runs as the server's HTML is parsed: the first frame after the highlights are in the page. */
const STAMP_PAINTED = { __html: `requestAnimationFrame(() => performance.mark("${PAINTED_MARK}"));` };
const NO_SUGGESTIONS: readonly TReaderSuggestion[] = [];

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
 * The article reader: the server-drawn text (StaticLayer) until the editor (reader-editor.tsx,
 * loaded after the page is shown) is built, then the editor in its place. Segments and their
 * classes are computed here, for both; a selection or click made before the editor exists is
 * answered from the static layer and handed over.
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

  // The editor is loaded once the page is in the browser (never while hydrating).
  const inBrowser = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [built, setBuilt] = useState(false);
  const onBuilt = useCallback((value: boolean) => setBuilt(value), []);
  const editorHandle = useRef<TReaderHandle | null>(null);

  // Before the editor is built, a selection in the static layer is read from the DOM, in text
  // offsets (each line carries its own), and handed to the editor once it is there.
  const layerRef = useRef<HTMLDivElement>(null);
  const staticSelection = useRef<{ anchor: number; head: number } | null>(null);
  // The editor once it is on screen: it waits while a button pressed on the static layer is down.
  const [staticHeld, setStaticHeld] = useState(false);
  const shown = built && !staticHeld;

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

  // A selection made on the static layer is reported once the button is released (the editor
  // reports its own); the editor may then take the layer's place.
  useReleaseOfPress(hold, !shown, () => {
    reportStaticSettled();
    setStaticHeld(false);
    hold.release();
  });

  // The first frame with the spans drawn, for benchmarks and tests (performance.getEntriesByName):
  // stamped by the script after the server-drawn text, else (a page drawn in the browser) here.
  useEffect(() => {
    if (performance.getEntriesByName(PAINTED_MARK).length > 0) return;
    const frame = requestAnimationFrame(() => performance.mark(PAINTED_MARK));
    return () => cancelAnimationFrame(frame);
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      scrollToSpan: (spanId) => editorHandle.current?.scrollToSpan(spanId) ?? false,
      clearSelection: () => editorHandle.current?.clearSelection(),
      focus: () => editorHandle.current?.focus(),
      spanPoint: (spanId) => editorHandle.current?.spanPoint(spanId) ?? null,
    }),
    [],
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
      {shown ? null : (
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
      {inBrowser ? (
        <Suspense fallback={null}>
          <ReaderEditor
            text={text}
            paragraphs={paragraphs}
            mapper={mapper}
            ariaLabel={props.ariaLabel}
            segments={segments}
            suggestions={suggestions}
            flashRange={flashRange}
            propsRef={propsRef}
            hold={hold}
            shown={shown}
            onBuilt={onBuilt}
            staticSelection={staticSelection}
            handleRef={editorHandle}
          />
        </Suspense>
      ) : null}
    </div>
  );
});
