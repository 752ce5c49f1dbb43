import { z } from "zod";
import { SEARCH_TYPES } from "./search-input";

/** Counts stop here (the page says "200+"): counting further would read every match of a common word. */
export const SEARCH_COUNT_CAP = 200;

export const ZSearchResult = z.object({
  type: z.enum(SEARCH_TYPES),
  id: z.string(),
  articleId: z.uuid().nullable(),
  articleTitle: z.string().nullable(),
  publishedAt: z.iso.date().nullable(),
  title: z.string().describe("a heading: a label, a claim kind and speaker, a translation's target, a name"),
  snippet: z.object({
    text: z.string(),
    start: z.number().int().describe("where the snippet starts in the whole text"),
    end: z.number().int(),
    highlights: z
      .array(z.object({ start: z.number().int(), end: z.number().int() }))
      .describe("relative to the snippet"),
    cutStart: z.boolean(),
    cutEnd: z.boolean(),
  }),
  offset: z
    .object({ start: z.number().int(), end: z.number().int() })
    .nullable()
    .describe("where the match is in the article text (UTF-16)"),
  href: z.string().nullable().describe("opens the article there: …#offset=start-end"),
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const ZSearchGroup = z.object({
  count: z.number().int().max(SEARCH_COUNT_CAP).describe(`matches of this kind, counted up to ${SEARCH_COUNT_CAP}`),
  more: z.boolean().describe(`true: there are more than \`count\` (the count stopped at ${SEARCH_COUNT_CAP})`),
  results: z.array(ZSearchResult),
});

/** GET /projects/{id}/search: results per kind the filters allow. */
export const ZSearchResponse = z.object({
  q: z.string(),
  terms: z.array(
    z.object({ text: z.string(), phrase: z.boolean(), negated: z.boolean(), alternatives: z.array(z.string()) }),
  ),
  groups: z.partialRecord(z.enum(SEARCH_TYPES), ZSearchGroup),
  tookMs: z.number(),
});
