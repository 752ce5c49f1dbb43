import { type TClaimKind, ZClaimKind } from "@/lib/claims/claim-input";

/**
 * Claims, entities and translations in the shape the JSON API sends them (dates as ISO strings),
 * so server-rendered props and fetched data look the same in the browser.
 */
export type { TClaimKind };
export const CLAIM_KINDS = ZClaimKind.options;

export const CLAIM_STATUSES = ["DRAFT", "READY", "REVIEWED"] as const;
export type TClaimStatus = (typeof CLAIM_STATUSES)[number];

export const ENTITY_KINDS = ["PERSON", "ORGANISATION", "PLACE", "OUTLET"] as const;
export type TEntityKind = (typeof ENTITY_KINDS)[number];

export type TEntityRef = { id: string; kind: TEntityKind; nameAr: string; nameEn: string };

/** A registry entry as GET /api/v1/projects/{id}/entities lists it. */
export type TEntity = TEntityRef & { aliases: string[]; version: number; claimCount?: number; spanCount?: number };

export type TClaimSpan = {
  id: string;
  start: number;
  end: number;
  quote: string;
  labelId: string;
  deletedAt: string | null;
};

export type TTranslationStatus = "DRAFT" | "REVIEWED";
export type TTranslationOrigin = "HUMAN" | "ASSISTED";

/** The claim's current English as the claims list carries it. */
export type TClaimTranslation = {
  status: TTranslationStatus;
  version: number;
  text: string;
  origin: TTranslationOrigin;
};

export type TClaimEvent = { id: string; titleAr: string; titleEn: string; occurredOn: string | null };

export type TClaim = {
  id: string;
  articleId: string;
  kind: TClaimKind;
  attribution: string;
  channel: string;
  figures: Record<string, unknown>;
  occurredOn: string | null;
  place: string;
  status: TClaimStatus;
  note: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  claimSpan: TClaimSpan | null;
  speakerSpan: TClaimSpan | null;
  speakerEntity: TEntityRef | null;
  entities: { entity: TEntityRef }[];
  event: TClaimEvent | null;
  author: { id: string; name: string } | null;
  translation: TClaimTranslation | null;
};

/** Text chosen in the reader, in UTF-16 offsets of the stored article text, with its exact characters. */
export type TClaimSelection = { start: number; end: number; quote: string };

/** A span of the article as GET …/spans lists it (only what the claim form needs). */
export type TArticleSpan = {
  id: string;
  start: number;
  end: number;
  quote: string;
  labelId: string;
  entityId?: string | null;
  version: number;
};

export type TLabelRef = { id: string; key: string; name: string; nameAr: string; color: string };

export type TEventRef = { id: string; titleAr: string; titleEn: string; occurredOn: string | null };

/** Channels offered in the form; stored as these English words (the English draft uses them), shown translated. */
export const KNOWN_CHANNELS = [
  "statement",
  "Telegram post",
  "interview",
  "press conference",
  "social media post",
] as const;
