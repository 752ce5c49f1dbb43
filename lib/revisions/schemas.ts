import { z } from "zod";
import { ZTimestamp } from "../api/wire";
import { ZHttpUrl } from "../security/http-url";

const ZCounts = z.object({ placed: z.number().int(), moved: z.number().int(), orphaned: z.number().int() });

/** How a revision's re-anchoring went: spans, and claims by their claim span. */
export const ZRevisionCounts = ZCounts.extend({ claims: ZCounts });

/** POST /articles/{id}/versions as JSON: the article version revised and one source of the new text. */
export const ZReviseArticleJson = z
  .object({
    version: z.number().int().positive("version is required: send the article version you revised"),
    text: z.string().min(1, "text must not be empty").optional().describe("the new text, pasted"),
    url: ZHttpUrl.optional().describe("a web address to fetch the new version from"),
    refetch: z.literal(true).optional().describe("fetch the new version from the article's own address"),
  })
  .refine((v) => [v.text !== undefined, v.url !== undefined, v.refetch === true].filter(Boolean).length === 1, {
    message: "Give exactly one of text, url or refetch",
  });

export const ZRevisionResult = z.object({
  article: z.object({ id: z.uuid(), version: z.number().int(), textVersion: z.number().int() }),
  revision: ZRevisionCounts.extend({
    version: z.number().int(),
    origin: z.enum(["text", "file", "url"]),
    snapshotSha256: z.string().nullable(),
  }),
  spans: z.array(
    z.object({
      id: z.uuid(),
      state: z.enum(["placed", "moved", "orphaned"]),
      method: z.string().nullable().describe("exact, quote, normalized or approximate; null when orphaned"),
      code: z.string().nullable().describe("why it was orphaned: empty_quote, ambiguous, context_lost, not_found"),
    }),
  ),
});

export const ZArticleVersionInfo = z.object({
  version: z.number().int(),
  current: z.boolean(),
  origin: z.string().describe("import (version 1), text, file or url"),
  textHash: z.string(),
  length: z.number().int(),
  reanchored: ZRevisionCounts.nullable(),
  snapshot: z
    .object({ kind: z.string(), sha256: z.string(), sourceUrl: z.string().nullable(), fileName: z.string().nullable() })
    .nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: ZTimestamp,
});

export const ZArticleVersionText = ZArticleVersionInfo.extend({
  articleId: z.uuid(),
  title: z.string(),
  text: z.string(),
});

/** GET /articles/{id}/orphans: spans a revision could not place, with what they said and where they were. */
export const ZOrphan = z.object({
  id: z.uuid(),
  version: z.number().int(),
  articleVersion: z.number().int().describe("the text version its start, end and quote refer to"),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  reason: z.string().describe("empty_quote, ambiguous, context_lost or not_found"),
  label: z.object({ id: z.uuid(), name: z.string(), nameAr: z.string(), color: z.string() }),
  author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  claims: z.array(z.object({ id: z.uuid(), kind: z.string() })),
});

export const ZPlaceOrphanInput = z.object({
  version: z.number().int().positive("version is required: send the span version you placed"),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string().min(1, "quote is required: the exact text between start and end"),
});
