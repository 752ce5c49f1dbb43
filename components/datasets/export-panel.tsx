"use client";

import { useId, useRef, useState } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Select } from "@/components/ui/form";
import { ProgressBar } from "@/components/ui/progress-bar";
import { format } from "@/lib/i18n/format";

const FORMATS = ["jsonl", "csv", "w3c", "brat", "claimreview", "incidents"] as const;
type TFormat = (typeof FORMATS)[number];

export type TExportPanelProps = {
  projectId: string;
  /** The project's live articles, for choosing a subset (id and title are enough). */
  articles: { id: string; title: string }[];
};

type TState =
  | { kind: "idle" }
  | { kind: "running"; received: number; lines: number; total: number | null }
  | { kind: "done"; name: string; size: number }
  | { kind: "cancelled" }
  | { kind: "error"; message: string };

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file name from Content-Disposition: the UTF-8 form when given, else the plain one. */
function fileNameOf(header: string | null, fallback: string): string {
  const utf8 = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * Managers export the project (or chosen articles, optionally reviewed material only) in one of
 * the dataset formats. The download is read as a stream with a byte counter (and, for JSON Lines,
 * an article count against the total the server announces), can be cancelled, and is saved when
 * complete; a server error is shown with its message.
 */
export function ExportPanel({ projectId, articles }: TExportPanelProps) {
  const { t, m } = useFeatureI18n("datasets");
  const id = useId();
  const [formatChoice, setFormatChoice] = useState<TFormat>("jsonl");
  const [scope, setScope] = useState<"all" | "chosen">("all");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [reviewedOnly, setReviewedOnly] = useState(false);
  const [includeProposed, setIncludeProposed] = useState(false);
  const [rawLayers, setRawLayers] = useState(false);
  const [agreement, setAgreement] = useState(false);
  // Incident ledgers cover the whole project; the article choice and review filter do not apply.
  const incidents = formatChoice === "incidents";
  const [state, setState] = useState<TState>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const running = state.kind === "running";

  async function run() {
    if (!incidents && scope === "chosen" && chosen.size === 0) {
      setState({ kind: "error", message: m.noneChosen });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    const query = new URLSearchParams({ format: formatChoice });
    if (!incidents && scope === "chosen") query.set("articles", [...chosen].join(","));
    if (!incidents && reviewedOnly) query.set("reviewedOnly", "true");
    if (incidents && includeProposed) query.set("proposed", "true");
    if (!incidents && rawLayers) query.set("layers", "curated+raw");
    if (!incidents && agreement) query.set("agreement", "true");
    setState({ kind: "running", received: 0, lines: 0, total: null });
    try {
      const response = await fetch(`/api/v1/projects/${projectId}/export?${query}`, {
        credentials: "same-origin",
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
      }
      const totalHeader = response.headers.get("x-export-articles");
      const total = totalHeader === null ? null : Number(totalHeader);
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      let lines = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parts.push(value);
        received += value.byteLength;
        if (formatChoice === "jsonl" && !rawLayers && !agreement) for (const byte of value) if (byte === 10) lines++;
        setState({ kind: "running", received, lines, total });
      }
      const name = fileNameOf(response.headers.get("content-disposition"), `export.${formatChoice}`);
      const url = URL.createObjectURL(
        new Blob(parts, { type: response.headers.get("content-type") ?? "application/octet-stream" }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ kind: "done", name, size: received });
    } catch (caught) {
      if (controller.signal.aborted) setState({ kind: "cancelled" });
      else setState({ kind: "error", message: describeError(caught, t.common) });
    } finally {
      abort.current = null;
    }
  }

  function toggle(articleId: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(articleId);
      else next.delete(articleId);
      return next;
    });
  }

  const progressLabel =
    state.kind === "running"
      ? formatChoice === "jsonl" && state.total !== null
        ? format(m.progressArticles, {
            received: formatSize(state.received),
            articles: `${Math.max(0, state.lines - 1)}/${state.total}`,
          })
        : format(m.progress, { received: formatSize(state.received) })
      : "";

  return (
    <div className="flex max-w-3xl flex-col gap-4" data-testid="export-panel">
      <p className="text-xs leading-relaxed text-slate-600">{m.help}</p>
      <Field label={m.format} htmlFor={`${id}-format`}>
        <Select
          id={`${id}-format`}
          value={formatChoice}
          disabled={running}
          onChange={(e) => setFormatChoice(e.target.value as TFormat)}
          data-testid="export-format"
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {m.formats[f]}
            </option>
          ))}
        </Select>
      </Field>

      {incidents ? (
        <Checkbox
          id={`${id}-proposed`}
          checked={includeProposed}
          disabled={running}
          onChange={(e) => setIncludeProposed(e.target.checked)}
          label={m.includeProposed}
        />
      ) : (
        <>
          <fieldset className="flex flex-col gap-2" disabled={running}>
            <legend className="mb-1 text-xs font-medium text-slate-700">{m.articles}</legend>
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === "all"}
                onChange={() => setScope("all")}
                className="accent-blue-700"
              />
              {format(m.allArticles, { count: articles.length })}
            </label>
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === "chosen"}
                onChange={() => setScope("chosen")}
                className="accent-blue-700"
                data-testid="export-scope-chosen"
              />
              {m.chosenArticles}
              {scope === "chosen" ? (
                <span className="text-xs text-slate-500">{format(m.chosenCount, { count: chosen.size })}</span>
              ) : null}
            </label>
            {scope === "chosen" ? (
              <div className="rounded-md border border-slate-200">
                <div className="flex gap-2 border-b border-slate-200 bg-slate-50 px-3 py-1.5">
                  <Button size="sm" variant="ghost" onClick={() => setChosen(new Set(articles.map((a) => a.id)))}>
                    {m.selectAll}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setChosen(new Set())}>
                    {m.selectNone}
                  </Button>
                </div>
                <ul className="max-h-64 overflow-y-auto px-3 py-1" data-testid="export-articles">
                  {articles.map((a) => (
                    <li key={a.id} className="py-0.5">
                      <Checkbox
                        id={`${id}-a-${a.id}`}
                        checked={chosen.has(a.id)}
                        onChange={(e) => toggle(a.id, e.target.checked)}
                        label={<span dir="auto">{a.title}</span>}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </fieldset>

          <Checkbox
            id={`${id}-reviewed`}
            checked={reviewedOnly}
            disabled={running}
            onChange={(e) => setReviewedOnly(e.target.checked)}
            label={m.reviewedOnly}
          />
          <Checkbox
            id={`${id}-raw`}
            checked={rawLayers}
            disabled={running}
            onChange={(e) => setRawLayers(e.target.checked)}
            label={m.rawLayers}
            data-testid="export-raw-layers"
          />
          <Checkbox
            id={`${id}-agreement`}
            checked={agreement}
            disabled={running}
            onChange={(e) => setAgreement(e.target.checked)}
            label={m.agreement}
            data-testid="export-agreement"
          />
          {rawLayers || agreement ? <p className="text-xs text-slate-500">{m.zipNote}</p> : null}
        </>
      )}

      <div className="flex gap-2">
        <Button variant="primary" onClick={run} disabled={running} data-testid="export-start">
          {running ? m.downloading : m.download}
        </Button>
        {running ? <Button onClick={() => abort.current?.abort()}>{m.cancel}</Button> : null}
      </div>

      <div aria-live="polite" className="flex flex-col gap-2">
        {state.kind === "running" ? (
          formatChoice === "jsonl" && state.total ? (
            <ProgressBar value={Math.max(0, state.lines - 1)} max={state.total} label={progressLabel} />
          ) : (
            <p className="text-xs tabular-nums text-slate-600" data-testid="export-progress">
              {progressLabel}
            </p>
          )
        ) : null}
        {state.kind === "done" ? (
          <Alert tone="success">
            <span dir="auto">{format(m.done, { name: state.name, size: formatSize(state.size) })}</span>
          </Alert>
        ) : null}
        {state.kind === "cancelled" ? <Alert tone="info">{m.cancelled}</Alert> : null}
        {state.kind === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      </div>
    </div>
  );
}
