"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { conflictRecord } from "@/components/ui/conflict";
import { Field, Input } from "@/components/ui/form";
import { useSubmit } from "@/components/ui/use-submit";
import { reviewUrl } from "@/lib/export/review-url";
import { ZPublisher, type TPublisher } from "@/lib/publisher/schemas";

type TFields = Pick<TPublisher, "name" | "url" | "logoUrl" | "reviewUrlTemplate">;
const EMPTY: TFields = { name: "", url: "", logoUrl: "", reviewUrlTemplate: "" };
const fieldsOf = (p: TPublisher | null): TFields =>
  p ? { name: p.name, url: p.url, logoUrl: p.logoUrl, reviewUrlTemplate: p.reviewUrlTemplate } : EMPTY;

/** A hint whose `{placeholder}` names are shown as code, read left to right in either language. */
function withPlaceholders(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(/\{\w+\}/g)) {
    parts.push(
      text.slice(at, match.index),
      <code key={match.index} dir="ltr">
        {match[0]}
      </code>,
    );
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}

/** The project's publisher of fact checks: managers edit it (version-checked), others read it. */
export function PublisherForm({
  projectId,
  initial,
  canEdit,
}: {
  projectId: string;
  initial: TPublisher | null;
  canEdit: boolean;
}) {
  const { t, m: feature } = useFeatureI18n("publisher");
  const m = feature.publisher;
  const [stored, setStored] = useState<TPublisher | null>(initial);
  const [fields, setFields] = useState<TFields>(fieldsOf(initial));
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmit();
  const set = (key: keyof TFields) => (e: { target: { value: string } }) => {
    setSaved(false);
    setFields((f) => ({ ...f, [key]: e.target.value }));
  };
  const example = fields.reviewUrlTemplate.includes("{")
    ? reviewUrl(fields.reviewUrlTemplate, {
        claimId: "0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7a81",
        verdictId: "0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7a82",
        articleId: "0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7a83",
      })
    : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await run(
      async () => {
        const answer = await apiFetch<{ publisher: TPublisher }>(`/api/v1/projects/${projectId}/publisher`, {
          method: "PUT",
          json: { ...fields, ...(stored ? { version: stored.version } : {}) },
        });
        setStored(answer.publisher);
        setFields(fieldsOf(answer.publisher));
      },
      (caught) => {
        const current = conflictRecord(caught, ZPublisher);
        if (!current) return undefined;
        setStored(current);
        setFields(fieldsOf(current));
        return m.conflict;
      },
    );
    setSaved(ok);
  }

  const input = (key: keyof TFields, type: "text" | "url", required: boolean) => (
    <Input
      id={`publisher-${key}`}
      name={key}
      type={type}
      dir={type === "url" ? "ltr" : "auto"}
      required={required}
      readOnly={!canEdit}
      maxLength={2000}
      value={fields[key]}
      onChange={set(key)}
    />
  );

  return (
    <form onSubmit={submit} className="flex max-w-2xl flex-col gap-3" aria-label={m.title} data-testid="publisher-form">
      {!canEdit ? <p className="text-sm text-slate-600">{stored ? m.readOnly : m.notSet}</p> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? (
        <p role="status" className="text-sm text-green-700">
          {m.saved}
        </p>
      ) : null}
      <Field label={m.name} htmlFor="publisher-name">
        {input("name", "text", true)}
      </Field>
      <Field label={m.url} htmlFor="publisher-url">
        {input("url", "url", true)}
      </Field>
      <Field label={m.logoUrl} htmlFor="publisher-logoUrl" optional={t.common.optional}>
        {input("logoUrl", "url", false)}
      </Field>
      <Field
        label={m.template}
        htmlFor="publisher-reviewUrlTemplate"
        hint={
          <>
            {withPlaceholders(m.templateHint)}
            {example ? (
              <>
                <br />
                {m.example} <bdi dir="ltr">{example}</bdi>
              </>
            ) : null}
          </>
        }
      >
        {input("reviewUrlTemplate", "text", true)}
      </Field>
      {canEdit ? (
        <div>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? t.common.saving : m.save}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
