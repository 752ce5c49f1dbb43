import { apiFetch } from "@/components/ui/api-client";
import { conflictRecord } from "@/components/ui/conflict";
import { ZEntity } from "@/lib/entities/schemas";
import type { TEntity, TEntityKind, TListedEntity } from "@/components/claims/types";

export type TEntityInput = { kind: TEntityKind; nameAr: string; nameEn: string; aliases: string[] };

const enc = encodeURIComponent;

/** The entity endpoints (app/api/v1/projects/[id]/entities, app/api/v1/entities/[id]/**). */
export const entitiesApi = {
  search: async (projectId: string, options: { q?: string; kind?: TEntityKind | "" }, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (options.q?.trim()) params.set("q", options.q.trim());
    if (options.kind) params.set("kind", options.kind);
    const query = params.toString();
    return (
      await apiFetch<{ entities: TListedEntity[] }>(
        `/api/v1/projects/${enc(projectId)}/entities${query ? `?${query}` : ""}`,
        { signal },
      )
    ).entities;
  },
  create: (projectId: string, input: TEntityInput) =>
    apiFetch<TEntity>(`/api/v1/projects/${enc(projectId)}/entities`, { method: "POST", json: input }),
  update: (entityId: string, input: Partial<TEntityInput> & { version: number }) =>
    apiFetch<TEntity>(`/api/v1/entities/${enc(entityId)}`, { method: "PATCH", json: input }),
  merge: (targetId: string, sourceId: string) =>
    apiFetch<{ entity: TEntity; moved: { spans: number; claimsSpoken: number; claimsAbout: number } }>(
      `/api/v1/entities/${enc(targetId)}/merge`,
      { method: "POST", json: { sourceId } },
    ),
};

/** The entity a 409 names: the one a new entity clashes with (`existing`) or the current one after a stale edit (`current`). */
export function conflictEntity(error: unknown, key: "existing" | "current"): TEntity | null {
  return conflictRecord(error, ZEntity, key);
}

/** "a, b، c" → ["a", "b", "c"]: aliases are typed in one field, separated by Latin or Arabic commas. */
export function splitAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,،\n]/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ];
}
