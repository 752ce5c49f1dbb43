import { z } from "zod";
import { ZPersonRef, ZTimestamp } from "../api/wire";
import { ZTranslationOrigin, ZTranslationStatus } from "../claims/schemas";

export const ZTranslationTargetType = z.enum(["SEGMENT", "SPAN", "CLAIM"]);

export const ZTranslationRevision = z.object({
  version: z.number().int(),
  text: z.string(),
  origin: ZTranslationOrigin,
  createdAt: ZTimestamp,
  author: ZPersonRef.nullable(),
});
export type TTranslationRevision = z.output<typeof ZTranslationRevision>;

const ZTranslationBase = z.object({
  id: z.uuid(),
  targetType: ZTranslationTargetType,
  targetKey: z.string().describe("paragraph index, span id or claim id"),
  status: ZTranslationStatus,
  version: z.number().int(),
  reviewedAt: ZTimestamp.nullable(),
  updatedAt: ZTimestamp,
  reviewedBy: ZPersonRef.nullable(),
});

/** What saving and reviewing answer (and a 409 carries as `current`): the translation and its newest revision. */
export const ZStoredTranslation = ZTranslationBase.extend({ revisions: z.array(ZTranslationRevision) });
export type TStoredTranslation = z.output<typeof ZStoredTranslation>;

/** A translation in GET /articles/{id}/translations: its current English, flattened. */
export const ZTranslation = ZTranslationBase.extend({
  text: z.string(),
  origin: ZTranslationOrigin,
  author: ZPersonRef.nullable(),
});
export type TTranslation = z.output<typeof ZTranslation>;
