import type { z } from "zod";
import { ApiError, apiFetch } from "@/components/ui/api-client";
import { conflictRecord } from "@/components/ui/conflict";
import type { TTranslationOrigin, TTranslationStatus } from "@/lib/claims/schemas";
import type { TTranslationRun } from "@/lib/translations/schemas";
import {
  type TStoredTranslation,
  type TTranslation,
  type TTranslationRevision,
  ZStoredTranslation,
  ZTranslation,
} from "@/lib/translations/schemas";

export type { TTranslation };
export type TRevision = TTranslationRevision;
export type TTranslationTarget = TTranslation["targetType"];

/** A translation as lib/translations/list-translations returns it (Date fields), as the editor holds it. */
export function toClientTranslation(row: z.input<typeof ZTranslation>): TTranslation {
  return ZTranslation.parse(row);
}

/** What writes answer with (the translation and its newest revision), flattened. */
function fromStored(stored: TStoredTranslation): TTranslation {
  const { revisions, ...rest } = stored;
  const newest = revisions[0];
  return {
    ...rest,
    text: newest?.text ?? "",
    origin: newest?.origin ?? "HUMAN",
    engine: newest?.engine ?? null,
    engineModel: newest?.engineModel ?? null,
    author: newest?.author ?? null,
  };
}

/** The translation as saved now, from a 409's `details.current` (null when there is none yet). */
export function conflictTranslation(error: unknown): TTranslation | null | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const current = conflictRecord(error, ZStoredTranslation);
  return current ? fromStored(current) : null;
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
      await apiFetch<TStoredTranslation>(`/api/v1/articles/${enc(articleId)}/translations`, {
        method: "PUT",
        json: body,
      }),
    ),
  review: async (translationId: string, body: { version: number; status: TTranslationStatus }) =>
    fromStored(
      await apiFetch<TStoredTranslation>(`/api/v1/translations/${enc(translationId)}`, { method: "PATCH", json: body }),
    ),
  /** Machine-translates a paragraph or a claim's quote (app/api/v1/articles/[id]/translations/machine). */
  machine: async (
    articleId: string,
    body: { targetType: "SEGMENT" | "CLAIM"; targetKey: string; baseVersion: number | null },
  ) =>
    fromStored(
      await apiFetch<TStoredTranslation>(`/api/v1/articles/${enc(articleId)}/translations/machine`, {
        method: "POST",
        json: body,
      }),
    ),
  startRun: async (articleId: string) =>
    apiFetch<TTranslationRun>(`/api/v1/articles/${enc(articleId)}/translation-runs`, { method: "POST" }),
  run: async (runId: string) => apiFetch<TTranslationRun>(`/api/v1/translation-runs/${enc(runId)}`),
  history: async (translationId: string) =>
    (await apiFetch<{ revisions: TRevision[] }>(`/api/v1/translations/${enc(translationId)}/history`)).revisions,
};
