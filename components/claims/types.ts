import type { z } from "zod";
import { type TClaimKind, ZClaimKind, ZClaimStatus } from "@/lib/claims/claim-input";
import type { ZClaim, ZClaimEventRef, ZListedClaim } from "@/lib/claims/schemas";
import { ZEntityKind } from "@/lib/entities/entity-input";
import type { ZEntity, ZEntityRef, ZListedEntity } from "@/lib/entities/schemas";
import type { ZListedLabel } from "@/lib/labels/schemas";
import type { ZSpan } from "@/lib/spans/schemas";

/**
 * Claims and entities in the shape the JSON API sends them: the output of the response schemas in
 * lib/<domain>/schemas.ts (dates as ISO strings), which server pages also parse their props with.
 */
export type { TClaimKind };
export const CLAIM_KINDS = ZClaimKind.options;

export const CLAIM_STATUSES = ZClaimStatus.options;
export type TClaimStatus = z.output<typeof ZClaimStatus>;

export const ENTITY_KINDS = ZEntityKind.options;
export type TEntityKind = z.output<typeof ZEntityKind>;

export type TEntityRef = z.output<typeof ZEntityRef>;
/** A registry entry as writes answer it. */
export type TEntity = z.output<typeof ZEntity>;
/** A registry entry as GET /api/v1/projects/{id}/entities lists it, with its counts. */
export type TListedEntity = z.output<typeof ZListedEntity>;

/** A claim as a write answers it (and a 409 carries it): without its English. */
export type TClaim = z.output<typeof ZClaim>;
/** A claim as the claims list carries it, with its current English. */
export type TListedClaim = z.output<typeof ZListedClaim>;

/** Text chosen in the reader, in UTF-16 offsets of the stored article text, with its exact characters. */
export type TClaimSelection = { start: number; end: number; quote: string };

/** A span of the article as GET …/spans lists it (only what the claim form needs). */
export type TArticleSpan = Pick<
  z.output<typeof ZSpan>,
  "id" | "start" | "end" | "quote" | "labelId" | "entityId" | "version"
>;

export type TLabelRef = Pick<z.output<typeof ZListedLabel>, "id" | "key" | "name" | "nameAr" | "color">;

export type TEventRef = z.output<typeof ZClaimEventRef>;

/** Channels offered in the form; stored as these English words (the English draft uses them), shown translated. */
export const KNOWN_CHANNELS = [
  "statement",
  "Telegram post",
  "interview",
  "press conference",
  "social media post",
] as const;
