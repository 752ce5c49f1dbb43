"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import { useFeatureI18n, useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch, describeError } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input, Select } from "@/components/ui/form";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { TImportSummary } from "@/lib/articles/import-articles";
import type { TTitleMode } from "@/lib/import/parse-upload";
import { format } from "@/lib/i18n/format";
import { formatPlural } from "@/lib/i18n/icu";
import { ImportResultList, type FileResult } from "./import-result-list";

/** Files per request: small enough for steady progress, large enough not to crawl. */
export const IMPORT_BATCH_SIZE = 10;
const ACCEPTED_EXTENSIONS = [".txt", ".json", ".jsonl", ".html", ".htm", ".docx"];

function fileKey(file: File): string {
  return `${file.name}:${file.size}:${file.lastModified}`;
}

function isAccepted(file: File): boolean {
  const name = file.name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext));
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function withNewFiles(current: File[], list: FileList): File[] {
  const seen = new Set(current.map(fileKey));
  return [...current, ...Array.from(list).filter((f) => !seen.has(fileKey(f)))];
}

/**
 * Managers upload article files. Files go to the API in batches of ten so a large corpus shows
 * progress and one slow request does not hold everything; every file gets its own result:
 * imported (with links to its articles) or refused with the server's reason.
 */
export function ImportPanel({ projectId }: { projectId: string }) {
  const { t, locale } = useI18n();
  const { m: web } = useFeatureI18n("webImport");
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [titleMode, setTitleMode] = useState<TTitleMode>("auto");
  const [manifest, setManifest] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<FileResult[]>([]);

  // Files picked before the page became interactive are still in the input: take them over.
  useEffect(() => {
    const picked = input.current?.files;
    if (picked && picked.length > 0) setFiles((current) => withNewFiles(current, picked));
  }, []);

  function addFiles(list: FileList | null) {
    if (list) setFiles((current) => withNewFiles(current, list));
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!uploading) addFiles(event.dataTransfer.files);
  }

  async function upload() {
    const queue = files;
    if (queue.length === 0) return;
    setUploading(true);
    setResults([]);
    setProgress({ done: 0, total: queue.length });
    const collected: FileResult[] = [];
    const accepted = queue.filter(isAccepted);
    for (const file of queue.filter((f) => !isAccepted(f))) {
      collected.push({
        key: fileKey(file),
        name: file.name,
        status: "refused",
        articles: [],
        message: t.importPanel.unsupported,
      });
    }
    let done = collected.length;
    setResults([...collected]);
    setProgress({ done, total: queue.length });

    for (let start = 0; start < accepted.length; start += IMPORT_BATCH_SIZE) {
      const batch = accepted.slice(start, start + IMPORT_BATCH_SIZE);
      const form = new FormData();
      for (const file of batch) form.append("files", file, file.name);
      form.append("titleMode", titleMode);
      // Every batch carries the whole manifest; the server applies the entries for its files.
      if (manifest) form.append("manifest", manifest, manifest.name);
      try {
        // 422 is the summary of a batch in which every file was refused: a normal answer.
        const summary = await apiFetch<TImportSummary>(`/api/v1/projects/${projectId}/articles`, {
          method: "POST",
          form,
          acceptStatus: [422],
        });
        summary.results.forEach((result, index) => {
          const file = batch[index];
          collected.push({
            key: file ? fileKey(file) : `${result.name}:${start + index}`,
            name: result.name,
            status: result.status,
            articles: result.articles,
            message: result.error?.message ?? null,
          });
        });
      } catch (caught) {
        // The whole request failed (too large, signed out, server down): each of its files is refused with that reason.
        const message = describeError(caught, t.common);
        for (const file of batch)
          collected.push({ key: fileKey(file), name: file.name, status: "refused", articles: [], message });
      }
      done += batch.length;
      setResults([...collected]);
      setProgress({ done, total: queue.length });
    }

    setFiles([]);
    if (input.current) input.current.value = "";
    setUploading(false);
    router.refresh();
  }

  const imported = results.filter((r) => r.status === "imported").length;
  const refused = results.length - imported;

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <div className="flex flex-col gap-4">
        <div className="text-xs leading-relaxed text-slate-600">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {(
              [
                [".txt", t.importPanel.formatTxt],
                [".json", t.importPanel.formatJson],
                [".jsonl", t.importPanel.formatJsonl],
                [".html", web.formatHtml],
                [".docx", web.formatDocx],
              ] as const
            ).map(([extension, description]) => (
              <div key={extension} className="contents">
                <dt>
                  <code dir="ltr" className="rounded bg-slate-100 px-1 font-mono text-[0.7rem] text-slate-800">
                    {extension}
                  </code>
                </dt>
                <dd>{description}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2">{t.importPanel.help}</p>
        </div>
        <div
          data-testid="import-dropzone"
          onDragOver={(event) => {
            event.preventDefault();
            if (!uploading) setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={cn(
            "flex flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed px-4 py-8 text-center transition-colors",
            dragging ? "border-blue-600 bg-blue-50" : "border-slate-300 bg-slate-50",
          )}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="mb-1 size-7 text-slate-400"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <path
              d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <p className="text-sm text-slate-700">
            {t.importPanel.drop}{" "}
            <label
              htmlFor={inputId}
              className="cursor-pointer font-medium text-blue-800 underline-offset-2 hover:underline"
            >
              {t.importPanel.choose}
            </label>
          </p>
          <p className="text-xs text-slate-500" dir="ltr">
            {t.importPanel.accepted}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            multiple
            accept={ACCEPTED_EXTENSIONS.join(",")}
            className="sr-only"
            disabled={uploading}
            data-testid="import-file-input"
            onChange={(event) => addFiles(event.target.files)}
          />
        </div>

        {files.length > 0 ? (
          <div className="rounded-md border border-slate-200">
            <p className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-medium text-slate-700">
              {format(t.importPanel.selected, { count: files.length })}
            </p>
            <ul className="max-h-48 overflow-y-auto text-xs">
              {files.map((file) => (
                <li
                  key={fileKey(file)}
                  className="flex justify-between gap-3 border-b border-slate-100 px-3 py-1 last:border-b-0"
                >
                  <span dir="auto" className="truncate text-slate-800">
                    {file.name}
                  </span>
                  <span className="shrink-0 tabular-nums text-slate-500" dir="ltr">
                    {formatSize(file.size)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <Field label={t.importPanel.titleMode} htmlFor={`${inputId}-title-mode`}>
          <Select
            id={`${inputId}-title-mode`}
            value={titleMode}
            disabled={uploading}
            onChange={(event) => setTitleMode(event.target.value as TTitleMode)}
          >
            <option value="auto">{t.importPanel.titleAuto}</option>
            <option value="first-line">{t.importPanel.titleFirstLine}</option>
            <option value="none">{t.importPanel.titleNone}</option>
          </Select>
        </Field>

        <Field
          label={t.importPanel.manifest}
          htmlFor={`${inputId}-manifest`}
          optional={t.common.optional}
          hint={t.importPanel.manifestHint}
        >
          <Input
            id={`${inputId}-manifest`}
            type="file"
            accept=".json,application/json"
            disabled={uploading}
            className="h-auto py-1.5"
            onChange={(event) => setManifest(event.target.files?.[0] ?? null)}
            data-testid="import-manifest-input"
          />
        </Field>

        <div className="flex gap-2">
          <Button variant="primary" onClick={upload} disabled={uploading || files.length === 0}>
            {uploading ? t.importPanel.uploading : t.importPanel.upload}
          </Button>
          <Button onClick={() => setFiles([])} disabled={uploading || files.length === 0}>
            {t.importPanel.clear}
          </Button>
        </div>
      </div>

      <div className="flex min-w-0 flex-col gap-3" aria-live="polite">
        {progress ? (
          <ProgressBar
            value={progress.done}
            max={progress.total}
            label={formatPlural(t.importPanel.progress, progress.total, locale, { done: progress.done })}
          />
        ) : null}
        {!uploading && results.length > 0 ? (
          <Alert tone={refused > 0 ? "warning" : "success"}>
            {format(t.importPanel.summary, { imported, refused })}
          </Alert>
        ) : null}
        {results.length > 0 ? <ImportResultList results={results} projectId={projectId} /> : null}
      </div>
    </div>
  );
}
