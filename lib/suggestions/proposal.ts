import { z } from "zod";
import { ZClaimFigures } from "../claims/figures";
import { ZSourceType } from "../claims/schemas";
import { ZSuggestionKind } from "./suggestion-input";

/**
 * The engine's proposal as a suggestion stores it (Suggestion.proposal, a JSON column; the shape
 * of TProposal in lib/suggest/types.ts), read back once through this schema instead of cast.
 * Suggestions stored by engine version 1 have no `source` or `provenance`: they read as null.
 */
const ZTextRange = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const ZProposalPart = ZTextRange.extend({
  role: z.enum(["content", "speaker", "verb", "channel", "figure", "victims", "perpetrator", "since", "asOf", "date"]),
});

export const ZProposalSpeaker = ZTextRange.extend({ anonymous: z.boolean(), implicit: z.boolean() });

/** The claim accepting would create (null for dates and names: a span only). */
export const ZProposedClaim = z.object({
  kind: z.enum(["STATEMENT", "CASUALTY", "COUNT"]),
  attribution: z.string(),
  channel: z.string(),
  figures: ZClaimFigures,
  occurredOn: z.string().nullable(),
  speakerEntityId: z.uuid().nullable(),
});

export const ZProposalSource = ZTextRange.extend({ type: ZSourceType });

export const ZProvenance = z.object({
  rule: z.string(),
  ruleVersion: z.number().int(),
  confidence: z.number().describe("0–1"),
});

export const ZStoredProposal = z.object({
  kind: ZSuggestionKind,
  range: ZTextRange,
  label: z.string(),
  speaker: ZProposalSpeaker.nullable(),
  parts: z.array(ZProposalPart),
  claim: ZProposedClaim.nullable(),
  date: z.string().nullable(),
  entityId: z.string().nullable(),
  summary: z.string(),
  source: ZProposalSource.nullable().default(null),
  provenance: ZProvenance.nullable().default(null),
});
export type TStoredProposal = z.output<typeof ZStoredProposal>;

/** A suggestion's stored proposal, checked. */
export function readProposal(json: unknown): TStoredProposal {
  return ZStoredProposal.parse(json);
}

/**
 * A proposal about to be written (as a suggestion, or as the claim it proposes), checked by the
 * schema it is read back with: null when malformed (figures that are not figures, a range that is
 * not one), so that it is left out instead of stored where it would make every later read throw.
 */
export function checkedProposal(json: unknown): TStoredProposal | null {
  const parsed = ZStoredProposal.safeParse(json);
  return parsed.success ? parsed.data : null;
}
