import { apiFetch } from "@/components/ui/api-client";
import type { TArticleSpan, TClaim, TClaimKind, TClaimStatus, TEventRef, TLabelRef, TListedClaim } from "./types";
import type { TEnglishDraft } from "@/lib/claims/schemas";

/** What the claim form sends; the same body creates (with `id`) or updates (with `version`). */
export type TClaimFields = {
  kind: TClaimKind;
  claimSpanId: string | null;
  speakerSpanId: string | null;
  speakerEntityId: string | null;
  attribution: string;
  channel: string;
  figures: Record<string, unknown>;
  occurredOn: string | null;
  place: string;
  status: TClaimStatus;
  note: string;
  aboutEntityIds: string[];
  eventId: string | null;
};

export type TClaimPrefill = { kind: TClaimKind; figures: Record<string, unknown> };

const enc = encodeURIComponent;

/** The claim endpoints (app/api/v1/articles/[id]/claims/**, app/api/v1/claims/[id]/**) and what the form reads. */
export const claimsApi = {
  list: async (articleId: string, signal?: AbortSignal) =>
    (await apiFetch<{ claims: TListedClaim[] }>(`/api/v1/articles/${enc(articleId)}/claims`, { signal })).claims,
  create: (articleId: string, body: TClaimFields & { id: string }) =>
    apiFetch<TClaim>(`/api/v1/articles/${enc(articleId)}/claims`, { method: "POST", json: body }),
  update: (claimId: string, body: Partial<TClaimFields> & { version: number }) =>
    apiFetch<TClaim>(`/api/v1/claims/${enc(claimId)}`, { method: "PATCH", json: body }),
  remove: (claimId: string, version: number) =>
    apiFetch<TClaim>(`/api/v1/claims/${enc(claimId)}`, { method: "DELETE", json: { version } }),
  restore: (claimId: string, version: number) =>
    apiFetch<TClaim>(`/api/v1/claims/${enc(claimId)}/restore`, { method: "POST", json: { version } }),
  prefill: (articleId: string, range: { start: number; end: number }, signal?: AbortSignal) =>
    apiFetch<TClaimPrefill>(`/api/v1/articles/${enc(articleId)}/claims/prefill`, {
      method: "POST",
      json: range,
      signal,
    }),
  englishDraft: (claimId: string) => apiFetch<TEnglishDraft>(`/api/v1/claims/${enc(claimId)}/english-draft`),
  createSpan: (articleId: string, body: { id: string; labelId: string; start: number; end: number; quote: string }) =>
    apiFetch<TArticleSpan>(`/api/v1/articles/${enc(articleId)}/spans`, { method: "POST", json: body }),
  spans: async (articleId: string, signal?: AbortSignal) =>
    (await apiFetch<{ spans: TArticleSpan[] }>(`/api/v1/articles/${enc(articleId)}/spans`, { signal })).spans,
  labels: async (projectId: string, signal?: AbortSignal) =>
    (await apiFetch<{ labels: TLabelRef[] }>(`/api/v1/projects/${enc(projectId)}/labels`, { signal })).labels,
  events: async (projectId: string, signal?: AbortSignal) =>
    (await apiFetch<{ events: TEventRef[] }>(`/api/v1/projects/${enc(projectId)}/events`, { signal })).events,
};

/**
 * The editable fields of a stored claim, as an undo puts them back. The claim's own span is not
 * among them (an edit never moves a claim), and a speaker span deleted since is left out, since
 * the server refuses deleted spans.
 */
export function fieldsOf(claim: TClaim): Omit<TClaimFields, "claimSpanId"> {
  return {
    kind: claim.kind,
    speakerSpanId: claim.speakerSpan && !claim.speakerSpan.deletedAt ? claim.speakerSpan.id : null,
    speakerEntityId: claim.speakerEntity?.id ?? null,
    attribution: claim.attribution,
    channel: claim.channel,
    figures: claim.figures,
    occurredOn: claim.occurredOn ? claim.occurredOn.slice(0, 10) : null,
    place: claim.place,
    status: claim.status,
    note: claim.note,
    aboutEntityIds: claim.entities.map((e) => e.entity.id),
    eventId: claim.event?.id ?? null,
  };
}
