import { z } from "zod";
import { ZDayTimestamp, ZTimestamp } from "../api/wire";
import { ZClaimKind, ZClaimStatus } from "../claims/claim-input";
import { ZClaimFigures } from "../claims/figures";
import { ZEntityKind } from "./entity-input";

/** An entity as a claim or span names it. */
export const ZEntityRef = z.object({ id: z.uuid(), kind: ZEntityKind, nameAr: z.string(), nameEn: z.string() });

/** A registry entry (create and edit answer it; a 409 carries it as `current` or, for a clash, `existing`). */
export const ZEntity = ZEntityRef.extend({
  aliases: z.array(z.string()),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

/** An entry in GET /projects/{id}/entities, with how many claims and spans name it. */
export const ZListedEntity = ZEntity.extend({ claimCount: z.number().int(), spanCount: z.number().int() });

export const ZEntityMerge = z.object({
  entity: ZEntity,
  moved: z.object({ spans: z.number().int(), claimsSpoken: z.number().int(), claimsAbout: z.number().int() }),
});

const ZProfileClaim = z.object({
  id: z.uuid(),
  kind: ZClaimKind,
  figures: ZClaimFigures,
  status: ZClaimStatus,
  occurredOn: ZDayTimestamp.nullable(),
  attribution: z.string(),
  channel: z.string(),
  claimSpan: z.object({ quote: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
  speakerSpan: z.object({ quote: z.string() }).nullable(),
  speakerEntity: z.object({ id: z.uuid(), nameAr: z.string(), nameEn: z.string() }).nullable(),
  article: z.object({
    id: z.uuid(),
    title: z.string(),
    publishedAt: ZDayTimestamp.nullable(),
    source: z.string().nullable(),
  }),
});

/** GET /entities/{id}: the entity with every claim it made or is about, by publication date. */
export const ZEntityProfile = ZEntity.extend({
  projectId: z.uuid(),
  mergedIntoId: z.uuid().nullable(),
  claimsMade: z.array(ZProfileClaim),
  claimsAbout: z.array(ZProfileClaim),
});

/** GET /projects/{id}/entities */
export const ZListEntitiesQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .describe("a name to match, ignoring tatweel, diacritics, hamza forms and ال; English names case-insensitively"),
  kind: ZEntityKind.optional(),
});
