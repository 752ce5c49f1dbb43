import { z } from "zod";
import { ZFlag } from "../api/query";
import { ZDayTimestamp, ZPersonRef, ZTimestamp } from "../api/wire";
import { ZEntityRef } from "../entities/schemas";
import { ZClaimKind, ZClaimStatus } from "./claim-input";
import { ZClaimFigures } from "./figures";

export const ZTranslationStatus = z.enum(["DRAFT", "REVIEWED"]);
export type TTranslationStatus = z.output<typeof ZTranslationStatus>;
export const ZTranslationOrigin = z.enum(["HUMAN", "ASSISTED", "MACHINE"]);
export type TTranslationOrigin = z.output<typeof ZTranslationOrigin>;
export const ZSourceType = z.enum(["OFFICIAL", "LOCAL", "MEDIA", "ANONYMOUS"]);

const ZClaimSpanRef = z.object({
  id: z.uuid(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  labelId: z.uuid(),
  deletedAt: ZTimestamp.nullable(),
  /** ORPHANED: a revision could not place it; its offsets and quote are those of text version `articleVersion`. */
  anchorState: z.enum(["PLACED", "MOVED", "ORPHANED"]),
  articleVersion: z.number().int(),
});

export const ZClaimEventRef = z.object({
  id: z.uuid(),
  titleAr: z.string(),
  titleEn: z.string(),
  occurredOn: ZDayTimestamp.nullable(),
});

/** A claim as writes answer it (create, edit, delete, restore) and a 409 carries it as `current`. */
export const ZClaim = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  kind: ZClaimKind,
  attribution: z.string(),
  channel: z.string(),
  figures: ZClaimFigures,
  occurredOn: ZDayTimestamp.nullable(),
  place: z.string(),
  status: ZClaimStatus,
  note: z.string(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  deletedAt: ZTimestamp.nullable(),
  claimSpan: ZClaimSpanRef.nullable(),
  speakerSpan: ZClaimSpanRef.nullable(),
  speakerEntity: ZEntityRef.nullable(),
  entities: z.array(z.object({ entity: ZEntityRef })),
  event: ZClaimEventRef.nullable(),
  author: ZPersonRef.nullable(),
});

export const ZClaimTranslation = z.object({
  status: ZTranslationStatus,
  version: z.number().int(),
  text: z.string(),
  origin: ZTranslationOrigin,
});

/** A claim in GET /articles/{id}/claims: with its current English. */
export const ZListedClaim = ZClaim.extend({ translation: ZClaimTranslation.nullable() });

/** POST /articles/{id}/claims/prefill: the kind and figures read from the selected Arabic. */
export const ZClaimPrefill = z.object({ kind: ZClaimKind, figures: ZClaimFigures });

export const ZEnglishDraft = z.object({
  text: z.string().describe("English only: every untranslated part is […]"),
  origin: z.literal("ASSISTED"),
  gaps: z
    .array(z.object({ arabic: z.string() }))
    .describe("one per […] of the text, in order: the Arabic it stands for, shown beside the draft"),
});
export type TEnglishDraft = z.output<typeof ZEnglishDraft>;

/**
 * A claim away from its article (link search, review queue, event page): the sentence around its
 * span, the article's title, outlet and date, the speaker and its current English.
 */
export const ZClaimInContext = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  kind: ZClaimKind,
  figures: ZClaimFigures,
  attribution: z.string(),
  channel: z.string(),
  status: ZClaimStatus,
  occurredOn: ZDayTimestamp.nullable(),
  place: z.string(),
  eventId: z.uuid().nullable(),
  claimSpan: z
    .object({
      id: z.string().describe('"" for a machine-proposed claim placed by its suggestion'),
      start: z.number().int(),
      end: z.number().int(),
      quote: z.string(),
    })
    .nullable(),
  speakerSpan: z.object({ quote: z.string() }).nullable(),
  speakerEntity: z.object({ id: z.uuid(), nameAr: z.string(), nameEn: z.string() }).nullable(),
  article: z.object({
    id: z.uuid(),
    title: z.string(),
    source: z.string().nullable(),
    publishedAt: ZDayTimestamp.nullable(),
  }),
  sentence: z.string(),
  translation: z.object({ text: z.string(), status: ZTranslationStatus }).nullable(),
});

/** What the incident and review pages add: proposed or accepted, and who reports the figures. */
export const ZClaimWithSource = ZClaimInContext.extend({
  proposed: z.boolean().describe("machine-proposed from an open suggestion, not yet accepted"),
  sourceText: z.string(),
  sourceType: ZSourceType.nullable(),
});

/** GET /articles/{id}/claims */
export const ZListClaimsQuery = z.object({ includeDeleted: ZFlag.describe("include deleted claims") });
