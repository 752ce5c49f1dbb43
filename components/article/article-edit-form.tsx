"use client";

import { useI18n } from "@/components/i18n/use-i18n";
import { Alert } from "@/components/ui/alert";
import { hasArabic } from "@/components/ui/bidi";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input, Select } from "@/components/ui/form";
import { format } from "@/lib/i18n/format";
import {
  type Conflict,
  displayValue,
  FIELDS,
  fieldLabel,
  type FormValues,
  STATUSES,
  type TEditState,
  toForm,
} from "./article-edit";

/** The inline form a manager edits the article's metadata in, with a conflict shown above it. */
export function ArticleEditForm({
  state,
  busy,
  error,
  onChange,
  onSubmit,
  onKeepCurrent,
  onCancel,
}: {
  state: TEditState;
  busy: boolean;
  error: string | null;
  onChange: (patch: Partial<FormValues>) => void;
  onSubmit: () => void;
  onKeepCurrent: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { values, conflict } = state;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className="flex flex-col gap-4 border-t border-slate-100 px-5 py-4"
      aria-label={t.article.detailsTitle}
    >
      {conflict ? (
        <ConflictTable
          conflict={conflict}
          values={values}
          busy={busy}
          onReapply={onSubmit}
          onKeepCurrent={onKeepCurrent}
        />
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}

      <Field label={t.article.titleLabel} htmlFor="article-edit-title">
        <Input
          id="article-edit-title"
          dir="auto"
          required
          maxLength={500}
          value={values.title}
          onChange={(event) => onChange({ title: event.target.value })}
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
            onChange={(event) => onChange({ source: event.target.value })}
          />
        </Field>
        <Field label={t.article.url} htmlFor="article-edit-url" optional={t.common.optional} className="lg:col-span-2">
          <Input
            id="article-edit-url"
            type="url"
            dir="ltr"
            maxLength={2000}
            value={values.url}
            onChange={(event) => onChange({ url: event.target.value })}
          />
        </Field>
        <Field label={t.article.published} htmlFor="article-edit-date" optional={t.common.optional}>
          <Input
            id="article-edit-date"
            type="date"
            dir="ltr"
            value={values.publishedAt}
            onChange={(event) => onChange({ publishedAt: event.target.value })}
          />
        </Field>
        <Field label={t.article.status} htmlFor="article-edit-status">
          <Select
            id="article-edit-status"
            value={values.status}
            onChange={(event) => onChange({ status: STATUSES.find((s) => s === event.target.value) ?? values.status })}
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
        <Button onClick={onCancel} disabled={busy}>
          {t.common.cancel}
        </Button>
        <span className="ms-auto text-xs text-slate-500">
          {format(t.article.version, { version: state.baseline.version })}
        </span>
      </div>
    </form>
  );
}

/** What the user changed next to what is saved now, with the two ways on. */
function ConflictTable({
  conflict,
  values,
  busy,
  onReapply,
  onKeepCurrent,
}: {
  conflict: Conflict;
  values: FormValues;
  busy: boolean;
  onReapply: () => void;
  onKeepCurrent: () => void;
}) {
  const { t, locale } = useI18n();
  const current = toForm(conflict.current);
  // Rows: what the user changed, and what the other person changed.
  const rows = FIELDS.filter((f) => conflict.mine.includes(f) || current[f] !== conflict.before[f]);
  return (
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
          {rows.map((field) => (
            <tr key={field} className="border-t border-amber-200 align-top">
              <th scope="row" className="py-1 pe-3 text-start font-medium">
                {fieldLabel(field, t)}
              </th>
              <td className="py-1 pe-3" dir="auto" data-testid={`conflict-current-${field}`}>
                {displayValue(field, current, t, locale)}
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
        <Button size="sm" variant="primary" onClick={onReapply} disabled={busy}>
          {t.article.reapply}
        </Button>
        <Button size="sm" onClick={onKeepCurrent} disabled={busy}>
          {t.article.keepCurrent}
        </Button>
      </div>
    </Alert>
  );
}
