import { apiFetch } from "@/components/ui/api-client";
import type { TCreateSpanInput } from "@/lib/spans/create-span";
import type { TUpdateSpanInput } from "@/lib/spans/update-span";
import type { TSpan } from "./types";

/** What the annotator sends is what the span functions take (lib/spans). */
export type TCreateSpanBody = TCreateSpanInput;
export type TUpdateSpanBody = TUpdateSpanInput;
export type TVersionBody = { version: number };

/** The span endpoints of one article (app/api/v1/articles/[id]/spans/**). */
export type TSpanApi = {
  list(signal?: AbortSignal): Promise<TSpan[]>;
  create(body: TCreateSpanBody): Promise<TSpan>;
  update(spanId: string, body: TUpdateSpanBody): Promise<TSpan>;
  remove(spanId: string, body: TVersionBody): Promise<TSpan>;
  restore(spanId: string, body: TVersionBody): Promise<TSpan>;
};

export function spanApi(articleId: string): TSpanApi {
  const base = `/api/v1/articles/${encodeURIComponent(articleId)}/spans`;
  return {
    // Deleted spans come too: their versions tell a late event or a stale copy from a newer one.
    list: async (signal) => (await apiFetch<{ spans: TSpan[] }>(`${base}?includeDeleted=true`, { signal })).spans,
    create: (body) => apiFetch<TSpan>(base, { method: "POST", json: body }),
    update: (spanId, body) => apiFetch<TSpan>(`${base}/${spanId}`, { method: "PATCH", json: body }),
    remove: (spanId, body) => apiFetch<TSpan>(`${base}/${spanId}`, { method: "DELETE", json: body }),
    restore: (spanId, body) => apiFetch<TSpan>(`${base}/${spanId}/restore`, { method: "POST", json: body }),
  };
}
