"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { ApiError, apiFetch, describeError } from "@/components/ui/api-client";
import { hasArabic } from "@/components/ui/bidi";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input, Select } from "@/components/ui/form";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, toDateInputValue } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { format } from "@/lib/i18n/messages";
import { StatusBadge } from "./status-badge";

/** The editable metadata of an article, with dates as ISO strings (as the JSON API sends them). */
export type ArticleMeta = {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  status: ArticleStatus;
  language: string;
  version: number;
};

type FormValues = { title: string; source: string; url: string; publishedAt: string; status: ArticleStatus };
type FieldName = keyof FormValues;
type Conflict = {
  /** The article as saved now. */
  current: ArticleMeta;
  /** The fields this user changed. */
  mine: FieldName[];
  /** The values the user started editing from. */
  before: FormValues;
};
type Patch = {
  title?: string;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  status?: ArticleStatus;
};

const FIELDS: FieldName[] = ["title", "source", "url", "publishedAt", "status"];
const STATUSES: ArticleStatus[] = ["NEW", "IN_PROGRESS", "DONE"];

function toForm(article: ArticleMeta): FormValues {
  return {
    title: article.title,
    source: article.source ?? "",
    url: article.url ?? "",
    publishedAt: toDateInputValue(article.publishedAt),
    status: article.status,
  };
}

/** Only the fields the user changed, so re-applying after a conflict does not undo others' edits. */
function changedFields(values: FormValues, baseline: FormValues): Patch {
  const patch: Patch = {};
  if (values.title !== baseline.title) patch.title = values.title.trim();
  if (values.source !== baseline.source) patch.source = values.source.trim() || null;
  if (values.url !== baseline.url) patch.url = values.url.trim() || null;
  if (values.publishedAt !== baseline.publishedAt) patch.publishedAt = values.publishedAt || null;
  if (values.status !== baseline.status) patch.status = values.status;
  return patch;
}

function fromApi(value: Record<string, unknown>): ArticleMeta | null {
  if (typeof value.id !== "string" || typeof value.version !== "number" || typeof value.title !== "string") return null;
  return {
    id: value.id,
    title: value.title,
    source: typeof value.source === "string" ? value.source : null,
    url: typeof value.url === "string" ? value.url : null,
    publishedAt: typeof value.publishedAt === "string" ? value.publishedAt : null,
    status: STATUSES.find((s) => s === value.status) ?? "NEW",
    language: typeof value.language === "string" ? value.language : "ar",
    version: value.version,
  };
}

/** The article as the server holds it now, from a 409's `details.current`. */
function conflictCurrent(error: unknown): ArticleMeta | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const details = error.details;
  if (!details || typeof details !== "object" || !("current" in details)) return null;
  const current = (details as { current: unknown }).current;
  return current && typeof current === "object" ? fromApi(current as Record<string, unknown>) : null;
}

function displayValue(field: FieldName, values: FormValues, t: Messages, locale: Locale): string {
  if (field === "status") return t.articleStatus[values.status];
  if (field === "publishedAt") return values.publishedAt ? formatDate(values.publishedAt, locale) : t.common.empty;
  return values[field] || t.common.empty;
}

function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 truncate text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/**
 * The article's title and metadata. Managers edit them inline; the edit names the version it
 * started from, and if someone saved in between the server refuses it (409) with the current
 * values, which are shown next to the user's so they can re-apply or keep what is saved.
 */
