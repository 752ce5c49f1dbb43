import { z } from "zod";

export const SEARCH_TYPES = ["article", "span", "claim", "translation", "entity"] as const;
export type TSearchType = (typeof SEARCH_TYPES)[number];

const ZBool = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

/**
 * One search box and its filters. Filters narrow the kinds of result they apply to and leave out
 * the kinds they cannot apply to: a label filter keeps spans and claims (by their span's label);
 * a claim kind, event or "reviewed" filter keeps claims, the spans they stand on and, for event,
 * the articles that have such claims; "reviewed" also applies to translations; an author filter
 * keeps spans, claims and translations by who wrote them; a date range keeps everything that has
 * an article, by its publication date.
 */
export const ZSearchInput = z.object({
  q: z.string().max(500).default(""),
  types: z.array(z.enum(SEARCH_TYPES)).optional(),
  labelId: z.uuid().optional(),
  claimKind: z.enum(["STATEMENT", "CASUALTY", "COUNT", "EVENT", "OTHER"]).optional(),
  authorId: z.uuid().optional(),
  eventId: z.uuid().optional(),
  from: z.iso.date("use a date like 2023-12-09").optional(),
  to: z.iso.date("use a date like 2023-12-09").optional(),
  reviewed: ZBool.optional(),
  /** Results per kind. */
  limit: z.coerce.number().int().min(1).max(100).default(10),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type TSearchInput = z.input<typeof ZSearchInput>;
export type TSearchFilters = z.infer<typeof ZSearchInput>;

/** Reads the search from a URL's query string (`types` and repeated keys as comma lists). */
export function searchInputFromParams(params: URLSearchParams): TSearchFilters {
  const get = (k: string) => params.get(k) ?? undefined;
  const types = params
    .getAll("types")
    .flatMap((t) => t.split(","))
    .filter(Boolean);
  const input: Record<string, unknown> = {
    q: get("q") ?? "",
    labelId: get("labelId") || undefined,
    claimKind: get("claimKind") || undefined,
    authorId: get("authorId") || undefined,
    eventId: get("eventId") || undefined,
    from: get("from") || undefined,
    to: get("to") || undefined,
    reviewed: get("reviewed") || undefined,
    limit: get("limit"),
    offset: get("offset"),
  };
  if (types.length) input.types = types;
  return ZSearchInput.parse(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
}
