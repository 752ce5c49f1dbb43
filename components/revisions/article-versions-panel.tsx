"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useFeatureI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { apiFetch } from "@/components/ui/api-client";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/form";
import { useSubmit } from "@/components/ui/use-submit";
import type { Locale } from "@/lib/i18n/config";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";

type TCounts = { placed: number; moved: number; orphaned: number };

export type TVersionItem = {
  version: number;
  current: boolean;
  origin: string;
  reanchored: TCounts | null;
  createdAt: string;
  createdBy: { name: string } | null;
};

type TRevisionAnswer = { revision: TCounts & { version: number } };

type TSource = "text" | "file" | "url";

/** Counts written in the interface language's digits. */
const numbers = (values: Record<string, unknown>, locale: Locale) =>
  Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) => (typeof v === "number" ? [[k, formatNumber(v, locale)]] : [])),
  );

/**
 * The article's text versions (each earlier one a link to its read-only text) and, for managers,
 * "Upload new version": pasted text, a .txt/.html/.docx file, or the web page fetched again. The
 * answer says how many annotations were placed, moved and orphaned; the page then shows the new text.
 */
export function ArticleVersionsPanel({
  projectId,
  article,
  versions,
  canRevise,
}: {
  projectId: string;
  article: { id: string; version: number; url: string | null };
  versions: TVersionItem[];
  canRevise: boolean;
}) {
  const { m, locale } = useFeatureI18n("revisions");
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [source, setSource] = useState<TSource>("text");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState(article.url ?? "");
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const path = `/api/v1/articles/${article.id}/versions`;
      let answer: TRevisionAnswer;
      if (source === "file") {
        const form = new FormData();
        form.set("version", String(article.version));
        if (file) form.set("file", file);
        answer = await apiFetch<TRevisionAnswer>(path, { method: "POST", form });
      } else {
        const json =
          source === "text"
            ? { version: article.version, text }
            : url.trim() && url.trim() !== article.url
              ? { version: article.version, url: url.trim() }
              : { version: article.version, refetch: true };
        answer = await apiFetch<TRevisionAnswer>(path, { method: "POST", json });
      }
      setDone(format(m.done, numbers(answer.revision, locale)));
      setOpen(false);
      setText("");
      setFile(null);
      router.refresh();
    });
  }

  const ready = source === "text" ? text.trim() !== "" : source === "file" ? file !== null : true;
  const sources: [TSource, string][] = [
    ["text", m.sourceText],
    ["file", m.sourceFile],
    ["url", m.sourceUrl],
  ];

  return (
    <section
      className="rounded-lg border border-slate-200 bg-white px-5 py-3 shadow-sm"
      aria-labelledby={`${id}-title`}
      data-testid="article-versions"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
          {m.title}
        </h2>
        <ol className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          {versions.map((v) => (
            <li key={v.version} data-testid="article-version" data-version={v.version}>
              {v.current ? (
                <span className="font-medium text-slate-900">
                  {format(m.current, numbers({ version: v.version }, locale))}
                </span>
              ) : (
                <Link
                  href={`/projects/${projectId}/articles/${article.id}/versions/${v.version}`}
                  className="text-blue-800 hover:underline"
                >
                  {format(m.versionLink, numbers({ version: v.version }, locale))}
                </Link>
              )}
              <span className="ms-1 text-xs text-slate-500">
                {m.origin[v.origin] ?? v.origin} · {formatDate(v.createdAt, locale)}
                {v.createdBy ? (
                  <>
                    {" · "}
                    <bdi>{v.createdBy.name}</bdi>
                  </>
                ) : null}
                {v.reanchored ? ` · ${format(m.counts, numbers(v.reanchored, locale))}` : ""}
              </span>
            </li>
          ))}
        </ol>
        {canRevise && !open ? (
          <Button size="sm" className="ms-auto" onClick={() => setOpen(true)} data-testid="upload-version">
            {m.upload}
          </Button>
        ) : null}
      </div>
      {done ? (
        <div className="mt-3" data-testid="revision-done">
          <Alert tone="success">{done}</Alert>
        </div>
      ) : null}
      {open ? (
        <form onSubmit={submit} className="mt-3 flex flex-col gap-3" aria-label={m.upload} data-testid="revision-form">
          <p className="text-xs leading-relaxed text-slate-600">{m.uploadHelp}</p>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <fieldset className="flex flex-wrap gap-4 text-sm">
            {sources.map(([value, label]) => (
              <label key={value} className="inline-flex items-center gap-1.5">
                <input
                  type="radio"
                  name={`${id}-source`}
                  value={value}
                  checked={source === value}
                  onChange={() => setSource(value)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          {source === "text" ? (
            <Field label={m.textLabel} htmlFor={`${id}-text`}>
              <Textarea
                id={`${id}-text`}
                dir="auto"
                rows={8}
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-testid="revision-text"
              />
            </Field>
          ) : source === "file" ? (
            <Field label={m.fileLabel} htmlFor={`${id}-file`}>
              <input
                id={`${id}-file`}
                type="file"
                accept=".txt,.html,.htm,.xhtml,.docx"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                className="text-sm"
                data-testid="revision-file"
              />
            </Field>
          ) : (
            <Field label={m.urlLabel} htmlFor={`${id}-url`}>
              <Input
                id={`${id}-url`}
                dir="ltr"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                data-testid="revision-url"
              />
            </Field>
          )}
          <div className="flex gap-2">
            <Button type="submit" variant="primary" disabled={busy || !ready}>
              {busy ? m.submitting : m.submit}
            </Button>
            <Button type="button" onClick={() => setOpen(false)} disabled={busy}>
              {m.cancel}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
