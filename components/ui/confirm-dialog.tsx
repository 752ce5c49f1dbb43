"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "./alert";
import { Button, type ButtonSize, type ButtonVariant } from "./button";
import { Dialog } from "./dialog";
import { useSubmit } from "./use-submit";

/**
 * A modal confirmation. `onConfirm` may be async; while it runs the buttons are disabled, and if
 * it throws the dialog stays open with the error.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  busyLabel,
  tone = "danger",
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  body?: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  tone?: "danger" | "primary";
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { busy, error, setError, run } = useSubmit();

  // Each opening starts without the last attempt's error.
  useEffect(() => {
    if (open) setError(null);
  }, [open, setError]);

  async function confirm() {
    if (await run(async () => onConfirm())) onClose();
  }

  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      busy={busy}
      size="sm"
      cancelLabel={t.common.cancel}
      action={{
        label: busy ? (busyLabel ?? confirmLabel) : confirmLabel,
        variant: tone,
        onClick: confirm,
        autoFocus: true,
      }}
    >
      {body || error ? (
        <>
          {body ? <div className="text-sm text-slate-600">{body}</div> : null}
          {error ? (
            <Alert tone="error" className={body ? "mt-3" : undefined}>
              {error}
            </Alert>
          ) : null}
        </>
      ) : null}
    </Dialog>
  );
}

/** A button that asks before doing something destructive. */
export function ConfirmButton({
  label,
  variant = "danger",
  size = "sm",
  ariaLabel,
  ...dialog
}: {
  label: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  ariaLabel?: string;
  title: ReactNode;
  body?: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  onConfirm: () => Promise<void> | void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size={size} aria-label={ariaLabel} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog {...dialog} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
