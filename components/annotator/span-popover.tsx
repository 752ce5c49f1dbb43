"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { format, formatDateTime } from "@/lib/i18n/format";
import { FloatingBox } from "./floating-box";
import { LabelChip } from "./label-chip";
import { authorName, hotkeyFromKey, labelName, withAlpha } from "./label-style";
import { SaveStateLine } from "./save-state-line";
import type { TSpanOp } from "./span-store";
import type { TLabel, TSpan } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";

/** Closes a floating box on Escape or on a press anywhere outside it. */
function useDismiss(ref: RefObject<HTMLElement | null>, onClose: () => void) {
  // The latest onClose, updated after each commit (never during render).
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    function onPointerDown(event: PointerEvent) {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) close.current();
    }
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => document.removeEventListener("pointerdown", onPointerDown, true);
  }, [ref]);
}

function Shell({
  point,
  label,
  testId,
  onClose,
  onKeyDown,
  children,
}: {
  point: { x: number; y: number };
  label: string;
  testId: string;
  onClose: () => void;
  /** Keys other than Escape, also when the box itself has the focus (as it has once opened). */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, onClose);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <FloatingBox x={point.x} top={point.y - 24} bottom={point.y + 4} prefer="below">
      <div
        ref={ref}
        role="dialog"
        aria-label={label}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.stopPropagation();
            onClose();
          } else onKeyDown?.(event);
        }}
        className="w-[min(22rem,calc(100vw-1rem))] rounded-lg border border-slate-200 bg-white shadow-xl ring-1 ring-slate-900/5 outline-none"
      >
        {children}
      </div>
    </FloatingBox>
  );
}

