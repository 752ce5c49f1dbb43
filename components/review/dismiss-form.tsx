"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form";
import { useReviewI18n } from "./use-review-i18n";

/** The reason a link is dismissed (required); opened by `d`, the field takes focus, Enter dismisses, Escape cancels. */
export function DismissForm({
  busy,
  onSubmit,
  onCancel,
}: {
  busy: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const { m } = useReviewI18n();
  const id = useId();
  const [reason, setReason] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim()) onSubmit(reason.trim());
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
      className="flex flex-wrap items-end gap-2"
      data-testid="dismiss-form"
    >
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor={id} className="text-xs font-semibold text-slate-700">
          {m.queue.dismissReason}
        </label>
        <Input
          id={id}
          dir="auto"
          autoFocus
          required
          maxLength={2000}
          placeholder={m.queue.dismissPlaceholder}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <Button type="submit" variant="danger" disabled={busy || reason.trim() === ""}>
        {busy ? m.queue.working : m.queue.dismissSubmit}
      </Button>
      <Button onClick={onCancel} disabled={busy}>
        {m.queue.cancel}
      </Button>
    </form>
  );
}
