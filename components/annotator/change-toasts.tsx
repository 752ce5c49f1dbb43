"use client";

import { cn } from "@/components/ui/cn";
import { format } from "@/lib/i18n/format";
import { labelName } from "./label-style";
import { RetryDiscard, useSaveStateText } from "./save-state-line";
import type { TSpanOp } from "./span-store";
import type { TLabel } from "./types";
import { useAnnotatorI18n } from "./use-annotator-i18n";

export type TDeleteToast = { spanId: string; quote: string; at: number };

/** More would cover the panels beside the text; changes that need the analyst come first. */
const MAX_SHOWN = 3;

export function shortQuote(quote: string, max = 36): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

const tones: Record<TSpanOp["state"], string> = {
  queued: "border-slate-200",
  saving: "border-slate-200",
  saved: "border-emerald-200",
  failed: "border-red-300 bg-red-50",
  conflict: "border-amber-300 bg-amber-50",
};

/**
 * The changes of this session as they are saved, in a corner: each shows saving… / saved /
 * not saved (with Retry, which resends the same request, and Discard) or a conflict notice.
 * Deleted spans get an Undo that restores them.
 */
export function ChangeToasts({
  ops,
  labelsById,
  deletes,
  onRetry,
  onDiscard,
  onDismiss,
  onUndoDelete,
  onCloseDelete,
}: {
  ops: readonly TSpanOp[];
  labelsById: ReadonlyMap<string, TLabel>;
  deletes: readonly TDeleteToast[];
  onRetry: (opId: string) => void;
  onDiscard: (opId: string) => void;
  onDismiss: (opId: string) => void;
  onUndoDelete: (spanId: string) => void;
  onCloseDelete: (spanId: string) => void;
}) {
  const { m, locale } = useAnnotatorI18n();
  const stateText = useSaveStateText();

  function describe(op: TSpanOp): string {
    // First-strong isolate: an Arabic quote inside an English sentence keeps both in order.
    const quote = `\u2068${shortQuote(op.quote)}\u2069`;
    const label = labelName(labelsById.get(op.patch?.labelId ?? op.labelId), locale, m.span.unknownLabel);
    switch (op.kind) {
      case "create":
        return format(m.status.create, { quote, label });
      case "update":
        return op.patch?.labelId ? format(m.status.relabel, { quote, label }) : format(m.status.note, { quote });
      case "delete":
        return format(m.status.delete, { quote });
      case "restore":
        return format(m.status.restore, { quote });
    }
  }

  const needsAction = ops.filter((o) => o.state === "failed" || o.state === "conflict").slice(-MAX_SHOWN);
  const deleteRoom = MAX_SHOWN - needsAction.length;
  const shownDeletes = deleteRoom > 0 ? deletes.slice(-deleteRoom) : [];
  const room = MAX_SHOWN - needsAction.length - shownDeletes.length;
  const others = room > 0 ? ops.filter((o) => !needsAction.includes(o)).slice(-room) : [];
  const shown = ops.filter((o) => needsAction.includes(o) || others.includes(o));
  if (shown.length === 0 && shownDeletes.length === 0) return null;
  return (
    <section
      className="pointer-events-none fixed bottom-4 end-4 z-40 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2"
      aria-label={m.status.changes}
    >
      {shownDeletes.map((toast) => (
        <div
          key={`del-${toast.spanId}-${toast.at}`}
          role="status"
          data-testid="undo-toast"
          className="pointer-events-auto flex items-center justify-between gap-3 rounded-lg bg-slate-900 px-3 py-2 text-sm text-white shadow-lg"
        >
          <span className="min-w-0 truncate">
            {m.status.deleted}: <span dir="auto">{shortQuote(toast.quote, 28)}</span>
          </span>
          <span className="flex shrink-0 items-center gap-1">
            <button
              type="button"
              onClick={() => onUndoDelete(toast.spanId)}
              className="rounded px-2 py-0.5 font-semibold text-sky-300 hover:bg-white/10"
            >
              {m.status.undo}
            </button>
            <button
              type="button"
              onClick={() => onCloseDelete(toast.spanId)}
              aria-label={m.status.dismiss}
              className="rounded px-1.5 text-slate-400 hover:bg-white/10 hover:text-white"
            >
              ×
            </button>
          </span>
        </div>
      ))}
      {shown.map((op) => (
        <div
          key={op.id}
          data-testid="change-toast"
          data-state={op.state}
          data-kind={op.kind}
          data-span-id={op.spanId}
          className={cn("pointer-events-auto rounded-lg border bg-white px-3 py-2 text-xs shadow-md", tones[op.state])}
        >
          <div className="flex items-start justify-between gap-2">
            <p className="min-w-0 truncate font-medium text-slate-800" dir="auto">
              {describe(op)}
            </p>
            {op.state === "conflict" ? (
              <button
                type="button"
                onClick={() => onDismiss(op.id)}
                aria-label={m.status.dismiss}
                className="-mt-0.5 rounded px-1 text-slate-500 hover:bg-slate-100"
              >
                ×
              </button>
            ) : null}
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <span
              role={op.state === "failed" || op.state === "conflict" ? "alert" : undefined}
              className={cn(
                op.state === "failed"
                  ? "text-red-700"
                  : op.state === "conflict"
                    ? "text-amber-800"
                    : op.state === "saved"
                      ? "text-emerald-700"
                      : "text-slate-600",
              )}
            >
              {op.state === "saved" ? "✓ " : null}
              {stateText(op)}
            </span>
            {op.state === "failed" ? <RetryDiscard opId={op.id} onRetry={onRetry} onDiscard={onDiscard} onRed /> : null}
          </div>
        </div>
      ))}
    </section>
  );
}
