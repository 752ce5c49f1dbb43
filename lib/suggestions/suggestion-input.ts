import { z } from "zod";
import { ZClaimKind, ZClaimStatus } from "../claims/claim-input";
export const ZSuggestionKind = z.enum([
  "STATEMENT",
  "CASUALTY",
  "COUNT",
  "DATE",
  "PLACE",
  "ORGANISATION",
  "PERSON",
  "OUTLET",
]);
export const ZSuggestionState = z.enum(["OPEN", "ACCEPTED", "REJECTED"]);

const ZRange = z.object({ start: z.number().int(), end: z.number().int(), quote: z.string().min(1).optional() });

/**
 * What an analyst changed before accepting. Everything is optional: the proposal fills the rest.
 * `start`/`end` move the main span (the quote is checked against the text, or taken from it);
 * `speaker: null` drops the proposed speaker span, `claim: null` accepts the span without a claim.
 */
export const ZSuggestionEdits = z.object({
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  quote: z.string().min(1).optional(),
  labelId: z.uuid().optional(),
  note: z.string().max(5000).optional(),
  entityId: z.uuid().nullable().optional(),
  speaker: ZRange.nullable().optional(),
  claim: z
    .object({
      kind: ZClaimKind,
      attribution: z.string().trim().max(500),
      channel: z.string().trim().max(100),
      figures: z.record(z.string(), z.unknown()),
      occurredOn: z.iso.date("use a date like 2023-12-09").nullable(),
      place: z.string().trim().max(300),
      speakerEntityId: z.uuid().nullable(),
      eventId: z.uuid().nullable(),
      status: ZClaimStatus,
      note: z.string().max(5000),
    })
    .partial()
    .nullable()
    .optional(),
});
export type TSuggestionEdits = z.infer<typeof ZSuggestionEdits>;

export const ZAcceptSuggestionInput = z.object({
  /** The version you read; a suggestion refreshed since then is a 409 with the current one. */
  version: z.number().int().positive().optional(),
  edits: ZSuggestionEdits.default({}),
});
export type TAcceptSuggestionInput = z.input<typeof ZAcceptSuggestionInput>;

export const ZRejectSuggestionInput = z.object({ version: z.number().int().positive().optional() });
export type TRejectSuggestionInput = z.input<typeof ZRejectSuggestionInput>;

export const ZDecideKindInput = z.object({
  kind: ZSuggestionKind,
  decision: z.enum(["accept", "reject"]),
  /** Only the suggestions whose rule is at least this confident (0–1); those without a confidence are left. */
  minConfidence: z.number().min(0).max(1).optional(),
});
export type TDecideKindInput = z.input<typeof ZDecideKindInput>;
