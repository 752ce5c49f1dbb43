"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TReaderHandle, TReaderSelection } from "./article-reader";
import { compareSpans, type SpanStore, type TStoreSnapshot } from "./span-store";
import type { TLabel, TSpan } from "./types";

type TPoint = { x: number; y: number };

/** What floats over the text: a picker among overlapping spans, or one span's popover. */
export type TPopover = { kind: "picker"; ids: string[]; point: TPoint } | { kind: "span"; id: string; point: TPoint };

/**
 * What the analyst does in the reader: the selection, the span that is active (walked to from
 * the list, or clicked), the popover open over the text, and the actions on them: label a
 * selection (by the toolbar or a hotkey), open, walk to and delete a span.
 */
export function useReaderInteraction({
  store,
  snapshot,
  visible,
  labels,
  text,
  onDeleted,
  flash,
}: {
  store: SpanStore;
  snapshot: TStoreSnapshot;
  /** The spans the list shows (a deleted one's neighbour there becomes active). */
  visible: readonly TSpan[];
  labels: readonly TLabel[];
  text: string;
  onDeleted: (span: TSpan) => void;
  flash: (spanId: string) => void;
}) {
  const readerRef = useRef<TReaderHandle>(null);
  const [selection, setSelection] = useState<TReaderSelection | null>(null);
  const [popover, setPopover] = useState<TPopover | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  // A span that disappears (deleted here or elsewhere) closes its popover.
  const popoverGone = popover?.kind === "span" && !snapshot.byId.has(popover.id);
  useEffect(() => {
    if (popoverGone) setPopover(null);
  }, [popoverGone]);

  const create = useCallback(
    (labelId: string, range: { start: number; end: number }) => {
      // The quote is exactly the selected characters: nothing trimmed or normalised.
      store.create({ labelId, start: range.start, end: range.end, quote: text.slice(range.start, range.end) });
      readerRef.current?.clearSelection();
      setSelection(null);
    },
    [store, text],
  );

  const remove = useCallback(
    (spanId: string) => {
      const span = snapshot.byId.get(spanId);
      if (!span) return;
      const index = visible.findIndex((s) => s.id === spanId);
      const neighbour = visible[index + 1] ?? visible[index - 1] ?? null;
      store.remove(spanId);
      onDeleted(span);
      setActiveId((current) => (current === spanId ? (neighbour?.id ?? null) : current));
      setPopover((p) => (p?.kind === "span" && p.id === spanId ? null : p));
    },
    [snapshot.byId, visible, store, onDeleted],
  );

  const activate = useCallback(
    (spanId: string) => {
      setActiveId(spanId);
      readerRef.current?.scrollToSpan(spanId);
      flash(spanId);
    },
    [flash],
  );

  const openFromPanel = useCallback((spanId: string) => {
    const point = readerRef.current?.spanPoint(spanId);
    if (point) setPopover({ kind: "span", id: spanId, point });
  }, []);

  const onSpansClick = useCallback(
    (ids: string[], point: { x: number; y: number }) => {
      const spans = ids.map((id) => snapshot.byId.get(id)).filter((s): s is TSpan => !!s);
      const first = spans[0];
      if (!first) return;
      if (spans.length === 1) {
        setActiveId(first.id);
        setPopover({ kind: "span", id: first.id, point });
      } else setPopover({ kind: "picker", ids: spans.sort(compareSpans).map((s) => s.id), point });
    },
    [snapshot.byId],
  );

  const onSelect = useCallback((next: TReaderSelection | null) => {
    setSelection(next);
    if (next) setPopover(null);
  }, []);

  const onHotkey = useCallback(
    (hotkey: number, range: { start: number; end: number }) => {
      const label = labels.find((l) => l.hotkey === hotkey);
      if (!label) return false;
      create(label.id, range);
      return true;
    },
    [labels, create],
  );

  return {
    readerRef,
    selection,
    popover,
    setPopover,
    activeId,
    setActiveId,
    create,
    remove,
    activate,
    openFromPanel,
    onSpansClick,
    onSelect,
    onHotkey,
  };
}