export function ArticleMetadata({
  article,
  paragraphCount,
  canEdit,
}: {
  article: ArticleMeta;
  paragraphCount: number;
  canEdit: boolean;
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [local, setLocal] = useState<ArticleMeta>(article);
  // A server refresh may bring a newer version than the one this component last saw.
  const shown = article.version > local.version ? article : local;
  const [editing, setEditing] = useState(false);
  const [baseline, setBaseline] = useState<{ version: number; values: FormValues }>({
    version: shown.version,
    values: toForm(shown),
  });
  const [values, setValues] = useState<FormValues>(toForm(shown));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  function startEditing() {
    setBaseline({ version: shown.version, values: toForm(shown) });
    setValues(toForm(shown));
    setConflict(null);
    setError(null);
    setSaved(false);
    setEditing(true);
  }

  async function save(version: number, patch: Patch) {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const updated = await apiFetch<Record<string, unknown>>(`/api/v1/articles/${shown.id}`, {
        method: "PATCH",
        json: { version, ...patch },
      });
      const next = fromApi(updated);
      if (next) setLocal(next);
      setConflict(null);
      setEditing(false);
      setSaved(true);
      router.refresh();
    } catch (caught) {
      const current = conflictCurrent(caught);
      if (current) {
        // Continue from what is saved now, with the user's own changes laid over it.
        const saved = toForm(current);
        const mine = FIELDS.filter((f) => values[f] !== baseline.values[f]);
        const merged: FormValues = { ...saved };
        for (const f of mine) Object.assign(merged, { [f]: values[f] });
        setConflict({ current, mine, before: baseline.values });
        setBaseline({ version: current.version, values: saved });
        setValues(merged);
        setLocal(current);
      } else {
        setError(describeError(caught, t.common));
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const patch = changedFields(values, baseline.values);
    if (Object.keys(patch).length === 0) {
      setEditing(false);
      return;
    }
    void save(baseline.version, patch);
  }

  /** Apply the user's changes on top of what is saved now. */
  function reapply() {
    if (!conflict) return;
    const patch = changedFields(values, baseline.values);
    if (Object.keys(patch).length === 0) {
      setConflict(null);
      setEditing(false);
      return;
    }
    void save(baseline.version, patch);
  }

  /** Drop the user's changes and continue from what is saved now. */
  function keepCurrent() {
    if (!conflict) return;
    setValues(toForm(conflict.current));
    setConflict(null);
  }

  const titleArabic = hasArabic(shown.title);
  // Rows of the conflict table: what the user changed, and what the other person changed.
  const conflictRows = conflict
    ? FIELDS.filter((f) => conflict.mine.includes(f) || toForm(conflict.current)[f] !== conflict.before[f])
    : [];

  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm" aria-labelledby="article-title">
      <div className="flex flex-wrap items-start justify-between gap-3 px-5 pb-3 pt-4">
        <h1
          id="article-title"
          dir="auto"
          className={cn(
            "min-w-0 flex-1 font-semibold text-slate-900",
            titleArabic ? "text-arabic text-2xl leading-relaxed" : "text-xl",
          )}
          data-testid="article-title"
        >
          {shown.title}
        </h1>
        {canEdit && !editing ? (
          <Button size="sm" onClick={startEditing}>
            {t.article.editDetails}
          </Button>
        ) : null}
      </div>

      {!editing ? (
        <dl
          className="grid grid-cols-2 gap-x-6 gap-y-3 border-t border-slate-100 px-5 py-3 sm:grid-cols-3 lg:grid-cols-6"
          data-testid="article-metadata"
        >
          <MetaItem label={t.article.outlet}>
            {shown.source ? <span dir="auto">{shown.source}</span> : t.common.empty}
          </MetaItem>
          <MetaItem label={t.article.published}>{formatDate(shown.publishedAt, locale)}</MetaItem>
          <MetaItem label={t.article.status}>
            <StatusBadge status={shown.status} t={t} />
          </MetaItem>
          <MetaItem label={t.article.language}>
            {shown.language === "ar" || shown.language === "en" ? t.articleLanguage[shown.language] : shown.language}
          </MetaItem>
          <MetaItem label={t.article.paragraphs}>
            <span className="tabular-nums">{formatNumber(paragraphCount, locale)}</span>
          </MetaItem>
          <MetaItem label={t.article.url}>
            {shown.url ? (
              <a
                href={shown.url}
                target="_blank"
                rel="noreferrer noopener"
                dir="ltr"
                className="text-blue-800 hover:underline"
                title={shown.url}
              >
                {shown.url.replace(/^https?:\/\//, "")}
              </a>
            ) : (
              t.common.empty
            )}
          </MetaItem>
        </dl>
      ) : null}

      {saved && !editing ? (
        <div className="px-5 pb-3">
          <Alert tone="success">{t.article.saved}</Alert>
        </div>
      ) : null}

      {editing ? (
        <form
          onSubmit={submit}
          className="flex flex-col gap-4 border-t border-slate-100 px-5 py-4"
          aria-label={t.article.detailsTitle}
        >
          {conflict ? (
            <Alert tone="warning" title={<span data-testid="article-conflict">{t.article.conflictTitle}</span>}>
              <p>{t.article.conflictBody}</p>
              <table className="mt-2 w-full text-xs">
                <thead>
                  <tr className="text-start">
                    <th className="py-1 pe-3 text-start font-medium" />
                    <th className="py-1 pe-3 text-start font-medium">{t.article.currentValues}</th>
                    <th className="py-1 text-start font-medium">{t.article.yourValues}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflictRows.map((field) => (
                    <tr key={field} className="border-t border-amber-200 align-top">
                      <th scope="row" className="py-1 pe-3 text-start font-medium">
                        {fieldLabel(field, t)}
                      </th>
                      <td className="py-1 pe-3" dir="auto" data-testid={`conflict-current-${field}`}>
                        {displayValue(field, toForm(conflict.current), t, locale)}
                      </td>
                      <td className="py-1" dir="auto">
                        {conflict.mine.includes(field) ? (
                          displayValue(field, values, t, locale)
                        ) : (
                          <span className="italic opacity-70">{t.article.unchanged}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="mt-3 flex flex-wrap gap-2">
                <Button size="sm" variant="primary" onClick={reapply} disabled={busy}>
                  {t.article.reapply}
                </Button>
                <Button size="sm" onClick={keepCurrent} disabled={busy}>
                  {t.article.keepCurrent}
                </Button>
              </div>
            </Alert>
          ) : null}
          {error ? <Alert tone="error">{error}</Alert> : null}

          <Field label={t.article.titleLabel} htmlFor="article-edit-title">
            <Input
              id="article-edit-title"
              dir="auto"
              required
              maxLength={500}
              value={values.title}
              onChange={(event) => setValues({ ...values, title: event.target.value })}
              className={cn(hasArabic(values.title) && "text-arabic text-base")}
            />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Field label={t.article.outlet} htmlFor="article-edit-source" optional={t.common.optional}>
              <Input
                id="article-edit-source"
                dir="auto"
                maxLength={300}
                value={values.source}
                onChange={(event) => setValues({ ...values, source: event.target.value })}
              />
            </Field>
            <Field
              label={t.article.url}
              htmlFor="article-edit-url"
              optional={t.common.optional}
              className="lg:col-span-2"
            >
              <Input
                id="article-edit-url"
                type="url"
                dir="ltr"
                maxLength={2000}
                value={values.url}
                onChange={(event) => setValues({ ...values, url: event.target.value })}
              />
            </Field>
            <Field label={t.article.published} htmlFor="article-edit-date" optional={t.common.optional}>
              <Input
                id="article-edit-date"
                type="date"
                dir="ltr"
                value={values.publishedAt}
                onChange={(event) => setValues({ ...values, publishedAt: event.target.value })}
              />
            </Field>
            <Field label={t.article.status} htmlFor="article-edit-status">
              <Select
                id="article-edit-status"
                value={values.status}
                onChange={(event) => setValues({ ...values, status: event.target.value as ArticleStatus })}
              >
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t.articleStatus[status]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className="flex items-center gap-2">
            <Button type="submit" variant="primary" disabled={busy || values.title.trim() === "" || conflict !== null}>
              {busy ? t.common.saving : t.common.save}
            </Button>
            <Button onClick={() => setEditing(false)} disabled={busy}>
              {t.common.cancel}
            </Button>
            <span className="ms-auto text-xs text-slate-500">
              {format(t.article.version, { version: baseline.version })}
            </span>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function fieldLabel(field: FieldName, t: Messages): string {
  const labels: Record<FieldName, string> = {
    title: t.article.titleLabel,
    source: t.article.outlet,
    url: t.article.url,
    publishedAt: t.article.published,
    status: t.article.status,
  };
  return labels[field];
}
