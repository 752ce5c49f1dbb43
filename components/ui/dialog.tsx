"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";
import { cn } from "./cn";

const WIDTHS = {
  sm: "w-[min(28rem,calc(100vw-2rem))]",
  md: "w-[min(44rem,calc(100vw-2rem))]",
  lg: "w-[min(48rem,calc(100vw-2rem))]",
};

/** The dialog's main button: it submits the form `form` names, or runs `onClick`. */
type TDialogAction = {
  label: ReactNode;
  form?: string;
  onClick?: () => void;
  variant?: ButtonVariant;
  disabled?: boolean;
  autoFocus?: boolean;
  testId?: string;
};

/**
 * The app's modal, built on the native <dialog> (focus trap, Escape, top layer for free): a
 * titled header, a scrolling body and a footer with Cancel and the action. Escape is refused while `busy`,
 * so a save in flight is not abandoned half way. The body is mounted only while open, so a form
 * inside starts afresh each time.
 */
export function Dialog({
  open,
  title,
  onClose,
  busy = false,
  description,
  closeLabel,
  cancelLabel,
  action,
  children,
  size = "md",
  testId,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  busy?: boolean;
  /** Shown under the title, in the header. */
  description?: ReactNode;
  /** Adds a ✕ button to the header with this accessible name. */
  closeLabel?: string;
  /** The footer: a button that closes the dialog, then the action; both wait while `busy`. */
  cancelLabel?: string;
  action?: TDialogAction;
  children?: ReactNode;
  size?: keyof typeof WIDTHS;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={onClose}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      className={cn(
        "m-auto max-h-[calc(100vh-2rem)] flex-col rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 open:flex",
        WIDTHS[size],
      )}
    >
      <div className="flex items-start justify-between gap-3 border-b border-slate-200 px-5 py-3">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold" dir="auto">
            {title}
          </h2>
          {description}
        </div>
        {closeLabel ? (
          <Button size="sm" variant="ghost" onClick={onClose} aria-label={closeLabel}>
            ✕
          </Button>
        ) : null}
      </div>
      {children && open ? <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div> : null}
      {cancelLabel || action ? (
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 bg-slate-50 px-5 py-3">
          {cancelLabel ? (
            <Button onClick={onClose} disabled={busy}>
              {cancelLabel}
            </Button>
          ) : null}
          {action ? (
            <Button
              type={action.form ? "submit" : "button"}
              form={action.form}
              variant={action.variant ?? "primary"}
              onClick={action.onClick}
              disabled={busy || action.disabled}
              autoFocus={action.autoFocus}
              data-testid={action.testId}
            >
              {action.label}
            </Button>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}
