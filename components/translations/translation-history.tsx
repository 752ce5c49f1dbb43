"use client";

import { useEffect, useState } from "react";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/components/ui/api-client";
import { Badge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/loading";
import { format, formatDateTime } from "@/lib/i18n/format";
import { translationsApi, type TRevision } from "./translations-api";

/** Every saved version of one translation, newest first, with its author, time and origin. Reloads when the version changes. */
export function TranslationHistory({ translationId, version }: { translationId: string; version: number }) {
  const { m, t, locale } = useClaimsI18n();
  const [revisions, setRevisions] = useState<TRevision[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    translationsApi
      .history(translationId)
      .then((list) => {
        if (!cancelled) setRevisions(list);
      })
      .catch((caught: unknown) => {
        if (!cancelled) setError(caught);
      });
    return () => {
      cancelled = true;
    };
  }, [translationId, version]);

  if (error) return <Alert tone="error">{describeError(error, t.common)}</Alert>;
  if (!revisions) {
    return (
      <p className="flex items-center gap-2 text-xs text-slate-500" role="status">
        <Spinner /> {t.common.loading}
      </p>
    );
  }
  return (
    <section
      aria-label={m.translate.historyTitle}
      className="rounded-md border border-slate-200 bg-slate-50"
      data-testid="translation-history"
    >
      <h4 className="border-b border-slate-200 px-3 py-1.5 text-xs font-semibold text-slate-700">
        {m.translate.historyTitle}
      </h4>
      {revisions.length === 0 ? <p className="px-3 py-2 text-xs text-slate-500">{m.translate.historyEmpty}</p> : null}
      <ol className="divide-y divide-slate-200">
        {revisions.map((r) => (
          <li key={r.version} className="px-3 py-2" data-testid="translation-revision" data-version={r.version}>
            <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
              <span className="font-medium text-slate-700">
                {format(m.translate.historyItem, { version: r.version })}
              </span>
              <span>{r.author?.name ?? t.common.empty}</span>
              <span>{formatDateTime(r.createdAt, locale)}</span>
              {r.origin === "ASSISTED" ? <Badge tone="amber">{m.translate.assistedBadge}</Badge> : null}
              {r.origin === "MACHINE" ? (
                <Badge tone="violet">
                  {format(m.translate.machineBadge, {
                    engine: [r.engine, r.engineModel].filter(Boolean).join(" ") || "?",
                  })}
                </Badge>
              ) : null}
            </p>
            <p lang="en" dir="ltr" className="mt-1 whitespace-pre-wrap text-sm text-slate-800">
              {r.text}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
