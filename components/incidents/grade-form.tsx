"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/form";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { INCIDENT_GRADES, type TIncidentGrade } from "@/lib/incidents/grade";
import { useIncidentI18n } from "./use-incident-i18n";

/** Reviewers confirm the proposed grade or choose another, always saying why (PUT /events/{id}/grade). */
export function GradeForm({
  eventId,
  version,
  current,
  proposed,
}: {
  eventId: string;
  version: number;
  current: TIncidentGrade | null;
  proposed: TIncidentGrade | null;
}) {
  const { m } = useIncidentI18n();
  const { m: grades } = useFeatureI18n("grades");
  const router = useRouter();
  const id = useId();
  const [grade, setGrade] = useState<TIncidentGrade>(current ?? proposed ?? "WEAK");
  const [rationale, setRationale] = useState("");
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      await apiFetch(`/api/v1/events/${eventId}/grade`, { method: "PUT", json: { version, grade, rationale } });
      setSaved(true);
      setRationale("");
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-3"
      aria-label={m.ledger.reviewerGrade}
      data-testid="grade-form"
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{m.ledger.saved}</Alert> : null}
      <Field label={m.ledger.gradeLabel} htmlFor={`${id}-grade`}>
        <Select id={`${id}-grade`} value={grade} onChange={(e) => setGrade(e.target.value as TIncidentGrade)}>
          {INCIDENT_GRADES.map((g) => (
            <option key={g} value={g}>
              {grades[g].name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m.ledger.rationale} htmlFor={`${id}-rationale`}>
        <Textarea
          id={`${id}-rationale`}
          dir="auto"
          rows={3}
          maxLength={4000}
          placeholder={m.ledger.rationalePlaceholder}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </Field>
      <div>
        <Button type="submit" variant="primary" disabled={busy || rationale.trim() === ""}>
          {busy ? m.ledger.saving : grade === proposed && !current ? m.ledger.confirmGrade : m.ledger.saveGrade}
        </Button>
      </div>
    </form>
  );
}
