import { z } from "zod";
import { ZFlag } from "../api/query";
import { ZTimestamp } from "../api/wire";

/**
 * A span as the API sends it (create, update, delete, restore, list, live events, a 409's `current`).
 * Its keys are the span's field list, in the dataset format's order: lib/spans/span-record.ts builds
 * the Prisma select and the SQL select lists from them.
 */
export const ZSpan = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  labelId: z.uuid(),
  start: z.number().int().describe("UTF-16 offset into the article text"),
  end: z.number().int(),
  quote: z.string().describe("exactly text.slice(start, end)"),
  prefix: z.string(),
  suffix: z.string(),
  note: z.string(),
  entityId: z.uuid().nullable(),
  author: z
    .object({ id: z.uuid(), name: z.string(), email: z.string() })
    .nullable()
    .describe("null when the author's account is gone or a script made the span"),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  deletedAt: ZTimestamp.nullable(),
});

/** GET /articles/{id}/spans */
export const ZListSpansQuery = z.object({
  includeDeleted: ZFlag.describe("include deleted spans"),
  labelId: z.uuid().optional().describe("only spans with this label"),
  authorId: z.uuid().optional().describe("only spans by this user"),
});

/** A live span change (GET /articles/{id}/events, lib/realtime/publish.ts): the span when it fit the NOTIFY payload. */
export const ZSpanEvent = z.object({
  articleId: z.uuid(),
  type: z.enum(["span.upsert", "span.delete"]),
  spanId: z.uuid(),
  version: z.number().int(),
  actorId: z.string(),
  span: ZSpan.optional(),
});
