"use client";

import { useEffect, useRef, useState } from "react";
import { useClaimsI18n } from "@/components/claims/use-claims-i18n";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useSubmit } from "@/components/ui/use-submit";
import { format, formatNumber } from "@/lib/i18n/format";
import type { TTranslationRun } from "@/lib/translations/schemas";
import { translationsApi, type TTranslation } from "./translations-api";

const POLL_MS = 500;

/**
 * "Machine-translate untranslated paragraphs": starts the background run, shows its progress
 * while it works, then hands the article's translations, re-read, to the view.
 */
export function MachineTranslationRun({
  articleId,
  untranslated,
  onFinished,
}: {
  articleId: string;
  untranslated: number;
  onFinished: (translations: TTranslation[]) => void;
}) {
  const { m, t, locale } = useClaimsI18n();
  const [run, setRun] = useState<TTranslationRun | null>(null);
  const { busy: starting, error, setError, run: submit } = useSubmit();
  // The latest onFinished, updated after each commit (never during render).
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });

  const active = run?.status === "QUEUED" || run?.status === "RUNNING";
  const runId = run?.id;
  useEffect(() => {
    if (!active || !runId) return;
    let stopped = false;
    const timer = setInterval(() => {
      void translationsApi.run(runId).then(
        async (next) => {
          if (stopped) return;
          setRun(next);
          if (next.status === "DONE" || next.status === "FAILED")
            finished.current(await translationsApi.list(articleId));
        },
        (caught: unknown) => setError(describeError(caught, t.common)),
      );
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, runId, articleId, t.common, setError]);

  const start = () => submit(async () => setRun(await translationsApi.startRun(articleId)));

  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="mt-2 flex flex-col gap-2" data-testid="machine-run" data-status={run?.status ?? "NONE"}>
      {active && run ? (
        <ProgressBar
          value={run.done}
          max={run.total}
          label={format(m.translate.runProgress, { done: n(run.done), total: n(run.total) })}
        />
      ) : untranslated > 0 ? (
        <Button
          size="sm"
          variant="secondary"
          className="self-start"
          onClick={() => void start()}
          disabled={starting}
          data-testid="machine-run-start"
        >
          {starting ? m.translate.runStarting : format(m.translate.runStart, { count: n(untranslated) })}
        </Button>
      ) : null}
      {run && !active ? (
        <p className="text-xs text-slate-600" data-testid="machine-run-result">
          {run.total === 0
            ? m.translate.runNothing
            : format(m.translate.runDone, { done: n(run.total - run.failed.length), total: n(run.total) })}
        </p>
      ) : null}
      {run && run.failed.length > 0 ? (
        <Alert tone="warning">
          <span dir="auto">{format(m.translate.runFailed, { count: n(run.failed.length), error: run.error })}</span>
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error">
          <span dir="auto">{error}</span>
        </Alert>
      ) : null}
    </div>
  );
}
