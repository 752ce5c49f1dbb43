"use client";

import "./annotator.css";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import { ArticleClaims, type TArticleClaimsHandle } from "@/components/claims/article-claims";
import type { TListedClaim } from "@/components/claims/types";
import { OrphansPanel, type TOrphanItem } from "@/components/revisions/orphans-panel";
import { SuggestionsPanel, type TSuggestionsHandle } from "@/components/suggestions/suggestions-panel";
import { AnnotatorHeader } from "./annotator-header";
import { ArticleReader } from "./article-reader";
import { ChangeToasts } from "./change-toasts";
import { createMapper } from "./offset-mapper";
import type { TParagraphSegment } from "./paragraph-attributes";
import { SelectionToolbar } from "./selection-toolbar";
import { spanApi } from "./span-api";
import { assignLanes } from "./span-lanes";
import { SpanPanel } from "./span-panel";
import { SpanOverlay } from "./span-overlay";
import { type TPackedSpans, unpackSpans } from "./to-client";
import type { TCurrentUser, TLabel, TSpan } from "./types";
import {
  useDeleteToasts,
  useFlash,
  useHashRange,
  useReaderSuggestions,
  useSpanFilters,
  useSpanStore,
} from "./use-annotator-state";
import { useAnnotatorI18n } from "./use-annotator-i18n";
import { useReaderInteraction } from "./use-reader-interaction";
import { useLiveSpans } from "./use-live-spans";

