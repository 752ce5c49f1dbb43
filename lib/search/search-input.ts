import { z } from "zod";
import { ZClaimKind } from "../claims/claim-input";
import { assertCleanQuery } from "../security/input-guard";

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
  q: z.string().max(500).default("").describe('words (all must match), "a phrase", -excluded'),
  types: z.array(z.enum(SEARCH_TYPES)).optional(),
  labelId: z.uuid().optional().describe("spans with this label, and claims on them"),
  claimKind: ZClaimKind.optional().describe("claims of this kind and their spans"),
  authorId: z.uuid().optional().describe("spans, claims and translations by this user"),
  eventId: z.uuid().optional().describe("claims of the event, their spans and articles"),
  from: z.iso.date("use a date like 2023-12-09").optional().describe("articles published on or after"),
  to: z.iso.date("use a date like 2023-12-09").optional().describe("articles published on or before"),
  reviewed: ZBool.optional().describe("reviewed (or not) claims, their spans, and translations"),
  /** Results per kind. */
  limit: z.coerce.number().int().min(1).max(100).default(10).describe("results per kind"),
  offset: z.coerce.number().int().min(0).max(10_000).default(0).describe("results per kind to skip"),
});
export type TSearchInput = z.input<typeof ZSearchInput>;
export type TSearchFilters = z.infer<typeof ZSearchInput>;

/** GET /projects/{id}/search: the query string form, `types` a comma list (the key may repeat). */
export const ZSearchQuery = ZSearchInput.extend({
  types: z
    .string()
    .optional()
    .describe(`comma list of ${SEARCH_TYPES.join(", ")} (default: every kind the filters allow)`)
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(ZSearchInput.shape.types),
  reviewed: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true"))
    .describe("reviewed (or not) claims, their spans, and translations"),
});

/** Reads the search from a URL's query string. */
export function searchInputFromParams(params: URLSearchParams): TSearchFilters {
  // The search page reads its address without the API's edge guard: NUL, lone surrogates and
  // malformed ids are refused here too, so they are a message on the page, not a database error.
  assertCleanQuery(params);
  const values: Record<string, string> = {};
  for (const [name, value] of params) if (value !== "" && name !== "types") values[name] = value;
  const types = params.getAll("types").filter(Boolean).join(",");
  if (types) values.types = types;
  return ZSearchQuery.parse(values);
}
