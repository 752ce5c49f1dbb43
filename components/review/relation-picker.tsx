"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { RelationBadge } from "./badges";
import { useReviewI18n } from "./use-review-i18n";
import { RELATIONS, type TRelation } from "./types";

/**
 * Changes a link's relation. Opened by `r` with the current relation focused: arrows move,
 * 1–4 choose and save at once, Enter saves, Escape cancels.
 */
export function RelationPicker({
  current,
  busy,
  onSubmit,
  onCancel,
}: {
  current: TRelation;
  busy: boolean;
  onSubmit: (relation: TRelation) => void;
  onCancel: () => void;
}) {
  const { m } = useReviewI18n();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [relation, setRelation] = useState<TRelation>(current);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
  }, []);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (relation !== current) onSubmit(relation);
    else onCancel();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const digit = /^Digit([1-4])$/.exec(event.code);
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (digit) {
      event.preventDefault();
      const chosen = RELATIONS[Number(digit[1]) - 1];
      if (chosen && chosen !== current) onSubmit(chosen);
    } else if (event.key === "Enter") {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      className="flex flex-col gap-2"
      data-testid="relation-picker"
    >
      <fieldset>
        <legend className="mb-1 text-xs font-semibold text-slate-700">{m.queue.relationLegend}</legend>
        <div className="grid gap-1.5 sm:grid-cols-2">
          {RELATIONS.map((r, i) => (
            <label
              key={r}
              className={cn(
                "flex cursor-pointer items-center gap-2 rounded-md border px-2 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600",
                relation === r ? "border-blue-600 bg-blue-50" : "border-slate-300 bg-white",
              )}
            >
              <input
                type="radio"
                name={`${id}-relation`}
                value={r}
                className="accent-blue-700"
                checked={relation === r}
                onChange={() => setRelation(r)}
              />
              <kbd className="rounded border border-slate-300 bg-white px-1 font-mono text-xs text-slate-600">
                {i + 1}
              </kbd>
              <RelationBadge relation={r} m={m} />
              <span className="text-xs text-slate-600">{m.relationHelp[r]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? m.queue.working : m.queue.relationSave}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {m.queue.cancel}
        </Button>
        <span className="text-xs text-slate-500">{m.queue.relationKeys}</span>
      </div>
    </form>
  );
}
