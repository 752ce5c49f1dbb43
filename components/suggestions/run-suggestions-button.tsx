"use client";

import { useEffect, useState } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch, describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useSubmit } from "@/components/ui/use-submit";
import { format, formatNumber } from "@/lib/i18n/format";
import { formatPlural } from "@/lib/i18n/icu";
import type { TSuggestionRunJson } from "./types";

const POLL_MS = 1000;

/**
 * Starts suggestions over the whole project (in the background, on the server) and follows the
 * run's progress until it is done; leaving the page does not stop the run. Shows the latest run
 * when the page opens, so a run started elsewhere is visible too.
 */
export function RunSuggestionsButton({ projectId }: { projectId: string }) {
  const { locale, m } = useFeatureI18n("suggestions");
  const [run, setRun] = useState<TSuggestionRunJson | null>(null);
  const { busy: starting, error, setError, run: submit } = useSubmit();
  const active = run !== null && (run.status === "QUEUED" || run.status === "RUNNING");

  useEffect(() => {
    const controller = new AbortController();
    apiFetch<{ runs: TSuggestionRunJson[] }>(`/api/v1/projects/${projectId}/suggestions/run`, {
      signal: controller.signal,
    })
      .then((r) => setRun(r.runs[0] ?? null))
      .catch((e: unknown) => {
        if (!(e instanceof DOMException && e.name === "AbortError")) setError(describeError(e, m.panel));
      });
    return () => controller.abort();
  }, [projectId, m.panel, setError]);

  useEffect(() => {
    if (!active || !run) return;
    const timer = setInterval(() => {
      apiFetch<TSuggestionRunJson>(`/api/v1/suggestion-runs/${run.id}`).then(setRun, (e: unknown) =>
        setError(describeError(e, m.panel)),
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active, run, m.panel, setError]);

  async function start() {
    await submit(
      async () =>
        setRun(
          (
            await apiFetch<{ run: TSuggestionRunJson }>(`/api/v1/projects/${projectId}/suggestions/run`, {
              method: "POST",
              acceptStatus: [202],
            })
          ).run,
        ),
      (e) => describeError(e, m.panel),
    );
  }

  const label = !run
    ? ""
    : run.status === "QUEUED"
      ? m.run.queued
      : run.status === "RUNNING"
        ? format(m.run.running, {
            done: formatNumber(run.done, locale),
            articles: formatPlural(m.run.articles, run.total, locale),
            proposals: formatPlural(m.run.proposals, run.proposed, locale),
          })
        : run.status === "DONE"
          ? format(m.run.done, {
              articles: formatPlural(m.run.articles, run.total, locale),
              proposals: formatPlural(m.run.proposals, run.proposed, locale),
            })
          : format(m.run.failed, { error: run.error });

  return (
    <div className="flex flex-col gap-2" data-testid="run-suggestions">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void start()} disabled={starting || active}>
          {starting ? m.run.start : m.run.button}
        </Button>
        <p className="text-xs text-slate-500">{m.run.help}</p>
      </div>
      {run && active ? <ProgressBar value={run.done} max={Math.max(1, run.total)} label={label} /> : null}
      {run && !active ? (
        <p className={run.status === "FAILED" ? "text-xs text-red-700" : "text-xs text-slate-600"}>{label}</p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
