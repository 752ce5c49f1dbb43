"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/form";
import { RadioCard } from "@/components/ui/radio-card";
import { VerdictBadge } from "./badges";
import { useReviewI18n } from "./use-review-i18n";
import { VERDICT_VALUES, type TVerdictValue } from "./types";

export type TVerdictSubject = { key: string; label: string; claimId?: string; eventId?: string };
export type TEvidenceOption = { id: string; label: string };

/**
 * A reviewer's verdict (supported / disputed / false / unverifiable) on one subject — a claim or
 * an event — with a rationale and the claims it rests on. Every control is a native input, so
 * Tab and the arrow keys reach all of it; Ctrl+Enter records, Escape cancels.
 */
export function VerdictForm({
  projectId,
  subjects,
  evidence,
  defaultEvidence,
  autoFocus = false,
  onRecorded,
  onCancel,
}: {
  projectId: string;
  subjects: TVerdictSubject[];
  evidence: TEvidenceOption[];
  defaultEvidence?: string[];
  autoFocus?: boolean;
  onRecorded: () => void;
  onCancel?: () => void;
}) {
  const { m } = useReviewI18n();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [subjectKey, setSubjectKey] = useState(subjects[0]?.key ?? "");
  const [value, setValue] = useState<TVerdictValue | null>(null);
  const [rationale, setRationale] = useState("");
  const [chosen, setChosen] = useState<string[]>(defaultEvidence ?? evidence.map((e) => e.id));
  const { busy, error, run } = useSubmit();

  useEffect(() => {
    if (autoFocus) form.current?.querySelector<HTMLInputElement>("input:checked, input")?.focus();
  }, [autoFocus]);

  const subject = subjects.find((s) => s.key === subjectKey);
  const ready = Boolean(subject && value && rationale.trim());

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!subject || !value || !ready || busy) return;
    await run(async () => {
      await apiFetch(`/api/v1/projects/${projectId}/verdicts`, {
        method: "POST",
        json: {
          claimId: subject.claimId ?? null,
          eventId: subject.eventId ?? null,
          value,
          rationale,
          evidenceClaimIds: chosen,
        },
      });
      onRecorded();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      className="flex flex-col gap-3"
      aria-label={m.verdictForm.title}
      data-testid="verdict-form"
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      {subjects.length > 1 ? (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-xs font-semibold text-slate-700">{m.verdictForm.subject}</legend>
          {subjects.map((s) => (
            <label key={s.key} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-subject`}
                className="mt-1 accent-blue-700"
                checked={subjectKey === s.key}
                onChange={() => setSubjectKey(s.key)}
              />
              <span dir="auto">{s.label}</span>
            </label>
          ))}
        </fieldset>
      ) : subject ? (
        <p className="text-sm text-slate-700">
          <span className="text-xs font-semibold">{m.verdictForm.subject}: </span>
          <span dir="auto">{subject.label}</span>
        </p>
      ) : null}
      <fieldset>
        <legend className="mb-1 text-xs font-semibold text-slate-700">{m.verdictForm.value}</legend>
        <div className="flex flex-wrap gap-2">
          {VERDICT_VALUES.map((v) => (
            <RadioCard
              key={v}
              name={`${id}-value`}
              value={v}
              checked={value === v}
              onChange={() => setValue(v)}
              className="flex gap-1.5 px-2 py-1"
            >
              <VerdictBadge value={v} m={m} />
            </RadioCard>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-rationale`} className="text-xs font-semibold text-slate-700">
          {m.verdictForm.rationale}
        </label>
        <Textarea
          id={`${id}-rationale`}
          dir="auto"
          rows={3}
          maxLength={10_000}
          placeholder={m.verdictForm.rationalePlaceholder}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </div>
      {evidence.length > 0 ? (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-xs font-semibold text-slate-700">{m.verdictForm.evidence}</legend>
          {evidence.map((e) => (
            <label key={e.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-1 accent-blue-700"
                checked={chosen.includes(e.id)}
                onChange={(ev) =>
                  setChosen((list) => (ev.target.checked ? [...list, e.id] : list.filter((x) => x !== e.id)))
                }
              />
              <span dir="auto" className="line-clamp-2">
                {e.label}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="text-xs text-slate-500">{m.verdictForm.supersedes}</p>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={!ready || busy}>
          {busy ? m.verdictForm.submitting : m.verdictForm.submit}
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={busy}>
            {m.queue.cancel}
          </Button>
        ) : null}
        <span className="text-xs text-slate-500">{m.verdictForm.submitHelp}</span>
      </div>
    </form>
  );
}
