"use client";

import { RadioCard } from "@/components/ui/radio-card";
import { RelationBadge } from "./badges";
import { RELATIONS, type TRelation } from "./types";
import { useReviewI18n } from "./use-review-i18n";

/** How two claims relate, as a grid of radio buttons with each relation's help; `keys` shows the 1–4 shortcuts. */
export function RelationChoices({
  name,
  legend,
  value,
  onChange,
  keys = false,
}: {
  name: string;
  legend: string;
  value: TRelation | null;
  onChange: (relation: TRelation) => void;
  keys?: boolean;
}) {
  const { m } = useReviewI18n();
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold text-slate-700">{legend}</legend>
      <div className="grid gap-1.5 sm:grid-cols-2">
        {RELATIONS.map((r, i) => (
          <RadioCard
            key={r}
            name={name}
            value={r}
            checked={value === r}
            onChange={() => onChange(r)}
            className="flex gap-2 px-2 py-1.5"
          >
            {keys ? (
              <kbd className="rounded border border-slate-300 bg-white px-1 font-mono text-xs text-slate-600">
                {i + 1}
              </kbd>
            ) : null}
            <RelationBadge relation={r} m={m} />
            <span className="text-xs text-slate-600">{m.relationHelp[r]}</span>
          </RadioCard>
        ))}
      </div>
    </fieldset>
  );
}
