"use client";

import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { format } from "@/lib/i18n/format";
import { LabelChip } from "./label-chip";
import { authorName, hotkeyFromKey, labelName } from "./label-style";
import type { TOpState } from "./span-store";
import type { TLabel, TSpan, TSpanAuthor } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";

/** Rows have one fixed height so a long list renders only what is in view. */
const ROW_HEIGHT = 60;
const OVERSCAN = 8;

export type TPanelFilters = { labelId: string; authorId: string };

const stateMarks: Partial<Record<TOpState, { mark: string; className: string }>> = {
  queued: { mark: "…", className: "text-slate-500" },
  saving: { mark: "…", className: "text-slate-500" },
  saved: { mark: "✓", className: "text-emerald-600" },
  failed: { mark: "!", className: "font-bold text-red-600" },
  conflict: { mark: "!", className: "font-bold text-amber-600" },
};

const kbd = "rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[10px] leading-4 text-slate-700";

/** The list's keyboard shortcuts; keys are isolated left-to-right so they read the same in Arabic. */
function ShortcutHelp() {
  const { m } = useAnnotatorI18n();
  const items: [string[], string][] = [
    [["j", "k", "↓", "↑"], m.panel.helpMove],
    [["1–9"], m.panel.helpLabel],
    [["Delete"], m.panel.helpDelete],
    [["Ctrl+Z"], m.panel.helpUndo],
    [["Ctrl+Shift+Z", "Ctrl+Y"], m.panel.helpRedo],
    [["Enter"], m.panel.helpOpen],
  ];
  return (
    <ul
      className="flex flex-wrap gap-x-3 gap-y-1 border-t border-slate-200 px-3 py-2 text-[11px] text-slate-500"
      data-testid="panel-help"
    >
      {items.map(([keys, action]) => (
        <li key={action} className="inline-flex items-center gap-1">
          <span dir="ltr" className="inline-flex gap-0.5">
            {keys.map((key) => (
              <kbd key={key} className={kbd}>
                {key}
              </kbd>
            ))}
          </span>
          <span>{action}</span>
        </li>
      ))}
    </ul>
  );
}

export function rowDomId(spanId: string): string {
  return `span-row-${spanId}`;
}

/**
 * The article's spans in text order, filterable by label and author. The list is one focus
 * stop: j/k or the arrows move, 1–9 relabel, Delete/Backspace delete, Enter opens; Ctrl/Cmd+Z
 * (handled by the annotator) undoes.
 */
