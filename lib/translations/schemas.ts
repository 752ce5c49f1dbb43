import { z } from "zod";
import { ZPersonRef, ZTimestamp } from "../api/wire";
import { ZTranslationOrigin, ZTranslationStatus } from "../claims/schemas";

export const ZTranslationTargetType = z.enum(["SEGMENT", "SPAN", "CLAIM"]);

export const ZTranslationRevision = z.object({
  version: z.number().int(),
  text: z.string(),
  origin: ZTranslationOrigin,
  engine: z.string().nullable().describe("for a MACHINE revision: deepl, google, libretranslate or openai"),
  engineModel: z.string().nullable().describe("for a MACHINE revision: the engine's model or API version"),
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
  /** MACHINE while no person has edited the engine's text (shown as machine translation until reviewed). */
  origin: ZTranslationOrigin,
  engine: z.string().nullable(),
  engineModel: z.string().nullable(),
  author: ZPersonRef.nullable(),
});
export type TTranslation = z.output<typeof ZTranslation>;

/** A machine translation run over an article's untranslated paragraphs (POST /articles/{id}/translation-runs). */
export const ZTranslationRun = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
  engine: z.string(),
  engineModel: z.string().nullable(),
  total: z.number().int(),
  done: z.number().int(),
  failed: z.array(z.number().int()).describe("paragraph indexes the engine failed on"),
  skipped: z.number().int().describe("paragraphs someone translated while the run worked"),
  error: z.string().describe("the engine's last failure message"),
  percent: z.number().int().min(0).max(100),
  createdAt: ZTimestamp,
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
});
export type TTranslationRun = z.output<typeof ZTranslationRun>;
