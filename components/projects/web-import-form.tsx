"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch, describeError } from "@/components/ui/api-client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/form";
import { useSubmit } from "@/components/ui/use-submit";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { TImportResult, TImportSummary } from "@/lib/articles/import-articles";
import { format } from "@/lib/i18n/format";

const MAX_URLS = 200;
/** How often the page reads a background import's progress. */
const POLL_MS = 1_000;

/** A background import of several addresses (GET /api/v1/import-runs/{id}). */
type TImportRun = {
  id: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  done: number;
  error: string;
  results: {
    url: string;
    status: "imported" | "refused";
    articleId: string | null;
    title: string | null;
    code: string | null;
    message: string | null;
  }[];
};

const asResult = (r: TImportRun["results"][number]): TImportResult => ({
  name: r.url,
  status: r.status,
  articles: r.articleId ? [{ id: r.articleId, title: r.title ?? r.url }] : [],
  error: r.code ? { code: r.code, message: r.message ?? r.code } : null,
});

/**
 * Managers paste addresses of news pages; the server fetches and imports each, with a result per
 * address. One address is imported at once; several run as a background job whose progress and
 * results the form reads until it ends.
 */
export function WebImportForm({ projectId }: { projectId: string }) {
  const { t, m } = useFeatureI18n("webImport");
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState("");
  const importing = useSubmit();
  const { busy, error, setError } = importing;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<TImportResult[]>([]);
  const [background, setBackground] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lines = text
      .split(/\s+/)
      .map((u) => u.trim())
      .filter(Boolean);
    if (lines.length === 0) return setError(m.none);
    if (lines.length > MAX_URLS) return setError(format(m.tooMany, { max: MAX_URLS }));
    // What is not an http(s) address is refused here, so it does not take the valid ones of its batch down.
    const isAddress = (u: string) => /^https?:\/\/\S+$/i.test(u) && URL.canParse(u);
    const urls = lines.filter(isAddress);
    const collected: TImportResult[] = lines
      .filter((u) => !isAddress(u))
      .map((name) => ({
        name,
        status: "refused",
        articles: [],
        error: { code: "invalid_url", message: m.notAddress },
      }));
    await importing.run(async () => {
      setResults([...collected]);
      setProgress({ done: collected.length, total: lines.length });
      if (urls.length > 1) {
        await runInBackground(urls, collected, lines.length);
        return;
      }
      for (let start = 0; start < urls.length; start += 1) {
        const batch = urls.slice(start, start + 1);
        try {
          // 422: every address of the batch was refused, each with its reason — a normal answer.
          const summary = await apiFetch<TImportSummary>(`/api/v1/projects/${projectId}/articles/from-urls`, {
            method: "POST",
            json: { urls: batch },
            acceptStatus: [422],
          });
          collected.push(...summary.results);
        } catch (caught) {
          const message = describeError(caught, t.common);
          collected.push(
            ...batch.map(
              (name): TImportResult => ({
                name,
                status: "refused",
                articles: [],
                error: { code: "request_failed", message },
              }),
            ),
          );
        }
        setResults([...collected]);
        setProgress({
          done: lines.length - urls.length + Math.min(urls.length, start + batch.length),
          total: lines.length,
        });
      }
      if (collected.some((r) => r.status === "imported")) setText("");
      router.refresh();
    });
  }

  /** Starts a background import and shows its progress until it ends; throws what failed. */
  async function runInBackground(urls: string[], refused: TImportResult[], total: number) {
    setBackground(true);
    try {
      let run = await apiFetch<TImportRun>(`/api/v1/projects/${projectId}/import-runs`, {
        method: "POST",
        json: { urls },
      });
      for (;;) {
        setResults([...refused, ...run.results.map(asResult)]);
        setProgress({ done: refused.length + run.done, total });
        if (run.status === "DONE" || run.status === "FAILED") break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        run = await apiFetch<TImportRun>(`/api/v1/import-runs/${run.id}`);
      }
      if (run.status === "FAILED") setError(format(m.failed, { error: run.error }));
      if (run.results.some((r) => r.status === "imported")) setText("");
    } finally {
      setBackground(false);
      router.refresh();
    }
  }

  const imported = results.filter((r) => r.status === "imported").length;

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <form onSubmit={submit} className="flex flex-col gap-3" aria-label={m.title} data-testid="web-import-form">
        <p className="text-xs leading-relaxed text-slate-600">{m.help}</p>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field label={m.label} htmlFor={`${id}-urls`}>
          <Textarea
            id={`${id}-urls`}
            dir="ltr"
            rows={5}
            placeholder={m.placeholder}
            value={text}
            disabled={busy}
            onChange={(e) => setText(e.target.value)}
            data-testid="web-import-urls"
          />
        </Field>
        <div>
          <Button type="submit" variant="primary" disabled={busy || text.trim() === ""}>
            {busy ? m.submitting : m.submit}
          </Button>
        </div>
      </form>
      <div className="flex min-w-0 flex-col gap-3" aria-live="polite">
        {progress ? (
          <div data-testid="web-import-progress">
            <ProgressBar value={progress.done} max={progress.total} label={format(m.progress, progress)} />
          </div>
        ) : null}
        {background ? <p className="text-xs text-slate-600">{m.background}</p> : null}
        {!busy && results.length > 0 ? (
          <Alert tone={imported < results.length ? "warning" : "success"}>
            {format(m.summary, { imported, refused: results.length - imported })}
          </Alert>
        ) : null}
        {results.length > 0 ? (
          <div className="rounded-md border border-slate-200">
            <h3 className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-medium text-slate-700">
              {m.results}
            </h3>
            <ul className="max-h-[28rem] divide-y divide-slate-100 overflow-y-auto">
              {results.map((result, i) => (
                <li
                  key={`${result.name}:${i}`}
                  className="flex items-start gap-3 px-3 py-2"
                  data-testid="web-import-result"
                  data-status={result.status}
                >
                  <Badge tone={result.status === "imported" ? "green" : "red"} className="mt-0.5">
                    {result.status === "imported" ? m.imported : m.refused}
                  </Badge>
                  <div className="min-w-0 flex-1">
                    <p dir="ltr" className="truncate text-start text-xs font-medium text-slate-800">
                      {result.name}
                    </p>
                    {result.status === "imported" ? (
                      result.articles.map((article) => (
                        <Link
                          key={article.id}
                          href={`/projects/${projectId}/articles/${article.id}`}
                          dir="auto"
                          className="block text-sm text-blue-800 hover:underline"
                        >
                          {article.title}
                        </Link>
                      ))
                    ) : (
                      <p dir="auto" className="mt-0.5 text-sm text-red-700">
                        {result.error?.message}
                      </p>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}
