"use client";

import { useEffect, useState } from "react";
import { toClaimView, type TContextClaimInput } from "@/components/review/to-view";
import type { TClaimView } from "@/components/review/types";
import { apiFetch } from "@/components/ui/api-client";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";

export type TEventOption = { id: string; titleAr: string; titleEn: string };
export type TEntityOption = { id: string; nameAr: string; nameEn: string };
export type TSearchFilters = { query: string; eventId: string; entityId: string };

const SEARCH_DELAY_MS = 250;

/**
 * The search for the claim to link to: the filters, their choices (events and entities, read
 * once per opening), and the results, which follow the filters a moment after the last keystroke
 * (a newer search cancels an older one). Claims of the linked claim's own article are left out, and
 * those of its incident come first.
 */
export function useClaimSearch({
  projectId,
  claim,
  open,
  initial,
  onError,
}: {
  projectId: string;
  claim: { id: string; articleId: string };
  open: boolean;
  initial: TSearchFilters;
  onError: (error: unknown) => void;
}) {
  const [filters, setFilters] = useState(initial);
  const [choices, setChoices] = useState<{ events: TEventOption[]; entities: TEntityOption[] }>({
    events: [],
    entities: [],
  });
  const [results, setResults] = useState<TClaimView[] | null>(null);
  const [targetId, setTargetId] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    Promise.all([
      apiFetch<{ events: TEventOption[] }>(`/api/v1/projects/${projectId}/events`, { signal: controller.signal }),
      apiFetch<{ entities: TEntityOption[] }>(`/api/v1/projects/${projectId}/entities`, { signal: controller.signal }),
    ]).then(
      ([e, n]) => setChoices({ events: e.events, entities: n.entities }),
      (caught: unknown) => {
        if (!controller.signal.aborted) onError(caught);
      },
    );
    return () => controller.abort();
  }, [open, projectId, onError]);

  const { query, eventId, entityId } = filters;
  // The claims of the linked claim's incident come first.
  const params = new URLSearchParams({ excludeArticleId: claim.articleId, nearClaimId: claim.id });
  if (query.trim()) params.set("q", query.trim());
  if (eventId) params.set("eventId", eventId);
  if (entityId) params.set("entityId", entityId);
  const { searching } = useDebouncedSearch({
    key: `/api/v1/projects/${projectId}/claims?${params.toString()}`,
    enabled: open,
    delayMs: SEARCH_DELAY_MS,
    search: (url, signal) => apiFetch<{ claims: TContextClaimInput[] }>(url, { signal }),
    onFound: (answer) => {
      const found = answer.claims.filter((c) => c.id !== claim.id).map(toClaimView);
      setResults(found);
      setTargetId((current) => (current && found.some((c) => c.id === current) ? current : null));
    },
    onError,
  });

  return {
    filters,
    setFilter: (patch: Partial<TSearchFilters>) => setFilters((f) => ({ ...f, ...patch })),
    ...choices,
    results,
    searching,
    targetId,
    setTargetId,
  };
}
