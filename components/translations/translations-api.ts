import { ApiError, apiFetch } from "@/components/ui/api-client";
import type { TTranslationOrigin, TTranslationStatus } from "@/components/claims/types";

export type TTranslationTarget = "SEGMENT" | "SPAN" | "CLAIM";

type TPerson = { id: string; name: string };

/** The current English of one paragraph, span or claim: its newest version, who wrote it, and its review state. */
export type TTranslation = {
  id: string;
  targetType: TTranslationTarget;
  targetKey: string;
  status: TTranslationStatus;
  version: number;
  text: string;
  origin: TTranslationOrigin;
  author: TPerson | null;
  updatedAt: string;
  reviewedAt: string | null;
  reviewedBy: TPerson | null;
};

export type TRevision = {
  version: number;
  text: string;
  origin: TTranslationOrigin;
  createdAt: string;
  author: TPerson | null;
};

type TDate = Date | string;
const iso = (value: TDate) => (value instanceof Date ? value.toISOString() : value);

/** A translation as lib/translations/list-translations returns it (Date fields), as the editor holds it. */
export function toClientTranslation(row: {
  id: string;
  targetType: TTranslationTarget;
  targetKey: string;
  status: TTranslationStatus;
  version: number;
  text: string;
  origin: TTranslationOrigin;
  author: TPerson | null;
  updatedAt: TDate;
  reviewedAt: TDate | null;
  reviewedBy: TPerson | null;
}): TTranslation {
  return {
    id: row.id,
    targetType: row.targetType,
    targetKey: row.targetKey,
    status: row.status,
    version: row.version,
    text: row.text,
    origin: row.origin,
    author: row.author ? { id: row.author.id, name: row.author.name } : null,
    updatedAt: iso(row.updatedAt),
    reviewedAt: row.reviewedAt === null ? null : iso(row.reviewedAt),
    reviewedBy: row.reviewedBy ? { id: row.reviewedBy.id, name: row.reviewedBy.name } : null,
  };
}

/** The shape writes answer with (the translation and its newest revision), flattened. */
type TStored = Omit<TTranslation, "text" | "origin" | "author"> & { revisions: TRevision[] };

function fromStored(stored: TStored): TTranslation {
  const { revisions, ...rest } = stored;
  const newest = revisions[0];
  return { ...rest, text: newest?.text ?? "", origin: newest?.origin ?? "HUMAN", author: newest?.author ?? null };
}

function isStored(value: unknown): value is TStored {
  return (
    !!value &&
    typeof value === "object" &&
    typeof (value as { id?: unknown }).id === "string" &&
    Array.isArray((value as { revisions?: unknown }).revisions)
  );
}

/** The translation as saved now, from a 409's `details.current` (null when there is none yet). */
export function conflictTranslation(error: unknown): TTranslation | null | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const current =
    error.details && typeof error.details === "object" ? (error.details as { current?: unknown }).current : undefined;
  return isStored(current) ? fromStored(current) : null;
}

const enc = encodeURIComponent;

/** The translation endpoints (app/api/v1/articles/[id]/translations, app/api/v1/translations/[id]/**). */
export const translationsApi = {
  list: async (articleId: string, signal?: AbortSignal) =>
    (await apiFetch<{ translations: TTranslation[] }>(`/api/v1/articles/${enc(articleId)}/translations`, { signal }))
      .translations,
  save: async (
    articleId: string,
    body: {
      targetType: TTranslationTarget;
      targetKey: string;
      text: string;
      origin: TTranslationOrigin;
      baseVersion: number | null;
    },
  ) =>
    fromStored(
      await apiFetch<TStored>(`/api/v1/articles/${enc(articleId)}/translations`, { method: "PUT", json: body }),
    ),
  review: async (translationId: string, body: { version: number; status: TTranslationStatus }) =>
    fromStored(await apiFetch<TStored>(`/api/v1/translations/${enc(translationId)}`, { method: "PATCH", json: body })),
  history: async (translationId: string) =>
    (await apiFetch<{ revisions: TRevision[] }>(`/api/v1/translations/${enc(translationId)}/history`)).revisions,
};