export type TAnnotatorProps = {
  article: { id: string; projectId: string; text: string; paragraphs: readonly TParagraphSegment[] };
  labels: readonly TLabel[];
  spans: TPackedSpans;
  currentUser: TCurrentUser;
  canManageLabels: boolean;
  /** The article's claims, shown under the span list; made from the reader's selection. */
  claims?: { initialClaims: TListedClaim[]; canReview: boolean };
  /** Spans a revision orphaned: listed above the spans, placed again at the reader's selection. */
  orphans?: TOrphanItem[];
  /** The page's script nonce (the reader's server-drawn text stamps its paint with it). */
  nonce?: string;
};

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
  orphans,
  nonce,
}: TAnnotatorProps) {
  const { m } = useAnnotatorI18n();
  const api = useMemo(() => spanApi(article.id), [article.id]);
  const { store, snapshot } = useSpanStore(api, article.id, currentUser, () => unpackSpans(initialSpans, article));
  const claimsRef = useRef<TArticleClaimsHandle>(null);
  const reloadClaims = useCallback(() => claimsRef.current?.reload(), []);
  const [claimSpanIds, setClaimSpanIds] = useState<ReadonlySet<string>>(() => new Set());
  const router = useRouter();
  // A revision: the page is read again, and the reader, keyed by the text version, starts afresh.
  const onRevised = useCallback(() => router.refresh(), [router]);
  const live = useLiveSpans({ articleId: article.id, store, api, onClaimsChanged: reloadClaims, onRevised });

  const mapper = useMemo(() => createMapper(article.text), [article.text]);
  const labelsById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels]);
  const lanes = useMemo(() => assignLanes(snapshot.spans), [snapshot.spans]);

  const { flashId, flash } = useFlash();
  const filtered = useSpanFilters(snapshot.spans, currentUser);
  const toasts = useDeleteToasts(store);
  const suggestions = useReaderSuggestions(labels);
  const suggestionsRef = useRef<TSuggestionsHandle>(null);
  const { target: suggestionAt, select: selectSuggestion } = suggestions;
  const onSuggestionKey = useCallback(
    (decision: "accept" | "reject", caret: number | null) => {
      const id = suggestionAt(caret);
      if (!id || !suggestionsRef.current?.decide(id, decision)) return false;
      selectSuggestion(null);
      return true;
    },
    [suggestionAt, selectSuggestion],
  );
  const flashRange = useHashRange();

  const { filtering, matches, visible } = filtered;
  const reader = useReaderInteraction({
    store,
    snapshot,
    visible,
    labels,
    text: article.text,
    onDeleted: toasts.add,
    flash,
  });
  const { selection, popover, activeId } = reader;
  // The selection's range alone (not its screen position), so the suggestions panel redraws only when it changes.
  const [selStart, selEnd] = [selection?.start, selection?.end];
  const selectionRange = useMemo(
    () => (selStart === undefined || selEnd === undefined ? null : { start: selStart, end: selEnd }),
    [selStart, selEnd],
  );

  // A claim from a span: its range and words are the claim's, and no new span is made.
  const makeClaim = useCallback(
    (span: TSpan) => {
      reader.setPopover(null);
      claimsRef.current?.newClaim({ start: span.start, end: span.end, quote: span.quote }, span.id);
    },
    [reader.setPopover],
  );
  // `c` in the reader: a claim from the selection, else from the active span.
  const onClaimKey = useCallback(
    (range: { start: number; end: number } | null) => {
      if (!claims) return false;
      if (range) {
        claimsRef.current?.newClaim({ ...range, quote: article.text.slice(range.start, range.end) });
        // The selection now belongs to the claim form; the next click in the text acts at once.
        reader.readerRef.current?.clearSelection();
        reader.onSelect(null);
        return true;
      }
      const span = activeId ? snapshot.byId.get(activeId) : undefined;
      if (!span) return false;
      makeClaim(span);
      return true;
    },
    [claims, article.text, activeId, snapshot.byId, makeClaim, reader.readerRef, reader.onSelect],
  );
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

  return (
    <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]" data-testid="annotator">
      <section
        className="min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm"
        aria-label={m.reader.textLabel}
      >
        <AnnotatorHeader
          labels={labels}
          manageLabelsHref={canManageLabels ? `/projects/${article.projectId}/labels` : null}
          ops={snapshot.ops}
          live={live}
        />
        <div className="px-5 py-8 sm:px-10">
          <ArticleReader
            ref={reader.readerRef}
            text={article.text}
            paragraphs={article.paragraphs}
            mapper={mapper}
            paint={paint}
            ariaLabel={m.reader.textLabel}
            onSelect={reader.onSelect}
            onSpansClick={reader.onSpansClick}
            onHotkey={reader.onHotkey}
            onClaimKey={onClaimKey}
            suggestions={suggestions.marks}
            onSuggestionClick={selectSuggestion}
            onSuggestionKey={onSuggestionKey}
            flashRange={flashRange}
            nonce={nonce}
          />
        </div>
        <p className="border-t border-slate-200 px-4 py-2 text-xs text-slate-500" data-testid="reader-help">
          {m.reader.help}
        </p>
      </section>

      <div className="flex min-w-0 flex-col gap-5 lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:overflow-y-auto">
        {orphans?.length ? (
          <OrphansPanel
            articleId={article.id}
            initialOrphans={orphans}
            selection={
              selectionRange
                ? { ...selectionRange, quote: article.text.slice(selectionRange.start, selectionRange.end) }
                : null
            }
          />
        ) : null}
        <SpanPanel
          spans={filtered.visible}
          total={snapshot.spans.length}
          labels={labels}
          labelsById={labelsById}
          authors={filtered.authors}
          currentUserId={currentUser.id}
          filters={filtered.filters}
          onFilters={filtered.setFilters}
          activeId={activeId}
          saveStates={snapshot.saveStates}
          onActivate={reader.activate}
          onOpen={reader.openFromPanel}
          onSetLabel={(spanId, labelId) => store.setLabel(spanId, labelId)}
          onDelete={reader.remove}
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
              if (first) reader.activate(first);
            }}
            onClaimSpans={setClaimSpanIds}
          />
        ) : null}
        <SuggestionsPanel
          ref={suggestionsRef}
          articleId={article.id}
          onLoaded={suggestions.onLoaded}
          shown={suggestions.shown}
          onShownChange={suggestions.setShown}
          selectedId={suggestions.selectedId}
          articleText={article.text}
          selection={selectionRange}
          projectId={article.projectId}
        />
      </div>

      {selection ? (
        <SelectionToolbar
          selection={selection}
          labels={labels}
          onPick={(labelId) => reader.create(labelId, selection)}
        />
      ) : null}

      {popover ? (
        <SpanOverlay
          popover={popover}
          snapshot={snapshot}
          store={store}
          labels={labels}
          labelsById={labelsById}
          onPopover={reader.setPopover}
          onActivate={reader.setActiveId}
          onDelete={reader.remove}
          onMakeClaim={claims ? makeClaim : undefined}
          linkableSpanIds={claimSpanIds}
          onLinkClaim={(spanId) => {
            reader.setPopover(null);
            claimsRef.current?.linkFromSpan(spanId);
          }}
        />
      ) : null}

      <ChangeToasts
        ops={snapshot.ops}
        labelsById={labelsById}
        // A delete's Undo goes once the span is back (undone with Ctrl+Z, or restored elsewhere).
        deletes={toasts.deletes.filter((d) => !snapshot.byId.has(d.spanId))}
        onRetry={(opId) => store.retry(opId)}
        onDiscard={(opId) => store.discard(opId)}
        onDismiss={(opId) => store.dismiss(opId)}
        onUndoDelete={toasts.undo}
        onCloseDelete={toasts.close}
      />
    </div>
  );
}
