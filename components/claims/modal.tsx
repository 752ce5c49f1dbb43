"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A modal form built on the native <dialog> (focus trap, Escape, top layer), like the app's
 * ConfirmDialog but with a scrolling body and a footer for a longer form. Escape is refused
 * while `busy`, so a save in flight is not abandoned half way.
 */
export function Modal({
  open,
  title,
  onClose,
  busy = false,
  footer,
  children,
  className,
  testId,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  busy?: boolean;
  footer?: ReactNode;
  children: ReactNode;
  className?: string;
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
        "m-auto max-h-[calc(100vh-2rem)] w-[min(44rem,calc(100vw-2rem))] flex-col rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 open:flex",
        className,
      )}
    >
      <h2 id={titleId} className="border-b border-slate-200 px-5 py-3 text-base font-semibold" dir="auto">
        {title}
      </h2>
      <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{open ? children : null}</div>
      {footer ? (
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 bg-slate-50 px-5 py-3">
          {footer}
        </div>
      ) : null}
    </dialog>
  );
}
