"use client";

import "./annotator.css";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import { format } from "@/lib/i18n/messages";
import { ArticleReader, type TReaderHandle, type TReaderSelection } from "./article-reader";
import { ChangeToasts, type TDeleteToast } from "./change-toasts";
import { LabelChip } from "./label-chip";
import { labelName } from "./label-style";
import { createMapper } from "./offset-mapper";
import type { TParagraphSegment } from "./paragraph-attributes";
import { SelectionToolbar } from "./selection-toolbar";
import { spanApi } from "./span-api";
import { assignLanes } from "./span-lanes";
import { SpanPanel, type TPanelFilters } from "./span-panel";
import { ArticleClaims, type TArticleClaimsHandle } from "@/components/claims/article-claims";
import { SuggestionsPanel } from "@/components/suggestions/suggestions-panel";
import type { TClaim } from "@/components/claims/types";
import type { TSuggestionJson } from "@/components/suggestions/types";
import type { TFlashRange, TReaderSuggestion } from "./suggestion-decorations";
import { SpanPicker, SpanPopover } from "./span-popover";
import { SpanStore, compareSpans } from "./span-store";
import { type TPackedSpans, unpackSpans } from "./to-client";
import type { TCurrentUser, TLabel, TSpan, TSpanAuthor } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";
import { useLiveSpans } from "./use-live-spans";

type TPopover =
  | { kind: "picker"; ids: string[]; point: { x: number; y: number } }
  | { kind: "span"; id: string; point: { x: number; y: number } };

const UNDO_TOAST_MS = 8000;
const FLASH_MS = 1500;

export type TAnnotatorProps = {
  article: { id: string; projectId: string; text: string; paragraphs: readonly TParagraphSegment[] };
  labels: readonly TLabel[];
  spans: TPackedSpans;
  currentUser: TCurrentUser;
  canManageLabels: boolean;
  /** The article's claims, shown under the span list; made from the reader's selection. */
  claims?: { initialClaims: TClaim[]; canReview: boolean };
};

const SUGGESTION_FALLBACK_COLOR = "#64748b";

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
 * The article reader with span annotation: select text and label it, open spans to change,
 * annotate or delete them, a side list to walk them with the keyboard, every change saved
 * visibly, and other analysts' changes arriving live.
 */
