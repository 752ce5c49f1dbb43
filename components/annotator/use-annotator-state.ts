"use client";

import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { TDeleteToast } from "./change-toasts";
import type { TPanelFilters } from "./span-panel";
import type { TSpanApi } from "./span-api";
import { SpanStore } from "./span-store";
import type { TSuggestionJson } from "@/components/suggestions/types";
import type { TFlashRange, TReaderSuggestion } from "./suggestion-decorations";
import type { TCurrentUser, TLabel, TSpan, TSpanAuthor } from "./types";

const UNDO_TOAST_MS = 8000;
const FLASH_MS = 1500;

/** `#offset=START-END` (a search result's link) as a range, or null. */
function rangeFromHash(hash: string): { start: number; end: number } | null {
  const match = /^#offset=(\d+)-(\d+)$/.exec(hash);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}

function isEditableTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")
  );
}

/**
 * The article's spans as the store holds them, active while mounted; Ctrl/Cmd+Z anywhere but a
 * form field undoes the last delete or label change, Ctrl/Cmd+Shift+Z and Ctrl+Y redo it.
 */
export function useSpanStore(api: TSpanApi, articleId: string, currentUser: TCurrentUser, initialSpans: () => TSpan[]) {
  const [store] = useState(() => new SpanStore(api, articleId, currentUser, initialSpans()));
  useEffect(() => {
    store.activate();
    return () => store.dispose();
  }, [store]);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditableTarget(event.target)) return;
      // By the key's place, so that an Arabic keyboard layout undoes and redoes too.
      const z = event.code === "KeyZ" || event.key.toLowerCase() === "z";
      const y = event.code === "KeyY" || event.key.toLowerCase() === "y";
      if (z && !event.shiftKey) {
        event.preventDefault();
        store.undo();
      } else if ((z && event.shiftKey) || (y && !event.shiftKey)) {
        event.preventDefault();
        store.redo();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { store, snapshot };
}

/** The span list's filters (label, author), what they let through, and the authors to filter by. */
export function useSpanFilters(spans: readonly TSpan[], currentUser: TCurrentUser) {
  const [filters, setFilters] = useState<TPanelFilters>({ labelId: "", authorId: "" });
  const filtering = filters.labelId !== "" || filters.authorId !== "";
  const matches = useCallback(
    (span: TSpan) =>
      (!filters.labelId || span.labelId === filters.labelId) &&
      (!filters.authorId || span.author?.id === filters.authorId),
    [filters],
  );
  const visible = useMemo(() => (filtering ? spans.filter(matches) : spans), [filtering, matches, spans]);
  const authors = useMemo(() => {
    const byId = new Map<string, TSpanAuthor>([[currentUser.id, currentUser]]);
    for (const span of spans) if (span.author && !byId.has(span.author.id)) byId.set(span.author.id, span.author);
    return [...byId.values()].sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email));
  }, [spans, currentUser]);
  return { filters, setFilters, filtering, matches, visible, authors };
}

/** "Deleted — undo" toasts, each gone after a few seconds. */
export function useDeleteToasts(store: SpanStore) {
  const [deletes, setDeletes] = useState<TDeleteToast[]>([]);
  useEffect(() => {
    if (deletes.length === 0) return;
    const oldest = Math.min(...deletes.map((d) => d.at));
    const timer = setTimeout(
      () => setDeletes((list) => list.filter((d) => Date.now() - d.at < UNDO_TOAST_MS)),
      Math.max(0, oldest + UNDO_TOAST_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [deletes]);
  const close = useCallback((spanId: string) => setDeletes((toasts) => toasts.filter((t) => t.spanId !== spanId)), []);
  return {
    deletes,
    close,
    add: useCallback(
      (span: TSpan) =>
        setDeletes((toasts) => [
          ...toasts.filter((t) => t.spanId !== span.id),
          { spanId: span.id, quote: span.quote, at: Date.now() },
        ]),
      [],
    ),
    undo: useCallback(
      (spanId: string) => {
        store.undoDelete(spanId);
        close(spanId);
      },
      [store, close],
    ),
  };
}

/** The span flashing now; `flash` restarts the animation even for the span that flashed last. */
export function useFlash() {
  const [flashId, setFlashId] = useState<string | null>(null);
  useEffect(() => {
    if (!flashId) return;
    const timer = setTimeout(() => setFlashId(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashId]);
  const flash = useCallback((spanId: string) => {
    setFlashId(null);
    // A fresh class restarts the flash animation.
    requestAnimationFrame(() => setFlashId(spanId));
  }, []);
  return { flashId, flash };
}

/** A link to a place in the article (#offset=START-END) scrolls there and flashes it. */
export function useHashRange(): TFlashRange | null {
  const [flashRange, setFlashRange] = useState<TFlashRange | null>(null);
  useEffect(() => {
    function onHash() {
      const range = rangeFromHash(window.location.hash);
      if (range) setFlashRange({ ...range, key: Date.now() });
    }
    onHash();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  return flashRange;
}

const SUGGESTION_FALLBACK_COLOR = "#64748b";

const SHOWN_KEY = "wb.suggestions.shown";

/**
 * The open suggestions the panel has loaded, as dashed marks in the reader coloured by their label;
 * whether they are drawn at all (remembered in this browser); the one picked in the text; and the
 * open suggestion at a text offset (for the reader's A and R keys).
 */
export function useReaderSuggestions(labels: readonly TLabel[]) {
  const [open, setOpen] = useState<readonly TSuggestionJson[]>([]);
  const [shown, setShownState] = useState(true);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  useEffect(() => {
    if (window.localStorage.getItem(SHOWN_KEY) === "false") setShownState(false);
  }, []);
  const setShown = useCallback((value: boolean) => {
    setShownState(value);
    window.localStorage.setItem(SHOWN_KEY, String(value));
    if (!value) setSelectedId(null);
  }, []);
  const colorsByKey = useMemo(() => new Map(labels.map((l) => [l.key, l.color])), [labels]);
  const marks = useMemo<TReaderSuggestion[]>(
    () =>
      shown
        ? open.map((s) => ({
            id: s.id,
            start: s.start,
            end: s.end,
            title: s.summary,
            color: colorsByKey.get(s.label) ?? SUGGESTION_FALLBACK_COLOR,
            selected: s.id === selectedId,
          }))
        : [],
    [open, colorsByKey, shown, selectedId],
  );
  /** The suggestion to decide: the one picked in the text, else the shortest one drawn over `offset`. */
  const target = useCallback(
    (offset: number | null): string | null => {
      if (selectedId && open.some((s) => s.id === selectedId)) return selectedId;
      if (offset === null || !shown) return null;
      const under = open.filter((s) => s.start <= offset && offset < s.end);
      under.sort((a, b) => a.end - a.start - (b.end - b.start));
      return under[0]?.id ?? null;
    },
    [open, selectedId, shown],
  );
  return { marks, onLoaded: setOpen, shown, setShown, selectedId, select: setSelectedId, target };
}
