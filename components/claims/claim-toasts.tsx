"use client";

import { cn } from "@/components/ui/cn";
import type { TClaim } from "./types";
import { useClaimsI18n } from "./use-claims-i18n";

export type TClaimToast = {
  key: string;
  kind: "deleted" | "saved" | "error";
  /** The claim after the change (its version is the one an undo acts on). */
  claim: TClaim;
  /** The claim before an edit, which an undo puts back. */
  before: TClaim | null;
  state: "idle" | "undoing" | "undone" | "failed";
  error?: string;
  at: number;
};

function shortQuote(quote: string, max = 32): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Notices of deleted and edited claims in a corner, each with an Undo for a few seconds. */
export function ClaimToasts({
  toasts,
  onUndo,
  onDismiss,
}: {
  toasts: TClaimToast[];
  onUndo: (toast: TClaimToast) => void;
  onDismiss: (key: string) => void;
}) {
  const { m } = useClaimsI18n();
  if (toasts.length === 0) return null;
  return (
    <div className="pointer-events-none fixed bottom-4 start-4 z-40 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2">
      {toasts.slice(-4).map((toast) => (
        <div
          key={toast.key}
          role={toast.state === "failed" ? "alert" : "status"}
          className={cn(
            "pointer-events-auto flex items-center justify-between gap-3 rounded-lg px-3 py-2 text-sm shadow-lg",
            toast.state === "failed" ? "bg-red-700 text-white" : "bg-slate-900 text-white",
          )}
          data-testid="claim-toast"
          data-kind={toast.kind}
          data-state={toast.state}
        >
          <span className="min-w-0 truncate">
            {toast.state === "failed" ? (
              <span dir="auto">{toast.error}</span>
            ) : (
              <>
                {toast.state === "undone" ? m.panel.undone : toast.kind === "deleted" ? m.panel.deleted : m.panel.saved}
                {toast.claim.claimSpan ? (
                  <>
                    {": "}
                    <span dir="auto" lang="ar" className="text-arabic">
                      {shortQuote(toast.claim.claimSpan.quote)}
                    </span>
                  </>
                ) : null}
              </>
            )}
          </span>
          <span className="flex shrink-0 items-center gap-1">
            {toast.state === "idle" && toast.kind !== "error" ? (
              <button
                type="button"
                className="rounded px-2 py-0.5 font-semibold text-sky-300 hover:bg-white/10"
                onClick={() => onUndo(toast)}
                data-testid="claim-undo"
              >
                {m.panel.undo}
              </button>
            ) : null}
            {toast.state === "undoing" ? <span className="text-xs text-slate-300">{m.panel.undoing}</span> : null}
            <button
              type="button"
              className="rounded px-1.5 py-0.5 text-slate-300 hover:bg-white/10"
              aria-label={m.panel.dismiss}
              onClick={() => onDismiss(toast.key)}
            >
              ×
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