export function Annotator({
  article,
  labels,
  spans: initialSpans,
  currentUser,
  canManageLabels,
  claims,
}: TAnnotatorProps) {
  const { m, locale } = useAnnotatorI18n();
  const api = useMemo(() => spanApi(article.id), [article.id]);
  const [store] = useState(() => new SpanStore(api, article.id, currentUser, unpackSpans(initialSpans, article)));
  useEffect(() => {
    store.activate();
    return () => store.dispose();
  }, [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const claimsRef = useRef<TArticleClaimsHandle>(null);
  const reloadClaims = useCallback(() => claimsRef.current?.reload(), []);
  const live = useLiveSpans({ articleId: article.id, store, api, onClaimsChanged: reloadClaims });

  const mapper = useMemo(() => createMapper(article.text), [article.text]);
  const labelsById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels]);
  const lanes = useMemo(() => assignLanes(snapshot.spans), [snapshot.spans]);
  const readerRef = useRef<TReaderHandle>(null);

  const [selection, setSelection] = useState<TReaderSelection | null>(null);
  const [popover, setPopover] = useState<TPopover | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [flashId, setFlashId] = useState<string | null>(null);
  const [filters, setFilters] = useState<TPanelFilters>({ labelId: "", authorId: "" });
  const [deletes, setDeletes] = useState<TDeleteToast[]>([]);
  const [openSuggestions, setOpenSuggestions] = useState<readonly TSuggestionJson[]>([]);
  const [flashRange, setFlashRange] = useState<TFlashRange | null>(null);

  const labelColorsByKey = useMemo(() => new Map(labels.map((l) => [l.key, l.color])), [labels]);
  const readerSuggestions = useMemo<TReaderSuggestion[]>(
    () =>
      openSuggestions.map((s) => ({
        id: s.id,
        start: s.start,
        end: s.end,
        title: s.summary,
        color: labelColorsByKey.get(s.label) ?? SUGGESTION_FALLBACK_COLOR,
      })),
    [openSuggestions, labelColorsByKey],
  );

  // A link to a place in the article (#offset=START-END) scrolls there and flashes it.
  useEffect(() => {
    function onHash() {
      const range = rangeFromHash(window.location.hash);
      if (range) setFlashRange({ ...range, key: Date.now() });
    }
    onHash();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  // A click on a dashed suggestion brings its entry in the suggestions panel into view.
  const focusSuggestion = useCallback((suggestionId: string) => {
    const item = document.querySelector(
      `[data-testid="suggestions-panel"] [data-suggestion-id="${CSS.escape(suggestionId)}"]`,
    );
    if (!(item instanceof HTMLElement)) return;
    item.scrollIntoView({ block: "nearest" });
    item.querySelector("button")?.focus({ preventScroll: true });
  }, []);

  const filtering = filters.labelId !== "" || filters.authorId !== "";
  const matches = useCallback(
    (span: TSpan) =>
      (!filters.labelId || span.labelId === filters.labelId) &&
      (!filters.authorId || span.author?.id === filters.authorId),
    [filters],
  );
  const visible = useMemo(
    () => (filtering ? snapshot.spans.filter(matches) : snapshot.spans),
    [filtering, matches, snapshot.spans],
  );
  const authors = useMemo(() => {
    const byId = new Map<string, TSpanAuthor>([[currentUser.id, currentUser]]);
    for (const span of snapshot.spans)
      if (span.author && !byId.has(span.author.id)) byId.set(span.author.id, span.author);
    return [...byId.values()].sort((a, b) => (a.name || a.email).localeCompare(b.name || b.email));
  }, [snapshot.spans, currentUser]);

  const openId = popover?.kind === "span" ? popover.id : null;
  const paint = useMemo(
    () => ({
      spans: snapshot.spans,
      labelsById,
      lanes,
      saveStates: snapshot.saveStates,
      activeId: openId ?? activeId,
      flashId,
      isDimmed: filtering ? (span: TSpan) => !matches(span) : () => false,
    }),
    [snapshot.spans, snapshot.saveStates, labelsById, lanes, openId, activeId, flashId, filtering, matches],
  );

  // A span that disappears (deleted here or elsewhere) closes its popover.
  const popoverGone = popover?.kind === "span" && !snapshot.byId.has(popover.id);
  useEffect(() => {
    if (popoverGone) setPopover(null);
  }, [popoverGone]);

  useEffect(() => {
    if (!flashId) return;
    const timer = setTimeout(() => setFlashId(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashId]);

  useEffect(() => {
    if (deletes.length === 0) return;
    const oldest = Math.min(...deletes.map((d) => d.at));
    const timer = setTimeout(
      () => setDeletes((list) => list.filter((d) => Date.now() - d.at < UNDO_TOAST_MS)),
      Math.max(0, oldest + UNDO_TOAST_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [deletes]);

  const create = useCallback(
    (labelId: string, range: { start: number; end: number }) => {
      // The quote is exactly the selected characters: nothing trimmed or normalised.
      store.create({ labelId, start: range.start, end: range.end, quote: article.text.slice(range.start, range.end) });
      readerRef.current?.clearSelection();
      setSelection(null);
    },
    [store, article.text],
  );

  const remove = useCallback(
    (spanId: string) => {
      const span = snapshot.byId.get(spanId);
      if (!span) return;
      const list = visible;
      const index = list.findIndex((s) => s.id === spanId);
      const neighbour = list[index + 1] ?? list[index - 1] ?? null;
      store.remove(spanId);
      setDeletes((toasts) => [
        ...toasts.filter((t) => t.spanId !== spanId),
        { spanId, quote: span.quote, at: Date.now() },
      ]);
      setActiveId((current) => (current === spanId ? (neighbour?.id ?? null) : current));
      setPopover((p) => (p?.kind === "span" && p.id === spanId ? null : p));
    },
    [snapshot.byId, visible, store],
  );

  const undoDelete = useCallback(
    (spanId: string) => {
      store.undoDelete(spanId);
      setDeletes((toasts) => toasts.filter((t) => t.spanId !== spanId));
    },
    [store],
  );

  // Ctrl/Cmd+Z anywhere but a form field undoes the last delete or label change.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== "z")
        return;
      if (isEditableTarget(event.target)) return;
      event.preventDefault();
      store.undo();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);

  const activate = useCallback((spanId: string) => {
    setActiveId(spanId);
    readerRef.current?.scrollToSpan(spanId);
    setFlashId(null);
    // A fresh class restarts the flash animation even for the span that flashed last.
    requestAnimationFrame(() => setFlashId(spanId));
  }, []);

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

  const pending = snapshot.ops.filter((o) => o.state === "saving" || o.state === "queued").length;
  const failed = snapshot.ops.filter((o) => o.state === "failed").length;
  const openSpan = openId ? snapshot.byId.get(openId) : undefined;

  return (
    <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]" data-testid="annotator">
      <section
        className="min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm"
        aria-label={m.reader.textLabel}
      >
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 px-4 py-2.5">
          <div
            role="group"
            className="flex min-w-0 flex-wrap items-center gap-1.5"
            aria-label={m.reader.labelsTitle}
            data-testid="label-legend"
          >
            {labels.map((l) => (
              <LabelChip key={l.id} name={labelName(l, locale)} color={l.color} hotkey={l.hotkey} />
            ))}
            {canManageLabels ? (
              <Link
                href={`/projects/${article.projectId}/labels`}
                className="ms-1 text-xs font-medium text-blue-700 hover:underline"
                data-testid="manage-labels"
              >
                {m.reader.manageLabels}
              </Link>
            ) : null}
          </div>
          <div className="flex items-center gap-3 text-xs">
            <span
              role="status"
              data-testid="save-summary"
              className={cn(
                failed > 0 ? "font-medium text-red-700" : pending > 0 ? "text-slate-600" : "text-emerald-700",
              )}
            >
              {failed > 0
                ? format(m.status.failedCount, { count: failed })
                : pending > 0
                  ? format(m.status.pending, { count: pending })
                  : m.status.allSaved}
            </span>
            <span
              className="inline-flex items-center gap-1.5 text-slate-600"
              title={m.reader.liveHelp}
              data-testid="live-state"
              data-state={live}
            >
              <span
                aria-hidden="true"
                className={cn("size-2 rounded-full", live === "live" ? "bg-emerald-500" : "animate-pulse bg-amber-500")}
              />
              {live === "live" ? m.reader.live : live === "connecting" ? m.reader.connecting : m.reader.reconnecting}
            </span>
          </div>
        </div>
        <div className="px-5 py-8 sm:px-10">
          <ArticleReader
            ref={readerRef}
            text={article.text}
            paragraphs={article.paragraphs}
            mapper={mapper}
            paint={paint}
            ariaLabel={m.reader.textLabel}
            onSelect={onSelect}
            onSpansClick={onSpansClick}
            onHotkey={onHotkey}
            suggestions={readerSuggestions}
            onSuggestionClick={focusSuggestion}
            flashRange={flashRange}
          />
        </div>
        <p className="border-t border-slate-200 px-4 py-2 text-xs text-slate-500" data-testid="reader-help">
          {m.reader.help}
        </p>
      </section>

      <div className="flex min-w-0 flex-col gap-5 lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:overflow-y-auto">
        <SpanPanel
          spans={visible}
          total={snapshot.spans.length}
          labels={labels}
          labelsById={labelsById}
          authors={authors}
          currentUserId={currentUser.id}
          filters={filters}
          onFilters={setFilters}
          activeId={activeId}
          saveStates={snapshot.saveStates}
          onActivate={activate}
          onOpen={openFromPanel}
          onSetLabel={(spanId, labelId) => store.setLabel(spanId, labelId)}
          onDelete={remove}
        />
        {claims ? (
          <ArticleClaims
            ref={claimsRef}
            articleId={article.id}
            projectId={article.projectId}
            initialClaims={claims.initialClaims}
            canReview={claims.canReview}
            selection={
              selection
                ? {
                    start: selection.start,
                    end: selection.end,
                    quote: article.text.slice(selection.start, selection.end),
                  }
                : null
            }
            onShowSpans={(ids) => {
              const first = ids[0];
              if (first) activate(first);
            }}
          />
        ) : null}
        <SuggestionsPanel articleId={article.id} onLoaded={setOpenSuggestions} />
      </div>

      {selection ? (
        <SelectionToolbar selection={selection} labels={labels} onPick={(labelId) => create(labelId, selection)} />
      ) : null}

      {popover?.kind === "picker" ? (
        <SpanPicker
          spans={popover.ids.map((id) => snapshot.byId.get(id)).filter((s): s is TSpan => !!s)}
          labelsById={labelsById}
          point={popover.point}
          onChoose={(id) => {
            setActiveId(id);
            setPopover({ kind: "span", id, point: popover.point });
          }}
          onClose={() => setPopover(null)}
        />
      ) : null}

      {popover?.kind === "span" && openSpan ? (
        <SpanPopover
          key={openSpan.id}
          span={openSpan}
          labels={labels}
          labelsById={labelsById}
          lastOp={snapshot.lastOps.get(openSpan.id)}
          point={popover.point}
          onSetLabel={(labelId) => store.setLabel(openSpan.id, labelId)}
          onSaveNote={(note) => store.setNote(openSpan.id, note)}
          onDelete={() => remove(openSpan.id)}
          onRetry={(opId) => store.retry(opId)}
          onDiscard={(opId) => store.discard(opId)}
          onClose={() => setPopover(null)}
        />
      ) : null}

      <ChangeToasts
        ops={snapshot.ops}
        labelsById={labelsById}
        deletes={deletes}
        onRetry={(opId) => store.retry(opId)}
        onDiscard={(opId) => store.discard(opId)}
        onDismiss={(opId) => store.dismiss(opId)}
        onUndoDelete={undoDelete}
        onCloseDelete={(spanId) => setDeletes((toasts) => toasts.filter((t) => t.spanId !== spanId))}
      />
    </div>
  );
}
