"use client";

import { useState } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { useSubmit } from "@/components/ui/use-submit";
import { format } from "@/lib/i18n/format";

type TTaken = { taken: number; claimsTaken: number };

/**
 * A curator's actions on one article of the agreement report: take one analyst's whole version
 * into the curated layer, and mark the article curated (its analysts then see each other's work)
 * or reopen it.
 */
export function CurateActions({
  articleId,
  analysts,
  initialCurated,
}: {
  articleId: string;
  analysts: { id: string; name: string }[];
  initialCurated: boolean;
}) {
  const { m } = useFeatureI18n("curation");
  const [curated, setCurated] = useState(initialCurated);
  const [message, setMessage] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();

  const take = (analystId: string) =>
    run(async () => {
      const answer = await apiFetch<TTaken>(`/api/v1/articles/${articleId}/curation/take`, {
        method: "POST",
        json: { analystId },
      });
      setMessage(format(m.taken, { spans: answer.taken, claims: answer.claimsTaken }));
    });
  const mark = (next: boolean) =>
    run(async () => {
      const answer = await apiFetch<{ curatedAt: string | null }>(`/api/v1/articles/${articleId}/curation`, {
        method: "PUT",
        json: { curated: next },
      });
      setCurated(answer.curatedAt !== null);
      setMessage(null);
    });

  return (
    <div className="flex flex-col items-start gap-1.5" data-testid="curate-actions">
      <div className="flex flex-wrap gap-1.5">
        {analysts.map((analyst) => (
          <Button key={analyst.id} size="sm" disabled={busy} onClick={() => take(analyst.id)}>
            <span dir="auto">{format(m.take, { name: analyst.name })}</span>
          </Button>
        ))}
        <Button size="sm" variant={curated ? "ghost" : "primary"} disabled={busy} onClick={() => mark(!curated)}>
          {curated ? m.reopen : m.markCurated}
        </Button>
      </div>
      <p role="status" className="text-xs text-slate-600">
        {message ?? (curated ? m.curated : m.notCurated)}
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
