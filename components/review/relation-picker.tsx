"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { RelationChoices } from "./relation-choices";
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
      <RelationChoices
        name={`${id}-relation`}
        legend={m.queue.relationLegend}
        value={relation}
        onChange={setRelation}
        keys
      />
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