/** Where several spans cover the clicked point: choose which one to open. */
export function SpanPicker({
  spans,
  labelsById,
  point,
  onChoose,
  onClose,
}: {
  spans: readonly TSpan[];
  labelsById: ReadonlyMap<string, TLabel>;
  point: { x: number; y: number };
  onChoose: (spanId: string) => void;
  onClose: () => void;
}) {
  const { m, locale } = useAnnotatorI18n();
  return (
    <Shell point={point} label={m.span.pickerTitle} testId="span-picker" onClose={onClose}>
      <p className="border-b border-slate-200 px-3 py-2 text-xs font-medium text-slate-600">{m.span.pickerTitle}</p>
      <ul className="max-h-72 overflow-y-auto p-1">
        {spans.map((span) => {
          const label = labelsById.get(span.labelId);
          return (
            <li key={span.id}>
              <button
                type="button"
                data-span-id={span.id}
                onClick={() => onChoose(span.id)}
                className="flex w-full flex-col items-start gap-1 rounded-md px-2 py-1.5 text-start hover:bg-slate-100 focus-visible:bg-slate-100"
              >
                <LabelChip name={labelName(label, locale, m.span.unknownLabel)} color={label?.color ?? "#64748b"} />
                <span dir="auto" className="text-arabic line-clamp-2 text-sm text-slate-900">
                  {span.quote}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </Shell>
  );
}

/** One span opened: its label (change), note (edit), delete, author and times, and save state. */
export function SpanPopover({
  span,
  labels,
  labelsById,
  lastOp,
  point,
  onSetLabel,
  onSaveNote,
  onDelete,
  onRetry,
  onDiscard,
  onMakeClaim,
  onLinkClaim,
  onClose,
}: {
  span: TSpan;
  labels: readonly TLabel[];
  labelsById: ReadonlyMap<string, TLabel>;
  lastOp: TSpanOp | undefined;
  point: { x: number; y: number };
  onSetLabel: (labelId: string) => void;
  onSaveNote: (note: string) => void;
  onDelete: () => void;
  onRetry: (opId: string) => void;
  onDiscard: (opId: string) => void;
  /** Opens the claim form on this span; absent where the page has no claims. */
  onMakeClaim?: () => void;
  /** Opens the link dialog for the claim this span is the claim span of; absent when it is none's. */
  onLinkClaim?: () => void;
  onClose: () => void;
}) {
  const { m, locale } = useAnnotatorI18n();
  const noteId = useId();
  const label = labelsById.get(span.labelId);
  const [note, setNote] = useState(span.note);
  const [noteBase, setNoteBase] = useState(span.note);
  // Someone (or a 409) changed the note: show theirs unless the analyst is mid-edit.
  if (span.note !== noteBase) {
    setNoteBase(span.note);
    if (note === noteBase) setNote(span.note);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target instanceof HTMLTextAreaElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const hotkey = hotkeyFromKey(event.key);
    const target = hotkey ? labels.find((l) => l.hotkey === hotkey) : undefined;
    if (target) {
      event.preventDefault();
      onSetLabel(target.id);
    } else if (event.key === "Delete") {
      event.preventDefault();
      onDelete();
    } else if (
      (event.key.toLowerCase() === "c" || event.code === "KeyC") &&
      onMakeClaim &&
      !(event.target instanceof HTMLInputElement)
    ) {
      event.preventDefault();
      onMakeClaim();
    }
  }

  return (
    <Shell point={point} label={m.span.dialog} testId="span-popover" onClose={onClose} onKeyDown={onKeyDown}>
      <div data-span-id={span.id}>
        <div className="flex items-start justify-between gap-2 border-b border-slate-200 px-3 py-2">
          <LabelChip
            name={labelName(label, locale, m.span.unknownLabel)}
            color={label?.color ?? "#64748b"}
            className="mt-0.5"
          />
          <button
            type="button"
            onClick={onClose}
            aria-label={m.span.close}
            className="rounded px-1.5 text-lg leading-none text-slate-500 hover:bg-slate-100 hover:text-slate-800"
          >
            ×
          </button>
        </div>
        <div className="space-y-3 px-3 py-2.5">
          <blockquote
            dir="auto"
            className="text-arabic line-clamp-3 border-s-4 ps-2 text-base leading-relaxed text-slate-900"
            style={{ borderColor: label?.color ?? "#64748b" }}
            data-testid="span-quote"
          >
            {span.quote}
          </blockquote>

          <SaveStateLine op={lastOp} onRetry={onRetry} onDiscard={onDiscard} />

          {onMakeClaim || onLinkClaim ? (
            <div className="flex flex-wrap gap-2">
              {onMakeClaim ? (
                <Button size="sm" title={m.span.makeClaimHelp} onClick={onMakeClaim} data-testid="span-make-claim">
                  {m.span.makeClaim}
                </Button>
              ) : null}
              {onLinkClaim ? (
                <Button size="sm" title={m.span.linkClaimHelp} onClick={onLinkClaim} data-testid="span-link-claim">
                  {m.span.linkClaim}
                </Button>
              ) : null}
            </div>
          ) : null}

          <fieldset>
            <legend className="mb-1 text-xs font-medium text-slate-600">{m.span.label}</legend>
            <div className="flex flex-wrap gap-1" role="radiogroup" aria-label={m.span.label}>
              {labels.map((l) => {
                const checked = l.id === span.labelId;
                return (
                  <button
                    key={l.id}
                    type="button"
                    role="radio"
                    aria-checked={checked}
                    data-label-id={l.id}
                    onClick={() => onSetLabel(l.id)}
                    className="inline-flex items-center gap-1 rounded-md border px-1.5 py-0.5 text-xs text-slate-800"
                    style={{
                      borderColor: checked ? l.color : withAlpha(l.color, 0.35),
                      backgroundColor: checked ? withAlpha(l.color, 0.25) : "transparent",
                      fontWeight: checked ? 600 : 400,
                    }}
                  >
                    <span aria-hidden="true" className="size-2 rounded-full" style={{ backgroundColor: l.color }} />
                    <span dir="auto">{labelName(l, locale)}</span>
                    {l.hotkey ? <span className="font-mono text-[10px] text-slate-500">{l.hotkey}</span> : null}
                  </button>
                );
              })}
            </div>
          </fieldset>

          <div>
            <label htmlFor={noteId} className="mb-1 block text-xs font-medium text-slate-600">
              {m.span.note}
            </label>
            <textarea
              id={noteId}
              dir="auto"
              rows={2}
              value={note}
              placeholder={m.span.notePlaceholder}
              onChange={(event) => setNote(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  onSaveNote(note);
                }
              }}
              className="block w-full resize-y rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/20"
            />
            <div className="mt-1 flex items-center justify-between gap-2">
              <span className="text-[11px] text-slate-500">{m.span.noteHelp}</span>
              <Button size="sm" variant="primary" disabled={note === span.note} onClick={() => onSaveNote(note)}>
                {m.span.saveNote}
              </Button>
            </div>
          </div>
        </div>
        <div className="flex items-end justify-between gap-3 border-t border-slate-200 bg-slate-50 px-3 py-2 text-[11px] text-slate-500">
          <div className="min-w-0">
            <p className="truncate">{format(m.span.by, { name: authorName(span.author, m.span.unknownAuthor) })}</p>
            {span.version > 0 ? (
              <p>
                {format(m.span.created, { time: formatDateTime(span.createdAt, locale) })}
                {span.updatedAt !== span.createdAt
                  ? ` · ${format(m.span.changed, { time: formatDateTime(span.updatedAt, locale) })}`
                  : null}
              </p>
            ) : (
              <p>{m.span.notSavedYet}</p>
            )}
          </div>
          <Button size="sm" variant="danger" onClick={onDelete}>
            {m.span.delete}
          </Button>
        </div>
      </div>
    </Shell>
  );
}
