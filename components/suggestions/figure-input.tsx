"use client";

import { Field, Input, Select } from "@/components/ui/form";
import type { SuggestionMessages } from "./messages";
import type { TFigureValueJson } from "./types";

const QUALIFIERS = ["exactly", "about", "at_least", "more_than", "fewer_than", "at_most"] as const;

/** A number and its qualifier; empty number means "not stated". */
export function FigureInput({
  id,
  label,
  value,
  onChange,
  m,
}: {
  id: string;
  label: string;
  value: TFigureValueJson | undefined;
  onChange: (v: TFigureValueJson | undefined) => void;
  m: SuggestionMessages;
}) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <Field label={label} htmlFor={`${id}-v`}>
        <Input
          id={`${id}-v`}
          type="number"
          min={0}
          inputMode="numeric"
          value={value?.value ?? ""}
          onChange={(e) =>
            onChange(
              e.target.value === ""
                ? undefined
                : { qualifier: value?.qualifier ?? "exactly", value: Number(e.target.value) },
            )
          }
        />
      </Field>
      <Field label={m.panel.qualifier} htmlFor={`${id}-q`}>
        <Select
          id={`${id}-q`}
          value={value?.qualifier ?? "exactly"}
          disabled={value?.value === undefined}
          onChange={(e) => value && onChange({ ...value, qualifier: e.target.value })}
        >
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {m.qualifiers[q]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
