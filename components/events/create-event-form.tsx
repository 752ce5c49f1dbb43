"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useReviewI18n } from "@/components/review/use-review-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { useSubmit } from "@/components/ui/use-submit";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";

/** Any member registers an event; they land on its page, where its claims will gather. */
export function CreateEventForm({ projectId }: { projectId: string }) {
  const { t, m } = useReviewI18n();
  const router = useRouter();
  const id = useId();
  const [titleEn, setTitleEn] = useState("");
  const [titleAr, setTitleAr] = useState("");
  const [occurredOn, setOccurredOn] = useState("");
  const [place, setPlace] = useState("");
  const { busy, error, run } = useSubmit({ leaving: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const created = await apiFetch<{ id: string }>(`/api/v1/projects/${projectId}/events`, {
        method: "POST",
        json: { titleEn, titleAr, occurredOn: occurredOn || null, place },
      });
      router.push(`/projects/${projectId}/events/${created.id}`);
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label={m.events.newTitle}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={m.events.titleEn} htmlFor={`${id}-en`}>
        <Input
          id={`${id}-en`}
          lang="en"
          dir="ltr"
          maxLength={300}
          value={titleEn}
          onChange={(e) => setTitleEn(e.target.value)}
        />
      </Field>
      <Field label={m.events.titleAr} htmlFor={`${id}-ar`}>
        <Input
          id={`${id}-ar`}
          lang="ar"
          dir="rtl"
          className="text-arabic text-base"
          maxLength={300}
          value={titleAr}
          onChange={(e) => setTitleAr(e.target.value)}
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label={m.events.date} htmlFor={`${id}-date`} optional={t.common.optional}>
          <Input id={`${id}-date`} type="date" value={occurredOn} onChange={(e) => setOccurredOn(e.target.value)} />
        </Field>
        <Field label={m.events.place} htmlFor={`${id}-place`} optional={t.common.optional}>
          <Input
            id={`${id}-place`}
            dir="auto"
            maxLength={300}
            value={place}
            onChange={(e) => setPlace(e.target.value)}
          />
        </Field>
      </div>
      <p className="text-xs text-slate-500">{m.events.newHelp}</p>
      <div>
        <Button type="submit" variant="primary" disabled={busy || (titleEn.trim() === "" && titleAr.trim() === "")}>
          {busy ? m.events.creating : m.events.create}
        </Button>
      </div>
    </form>
  );
}
