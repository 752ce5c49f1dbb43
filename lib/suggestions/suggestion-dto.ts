import type { Prisma } from "../generated/prisma/client";
import { readProposal } from "./proposal";

/** The columns a suggestion is read with. */
export const suggestionSelect = {
  id: true,
  projectId: true,
  articleId: true,
  kind: true,
  state: true,
  start: true,
  end: true,
  quote: true,
  proposal: true,
  engineVersion: true,
  spanId: true,
  claimId: true,
  decidedAt: true,
  version: true,
  createdAt: true,
  decidedBy: { select: { id: true, name: true } },
} as const;

export type TStoredSuggestion = Prisma.SuggestionGetPayload<{ select: typeof suggestionSelect }>;

/**
 * What the API and the UI get for a suggestion: the stored row and its proposal side by side.
 * `start`/`end`/`quote` is the main range (the dashed highlight); `parts` are the pieces inside or
 * near it (speaker, verb, channel, figures …), `claim` the claim accepting it would create,
 * `source` who reports it and `provenance` the rule, rule version and confidence that proposed it.
 */
export function toSuggestionDto(s: TStoredSuggestion) {
  const p = readProposal(s.proposal);
  return {
    id: s.id,
    articleId: s.articleId,
    kind: s.kind,
    state: s.state,
    start: s.start,
    end: s.end,
    quote: s.quote,
    label: p.label,
    summary: p.summary,
    speaker: p.speaker,
    parts: p.parts,
    claim: p.claim,
    date: p.date,
    entityId: p.entityId,
    // Who reports it and which rule proposed it (absent on suggestions stored by engine version 1).
    source: p.source,
    provenance: p.provenance,
    spanId: s.spanId,
    claimId: s.claimId,
    decidedAt: s.decidedAt,
    decidedBy: s.decidedBy,
    engineVersion: s.engineVersion,
    version: s.version,
    createdAt: s.createdAt,
  };
}
