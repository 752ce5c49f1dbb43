import { z } from "zod";
import { ZPersonRef, ZTimestamp } from "../api/wire";
import { ZClaimKind } from "../claims/claim-input";
import { ZClaimFigures } from "../claims/figures";
import { ZProposalPart, ZProposalSource, ZProposalSpeaker, ZProposedClaim, ZProvenance } from "./proposal";
import { ZSuggestionKind, ZSuggestionState } from "./suggestion-input";

/**
 * A suggestion as the API sends it: `start`/`end`/`quote` is the main range (draw it dashed in
 * the colour of the label whose key is `label`); `parts` are the pieces inside or near it;
 * `claim` is what accepting creates; `source` who reports it; `provenance` the rule that proposed it.
 */
export const ZSuggestion = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  kind: ZSuggestionKind,
  state: ZSuggestionState,
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  label: z.string(),
  summary: z.string(),
  speaker: ZProposalSpeaker.nullable(),
  parts: z.array(ZProposalPart),
  claim: ZProposedClaim.nullable(),
  date: z.string().nullable().describe("a resolved date, YYYY-MM-DD"),
  entityId: z.string().nullable(),
  source: ZProposalSource.nullable(),
  provenance: ZProvenance.nullable(),
  spanId: z.uuid().nullable(),
  claimId: z.uuid().nullable(),
  decidedAt: ZTimestamp.nullable(),
  decidedBy: ZPersonRef.nullable(),
  engineVersion: z.number().int(),
  version: z.number().int(),
  createdAt: ZTimestamp,
});
export type TSuggestion = z.output<typeof ZSuggestion>;

export const ZSuggestionRun = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  trigger: z.enum(["IMPORT", "MANUAL"]),
  status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
  total: z.number().int(),
  done: z.number().int(),
  incidentsDone: z.number().int(),
  proposed: z.number().int(),
  error: z.string(),
  createdAt: ZTimestamp,
  startedAt: ZTimestamp.nullable(),
  finishedAt: ZTimestamp.nullable(),
  updatedAt: ZTimestamp,
  createdBy: ZPersonRef.nullable(),
  percent: z.number().int().min(0).max(100),
});
export type TSuggestionRun = z.output<typeof ZSuggestionRun>;

/** GET /articles/{id}/suggestions: the suggestions, open counts per kind, the newest run that read the article. */
export const ZSuggestionList = z.object({
  suggestions: z.array(ZSuggestion),
  openByKind: z.partialRecord(ZSuggestionKind, z.number().int()),
  run: ZSuggestionRun.nullable(),
});
export type TSuggestionList = z.output<typeof ZSuggestionList>;

/** POST /articles/{id}/suggestions/run: the list after reading the article again. */
export const ZArticleSuggestionRun = ZSuggestionList.extend({ created: z.number().int(), removed: z.number().int() });

export const ZAcceptResult = z.object({
  suggestion: ZSuggestion,
  span: z
    .object({
      id: z.uuid(),
      start: z.number().int(),
      end: z.number().int(),
      quote: z.string(),
      labelId: z.uuid(),
      version: z.number().int(),
    })
    .nullable(),
  claim: z.object({ id: z.uuid(), kind: ZClaimKind, figures: ZClaimFigures, version: z.number().int() }).nullable(),
  created: z.boolean().describe("false: it was accepted before (a retry)"),
});
export type TAcceptResult = z.output<typeof ZAcceptResult>;

export const ZDecideResult = z.object({
  decided: z.number().int(),
  failed: z.array(z.object({ id: z.uuid(), code: z.string(), message: z.string() })),
});

export const ZStartedRun = z.object({ run: ZSuggestionRun, started: z.boolean() });

/** GET /articles/{id}/suggestions */
export const ZArticleSuggestionsQuery = z.object({
  state: z.enum([...ZSuggestionState.options, "ALL"]).default("OPEN"),
  kind: ZSuggestionKind.optional(),
});