export function SpanPanel({
  spans,
  total,
  labels,
  labelsById,
  authors,
  currentUserId,
  filters,
  onFilters,
  activeId,
  saveStates,
  onActivate,
  onOpen,
  onSetLabel,
  onDelete,
}: {
  spans: readonly TSpan[];
  total: number;
  labels: readonly TLabel[];
  labelsById: ReadonlyMap<string, TLabel>;
  authors: readonly TSpanAuthor[];
  currentUserId: string;
  filters: TPanelFilters;
  onFilters: (filters: TPanelFilters) => void;
  activeId: string | null;
  saveStates: ReadonlyMap<string, TOpState>;
  onActivate: (spanId: string) => void;
  onOpen: (spanId: string) => void;
  onSetLabel: (spanId: string, labelId: string) => void;
  onDelete: (spanId: string) => void;
}) {
  const { m, locale } = useAnnotatorI18n();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(480);
  const activeIndex = activeId ? spans.findIndex((s) => s.id === activeId) : -1;
  const stateLabel = (state: TOpState) => (state === "queued" ? m.status.saving : m.status[state]);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const observer = new ResizeObserver(() => setViewHeight(list.clientHeight));
    observer.observe(list);
    setViewHeight(list.clientHeight);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view however it became active (keyboard, reader click, popover).
  useEffect(() => {
    const list = listRef.current;
    if (!list || activeIndex < 0) return;
    const top = activeIndex * ROW_HEIGHT;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + ROW_HEIGHT > list.scrollTop + list.clientHeight)
      list.scrollTop = top + ROW_HEIGHT - list.clientHeight;
  }, [activeIndex]);

  function move(delta: number) {
    if (spans.length === 0) return;
    const from = activeIndex < 0 ? (delta > 0 ? -1 : spans.length) : activeIndex;
    const next = spans[Math.max(0, Math.min(spans.length - 1, from + delta))];
    if (next) onActivate(next.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const active = activeIndex >= 0 ? spans[activeIndex] : undefined;
    const key = event.key;
    if (key === "ArrowDown" || key === "j") move(1);
    else if (key === "ArrowUp" || key === "k") move(-1);
    else if (key === "Home") move(-spans.length);
    else if (key === "End") move(spans.length);
    else if (key === "PageDown") move(Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1));
    else if (key === "PageUp") move(-Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1));
    else if ((key === "Delete" || key === "Backspace") && active) onDelete(active.id);
    else if (key === "Enter" && active) onOpen(active.id);
    else {
      const hotkey = hotkeyFromKey(key);
      const label = hotkey ? labels.find((l) => l.hotkey === hotkey) : undefined;
      if (!label || !active) return;
      onSetLabel(active.id, label.id);
    }
    event.preventDefault();
  }

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(spans.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const selectClass =
    "h-8 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 text-xs text-slate-800 focus:border-blue-600 focus:outline-none";

  return (
    <section
      aria-labelledby="span-panel-title"
      className="flex max-h-[calc(100vh-5rem)] flex-col rounded-lg border border-slate-200 bg-white shadow-sm"
      data-testid="span-panel"
    >
      <div className="border-b border-slate-200 px-3 py-2.5">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="span-panel-title" className="text-sm font-semibold text-slate-900">
            {m.panel.title}
          </h2>
          <span className="text-xs text-slate-500" data-testid="span-count">
            {format(m.panel.count, { shown: spans.length, total })}
          </span>
        </div>
        <div className="mt-2 flex gap-2">
          <select
            aria-label={m.panel.filterLabel}
            className={selectClass}
            value={filters.labelId}
            onChange={(e) => onFilters({ ...filters, labelId: e.target.value })}
          >
            <option value="">{m.panel.allLabels}</option>
            {labels.map((l) => (
              <option key={l.id} value={l.id}>
                {labelName(l, locale)}
              </option>
            ))}
          </select>
          <select
            aria-label={m.panel.filterAuthor}
            className={selectClass}
            value={filters.authorId}
            onChange={(e) => onFilters({ ...filters, authorId: e.target.value })}
          >
            <option value="">{m.panel.allAuthors}</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.id === currentUserId ? `${a.name || a.email} (${m.panel.you})` : a.name || a.email}
              </option>
            ))}
          </select>
        </div>
      </div>

      {spans.length === 0 ? (
        <p className="px-3 py-6 text-center text-xs text-slate-500">
          {total === 0 ? m.panel.empty : m.panel.noMatches}
        </p>
      ) : null}
      <div
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label={m.panel.listLabel}
        aria-activedescendant={activeIndex >= 0 && activeId ? rowDomId(activeId) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (activeIndex < 0 && spans[0]) onActivate(spans[0].id);
        }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        className={cn(
          "relative min-h-0 flex-1 overflow-y-auto outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-600",
          spans.length === 0 && "hidden",
        )}
        data-testid="span-list"
      >
        <div style={{ height: spans.length * ROW_HEIGHT }} className="relative">
          {spans.slice(first, last).map((span, i) => {
            const index = first + i;
            const label = labelsById.get(span.labelId);
            const state = saveStates.get(span.id);
            const mark = state ? stateMarks[state] : undefined;
            const active = span.id === activeId;
            return (
              <div
                key={span.id}
                id={rowDomId(span.id)}
                role="option"
                aria-selected={active}
                data-span-id={span.id}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  listRef.current?.focus({ preventScroll: true });
                  onActivate(span.id);
                }}
                onDoubleClick={() => onOpen(span.id)}
                style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
                className={cn(
                  "absolute inset-x-0 flex cursor-pointer flex-col justify-center gap-1 border-b border-slate-100 px-3",
                  active ? "bg-blue-50 ring-1 ring-inset ring-blue-300" : "hover:bg-slate-50",
                )}
              >
                <span dir="auto" className="text-arabic truncate text-[15px] leading-tight text-slate-900">
                  {span.quote}
                </span>
                <span className="flex min-w-0 items-center gap-2 text-[11px] text-slate-500">
                  <LabelChip
                    name={labelName(label, locale, m.span.unknownLabel)}
                    color={label?.color ?? "#64748b"}
                    className="py-0 text-[11px]"
                  />
                  <span className="min-w-0 truncate">
                    {span.author?.id === currentUserId ? m.panel.you : authorName(span.author, m.span.unknownAuthor)}
                  </span>
                  {mark ? (
                    <span className={cn("ms-auto", mark.className)} title={state ? stateLabel(state) : undefined}>
                      {mark.mark}
                    </span>
                  ) : null}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      <ShortcutHelp />
    </section>
  );
}
