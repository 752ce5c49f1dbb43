"use client";

import { cn } from "@/components/ui/cn";
import type { TSpanOp } from "./span-store";
import { useAnnotatorI18n } from "./use-annotator-i18n";

/** The words for a change's outcome; a conflict says the server's version is what is shown now. */
export function useSaveStateText() {
  const { m } = useAnnotatorI18n();
  return (op: TSpanOp): string => {
    switch (op.state) {
      case "queued":
      case "saving":
        return m.status.saving;
      case "saved":
        return m.status.saved;
      case "conflict":
        return op.error?.kind === "gone" ? m.status.gone : m.status.conflict;
      case "failed":
        return op.error?.kind === "network"
          ? `${m.status.failed}: ${m.status.network}`
          : `${m.status.failed}: ${op.error?.message ?? ""}`;
    }
  };
}

const tones: Record<TSpanOp["state"], string> = {
  queued: "text-slate-600",
  saving: "text-slate-600",
  saved: "text-emerald-700",
  failed: "text-red-700",
  conflict: "text-amber-800",
};

/**
 * A failed change's Retry and Discard. On a red background (`onRed`, a failed toast) Retry's hover
 * is a shade deeper than the background.
 */
export function RetryDiscard({
  opId,
  onRetry,
  onDiscard,
  onRed = false,
}: {
  opId: string;
  onRetry: (opId: string) => void;
  onDiscard: (opId: string) => void;
  onRed?: boolean;
}) {
  const { m } = useAnnotatorI18n();
  return (
    <>
      <button
        type="button"
        onClick={() => onRetry(opId)}
        className={cn(
          "rounded border border-red-300 bg-white px-1.5 py-0.5 font-medium text-red-800",
          onRed ? "hover:bg-red-100" : "hover:bg-red-50",
        )}
      >
        {m.status.retry}
      </button>
      <button
        type="button"
        onClick={() => onDiscard(opId)}
        className="rounded px-1.5 py-0.5 text-slate-600 hover:bg-slate-100"
      >
        {m.status.discard}
      </button>
    </>
  );
}

/** One change's save state, with Retry/Discard when it failed. Renders nothing without a change. */
export function SaveStateLine({
  op,
  onRetry,
  onDiscard,
  className,
}: {
  op: TSpanOp | undefined;
  onRetry: (opId: string) => void;
  onDiscard: (opId: string) => void;
  className?: string;
}) {
  const text = useSaveStateText();
  if (!op) return null;
  return (
    <div
      role={op.state === "failed" || op.state === "conflict" ? "alert" : "status"}
      data-testid="save-state"
      data-state={op.state}
      className={cn("flex flex-wrap items-center gap-x-2 gap-y-1 text-xs", tones[op.state], className)}
    >
      <span className="inline-flex items-center gap-1">
        {op.state === "saving" || op.state === "queued" ? (
          <span
            aria-hidden="true"
            className="size-2.5 animate-spin rounded-full border-2 border-current border-t-transparent"
          />
        ) : null}
        {op.state === "saved" ? <span aria-hidden="true">✓</span> : null}
        <span>{text(op)}</span>
      </span>
      {op.state === "failed" ? (
        <span className="inline-flex gap-1">
          <RetryDiscard opId={op.id} onRetry={onRetry} onDiscard={onDiscard} />
        </span>
      ) : null}
    </div>
  );
}
