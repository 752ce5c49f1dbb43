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
export type TSuggestionKind =
  | "STATEMENT"
  | "CASUALTY"
  | "COUNT"
  | "DATE"
  | "PLACE"
  | "ORGANISATION"
  | "PERSON"
  | "OUTLET";
export type TSuggestionState = "OPEN" | "ACCEPTED" | "REJECTED";

export type TFigureValueJson = { qualifier: string; value?: number; min?: number; max?: number };

export type TSuggestionJson = {
  id: string;
  articleId: string;
  kind: TSuggestionKind;
  state: TSuggestionState;
  start: number;
  end: number;
  quote: string;
  label: string;
  summary: string;
  speaker: { start: number; end: number; text: string; anonymous: boolean; implicit: boolean } | null;
  parts: Array<{ role: string; start: number; end: number; text: string }>;
  claim: {
    kind: "STATEMENT" | "CASUALTY" | "COUNT";
    attribution: string;
    channel: string;
    figures: Record<string, unknown>;
    occurredOn: string | null;
    speakerEntityId: string | null;
  } | null;
  date: string | null;
  entityId: string | null;
  spanId: string | null;
  claimId: string | null;
  decidedAt: string | null;
  decidedBy: { id: string; name: string } | null;
  version: number;
  createdAt: string;
};

export type TSuggestionRunJson = {
  id: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  total: number;
  done: number;
  proposed: number;
  percent: number;
  error: string;
};

export type TSuggestionListJson = {
  suggestions: TSuggestionJson[];
  openByKind: Partial<Record<TSuggestionKind, number>>;
  run: TSuggestionRunJson | null;
};

export type TAcceptResultJson = {
  suggestion: TSuggestionJson;
  span: { id: string; start: number; end: number; quote: string; labelId: string; version: number } | null;
  claim: { id: string; kind: string; version: number } | null;
  created: boolean;
};

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
