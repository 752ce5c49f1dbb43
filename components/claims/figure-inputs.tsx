"use client";

import { QUALIFIERS } from "@/lib/claims/figures";
import { Field, Input, Select } from "@/components/ui/form";
import { cn } from "@/components/ui/cn";
import type { TFigureDraft, TFiguresDraft } from "./figure-draft";
import type { ClaimsMessages } from "./messages";

export function ErrorText({ id, message }: { id?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-xs text-red-700" dir="auto" data-testid="field-error">
      {message}
    </p>
  );
}

function NumberInput({
  id,
  label,
  value,
  onChange,
  invalid,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  invalid: boolean;
}) {
  return (
    <div className="w-24">
      <Input
        id={id}
        aria-label={label}
        inputMode="numeric"
        dir="ltr"
        className={cn("tabular-nums", invalid && "border-red-500")}
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** One figure: a qualifier ("about", "at least", … or a range) and its number or its bounds. */
function FigureInput({
  id,
  path,
  label,
  value,
  onChange,
  errors,
  m,
}: {
  id: string;
  path: string;
  label: string;
  value: TFigureDraft;
  onChange: (next: TFigureDraft) => void;
  errors: Record<string, string>;
  m: ClaimsMessages;
}) {
  const messages = [errors[path], errors[`${path}.value`], errors[`${path}.min`], errors[`${path}.max`]].filter(
    Boolean,
  );
  return (
    <fieldset className="flex flex-col gap-1" data-testid={`figure-${path}`}>
      <legend className="mb-1 text-xs font-medium text-slate-700">{label}</legend>
      <div className="flex flex-wrap items-center gap-2">
        <div className="w-32">
          <Select
            id={`${id}-qualifier`}
            aria-label={`${label}: ${m.figures.qualifier}`}
            value={value.qualifier}
            onChange={(e) =>
              onChange({ ...value, qualifier: QUALIFIERS.find((q) => q === e.target.value) ?? value.qualifier })
            }
          >
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {m.qualifier[q]}
              </option>
            ))}
          </Select>
        </div>
        {value.qualifier === "range" ? (
          <>
            <NumberInput
              id={`${id}-min`}
              label={`${label}: ${m.figures.min}`}
              value={value.min}
              onChange={(min) => onChange({ ...value, min })}
              invalid={!!errors[`${path}.min`]}
            />
            <span aria-hidden="true" className="text-slate-500">
              –
            </span>
            <NumberInput
              id={`${id}-max`}
              label={`${label}: ${m.figures.max}`}
              value={value.max}
              onChange={(max) => onChange({ ...value, max })}
              invalid={!!errors[`${path}.max`]}
            />
          </>
        ) : (
          <NumberInput
            id={`${id}-value`}
            label={label}
            value={value.value}
            onChange={(v) => onChange({ ...value, value: v })}
            invalid={!!(errors[`${path}.value`] || errors[path])}
          />
        )}
      </div>
      {messages.map((message) => (
        <ErrorText key={message} message={message} />
      ))}
    </fieldset>
  );
}

/** The typed figures of a casualty or count claim, with the server's messages under each field. */
export function FigureInputs({
  idPrefix,
  kind,
  value,
  onChange,
  errors,
  m,
}: {
  idPrefix: string;
  kind: "CASUALTY" | "COUNT";
  value: TFiguresDraft;
  onChange: (next: TFiguresDraft) => void;
  errors: Record<string, string>;
  m: ClaimsMessages;
}) {
  const set = (patch: Partial<TFiguresDraft>) => onChange({ ...value, ...patch });
  const figure = (
    path: "killed" | "injured" | "value",
    label: string,
    draft: TFigureDraft,
    apply: (d: TFigureDraft) => void,
  ) => (
    <FigureInput
      id={`${idPrefix}-${path}`}
      path={path}
      label={label}
      value={draft}
      onChange={apply}
      errors={errors}
      m={m}
    />
  );
  if (kind === "CASUALTY") {
    return (
      <div className="flex flex-col gap-3">
        <ErrorText message={errors[""]} />
        <div className="grid gap-3 sm:grid-cols-2">
          {figure("killed", m.figures.killed, value.killed, (killed) => set({ killed }))}
          {figure("injured", m.figures.injured, value.injured, (injured) => set({ injured }))}
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={m.figures.victims} htmlFor={`${idPrefix}-victims`}>
            <Input
              id={`${idPrefix}-victims`}
              dir="auto"
              maxLength={300}
              placeholder={m.figures.victimsPlaceholder}
              value={value.victims}
              onChange={(e) => set({ victims: e.target.value })}
            />
            <ErrorText message={errors.victims} />
          </Field>
          <Field label={m.figures.perpetrator} htmlFor={`${idPrefix}-perpetrator`}>
            <Input
              id={`${idPrefix}-perpetrator`}
              dir="auto"
              maxLength={300}
              placeholder={m.figures.perpetratorPlaceholder}
              value={value.perpetrator}
              onChange={(e) => set({ perpetrator: e.target.value })}
            />
            <ErrorText message={errors.perpetrator} />
          </Field>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ErrorText message={errors[""]} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={m.figures.thing} htmlFor={`${idPrefix}-thing`}>
          <Input
            id={`${idPrefix}-thing`}
            dir="auto"
            maxLength={300}
            placeholder={m.figures.thingPlaceholder}
            value={value.thing}
            onChange={(e) => set({ thing: e.target.value })}
            aria-invalid={!!errors.thing || undefined}
          />
          <ErrorText message={errors.thing} />
        </Field>
        {figure("value", m.figures.value, value.count, (count) => set({ count }))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={m.figures.since} htmlFor={`${idPrefix}-since`}>
          <Input
            id={`${idPrefix}-since`}
            type="date"
            value={value.since}
            onChange={(e) => set({ since: e.target.value })}
            aria-invalid={!!errors.since || undefined}
          />
          <ErrorText message={errors.since} />
        </Field>
        <Field label={m.figures.asOf} htmlFor={`${idPrefix}-asOf`}>
          <Input
            id={`${idPrefix}-asOf`}
            type="date"
            value={value.asOf}
            onChange={(e) => set({ asOf: e.target.value })}
            aria-invalid={!!errors.asOf || undefined}
          />
          <ErrorText message={errors.asOf} />
        </Field>
      </div>
    </div>
  );
}
