import type { z } from "zod";
import { ARTICLE_STATUSES, type ZArticleMeta } from "@/lib/articles/schemas";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, toDateInputValue } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/**
 * The editable metadata of an article as the JSON API sends it (part of `ZArticleSummary`, which
 * PATCH /articles/{id} answers with and a 409 carries as `current`; dates as ISO strings).
 */
export type ArticleMeta = z.output<typeof ZArticleMeta>;

export type FormValues = { title: string; source: string; url: string; publishedAt: string; status: ArticleStatus };
export type FieldName = keyof FormValues;
export type Conflict = {
  /** The article as saved now. */
  current: ArticleMeta;
  /** The fields this user changed. */
  mine: FieldName[];
  /** The values the user started editing from. */
  before: FormValues;
};
export type Patch = {
  title?: string;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  status?: ArticleStatus;
};

export const FIELDS: FieldName[] = ["title", "source", "url", "publishedAt", "status"];
export const STATUSES: readonly ArticleStatus[] = ARTICLE_STATUSES;

export function toForm(article: ArticleMeta): FormValues {
  return {
    title: article.title,
    source: article.source ?? "",
    url: article.url ?? "",
    publishedAt: toDateInputValue(article.publishedAt),
    status: article.status,
  };
}

/** Only the fields the user changed, so re-applying after a conflict does not undo others' edits. */
export function changedFields(values: FormValues, baseline: FormValues): Patch {
  const patch: Patch = {};
  if (values.title !== baseline.title) patch.title = values.title.trim();
  if (values.source !== baseline.source) patch.source = values.source.trim() || null;
  if (values.url !== baseline.url) patch.url = values.url.trim() || null;
  if (values.publishedAt !== baseline.publishedAt) patch.publishedAt = values.publishedAt || null;
  if (values.status !== baseline.status) patch.status = values.status;
  return patch;
}

export function displayValue(field: FieldName, values: FormValues, t: Messages, locale: Locale): string {
  if (field === "status") return t.articleStatus[values.status];
  if (field === "publishedAt") return values.publishedAt ? formatDate(values.publishedAt, locale) : t.common.empty;
  return values[field] || t.common.empty;
}

export function fieldLabel(field: FieldName, t: Messages): string {
  const labels: Record<FieldName, string> = {
    title: t.article.titleLabel,
    source: t.article.outlet,
    url: t.article.url,
    publishedAt: t.article.published,
    status: t.article.status,
  };
  return labels[field];
}

/** One editing session: the values, the version and values they started from, a conflict, a success. */
export type TEditState = {
  editing: boolean;
  baseline: { version: number; values: FormValues };
  values: FormValues;
  conflict: Conflict | null;
  saved: boolean;
};

export type TEditAction =
  | { type: "start"; article: ArticleMeta }
  | { type: "change"; patch: Partial<FormValues> }
  | { type: "saving" }
  | { type: "saved" }
  | { type: "conflict"; current: ArticleMeta }
  | { type: "keepCurrent" }
  | { type: "stop" };

export const editState = (article: ArticleMeta): TEditState => ({
  editing: false,
  baseline: { version: article.version, values: toForm(article) },
  values: toForm(article),
  conflict: null,
  saved: false,
});

export function editReducer(state: TEditState, action: TEditAction): TEditState {
  switch (action.type) {
    case "start":
      return { ...editState(action.article), editing: true };
    case "change":
      return { ...state, values: { ...state.values, ...action.patch } };
    case "saving":
      return { ...state, saved: false };
    case "saved":
      return { ...state, conflict: null, editing: false, saved: true };
    case "conflict": {
      // Continue from what is saved now, with the user's own changes laid over it.
      const saved = toForm(action.current);
      const mine = FIELDS.filter((f) => state.values[f] !== state.baseline.values[f]);
      const merged: FormValues = { ...saved };
      for (const f of mine) Object.assign(merged, { [f]: state.values[f] });
      return {
        ...state,
        conflict: { current: action.current, mine, before: state.baseline.values },
        baseline: { version: action.current.version, values: saved },
        values: merged,
      };
    }
    case "keepCurrent":
      return state.conflict ? { ...state, values: toForm(state.conflict.current), conflict: null } : state;
    case "stop":
      return { ...state, conflict: null, editing: false };
  }
}
