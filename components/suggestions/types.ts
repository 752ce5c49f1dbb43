import type { TAcceptResult, TSuggestion, TSuggestionList, TSuggestionRun } from "@/lib/suggestions/schemas";

/**
 * The JSON shape of a suggestion as GET /api/v1/articles/{id}/suggestions sends it (see
 * lib/suggestions/suggestion-dto.ts). For the reader's dashed highlights:
 *   - `start`/`end` (UTF-16 offsets into the article text, like spans) and `quote` are the main
 *     range — draw it dashed in the colour of the label whose key is `label`;
 *   - `parts` are the pieces inside or near it, each `{ role, start, end, text }` with role
 *     content | speaker | verb | channel | figure | victims | perpetrator | since | asOf — a
 *     statement's speaker can lie in an earlier sentence (`speaker.implicit`);
 *   - `summary` is one line to show on hover; `claim` is what accepting creates.
 * Accept with POST /api/v1/suggestions/{id}/accept (body optional: `{ version, edits }`), reject
 * with POST /api/v1/suggestions/{id}/reject; both answer with the suggestion, accept also with
 * the `span` and `claim` it made.
 */
export type TSuggestionKind = TSuggestion["kind"];
/** A figure as the edit form sends it (the server checks the qualifier). */
export type TFigureValueJson = { qualifier: string; value?: number; min?: number; max?: number };
export type TSuggestionJson = TSuggestion;
export type TSuggestionRunJson = TSuggestionRun;
export type TSuggestionListJson = TSuggestionList;
export type TAcceptResultJson = TAcceptResult;
export const KIND_ORDER: readonly TSuggestionKind[] = [
  "STATEMENT",
  "CASUALTY",
  "COUNT",
  "DATE",
  "PLACE",
  "ORGANISATION",
  "PERSON",
  "OUTLET",
];
