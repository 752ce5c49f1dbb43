"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { describeError } from "@/components/ui/api-client";
import type { TClaimToast } from "./claim-toasts";
import { claimsApi, fieldsOf } from "./claims-api";

const TOAST_MS = 10_000;

/**
 * The claims panel's undo toasts: each goes after a few seconds (none while an undo runs); undo
 * restores a deleted claim or puts an edited one back as it was, then reloads the list.
 */
export function useClaimToasts(reload: () => Promise<void>) {
  const { t } = useI18n();
  const [toasts, setToasts] = useState<TClaimToast[]>([]);

  useEffect(() => {
    if (toasts.length === 0 || toasts.some((toast) => toast.state === "undoing")) return;
    const oldest = Math.min(...toasts.map((toast) => toast.at));
    const timer = setTimeout(
      () => setToasts((list) => list.filter((toast) => Date.now() - toast.at < TOAST_MS)),
      Math.max(0, oldest + TOAST_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [toasts]);

  async function undo(toast: TClaimToast) {
    setToasts((list) => list.map((x) => (x.key === toast.key ? { ...x, state: "undoing" } : x)));
    try {
      if (toast.kind === "deleted") await claimsApi.restore(toast.claim.id, toast.claim.version);
      else if (toast.kind === "saved" && toast.before)
        await claimsApi.update(toast.claim.id, { ...fieldsOf(toast.before), version: toast.claim.version });
      await reload();
      setToasts((list) => list.map((x) => (x.key === toast.key ? { ...x, state: "undone", at: Date.now() } : x)));
    } catch (error) {
      setToasts((list) =>
        list.map((x) =>
          x.key === toast.key ? { ...x, state: "failed", error: describeError(error, t.common), at: Date.now() } : x,
        ),
      );
    }
  }

  return {
    toasts,
    push: (toast: TClaimToast) => setToasts((list) => [...list, toast]),
    undo: (toast: TClaimToast) => void undo(toast),
    dismiss: (key: string) => setToasts((list) => list.filter((x) => x.key !== key)),
  };
}
