/**
 * What the suggestion engine proposes for an article. Pure data: every range is [start, end) in
 * UTF-16 units of the article text exactly as stored, with the text it covers, so a client can
 * draw it and the server can check it before turning it into a span.
 */
import type { FigureValue } from "../arabic/numbers";

export type TSuggestionKind =
  | "STATEMENT"
  | "CASUALTY"
  | "COUNT"
  | "DATE"
  | "PLACE"
  | "ORGANISATION"
  | "PERSON"
  | "OUTLET";

/** The default-label key (lib/labels/default-labels.ts) an accepted suggestion's main span gets. */
export const LABEL_FOR_KIND: Readonly<Record<TSuggestionKind, string>> = {
  STATEMENT: "claim",
  CASUALTY: "casualty",
  COUNT: "count",
  DATE: "date",
  PLACE: "place",
  ORGANISATION: "organisation",
  PERSON: "person",
  OUTLET: "source",
};

export type TextRange = { start: number; end: number; text: string };

/** A labelled piece of a proposal, drawn inside or next to its main range. */
export type TPartRole =
  | "content"
  | "speaker"
  | "verb"
  | "channel"
  | "figure"
  | "victims"
  | "perpetrator"
  | "since"
  | "asOf"
  | "date";
export type TProposalPart = TextRange & { role: TPartRole };

/** Casualty figures in the shape claims store (lib/claims/figures.ts). */
export type TCasualtyProposal = { killed?: FigureValue; injured?: FigureValue; victims: string; perpetrator: string };
/** Count figures in the shape claims store. */
export type TCountProposal = { thing: string; value: FigureValue; asOf?: string; since?: string };

/** The claim an accepted suggestion creates (null for dates and entity mentions: a span only). */
export type TProposedClaim = {
  kind: "STATEMENT" | "CASUALTY" | "COUNT";
  attribution: string;
  channel: string;
  figures: TCasualtyProposal | TCountProposal | Record<string, never>;
  occurredOn: string | null;
  speakerEntityId: string | null;
};

export type TProposal = {
  kind: TSuggestionKind;
  /** The main span: a statement's content, a figure phrase, a date or a name. */
  range: TextRange;
  /** Key of the label the main span gets on accept. */
  label: string;
  /** Who said it, for statements: may lie in an earlier sentence when the verb has no subject (وأضاف). */
  speaker: (TextRange & { anonymous: boolean; implicit: boolean }) | null;
  parts: TProposalPart[];
  claim: TProposedClaim | null;
  /** A date, resolved against the publication date (YYYY-MM-DD). */
  date: string | null;
  /** The project entity a name or speaker matched. */
  entityId: string | null;
  /** One line an analyst can check, in English with the Arabic quoted. */
  summary: string;
  /** Who reports the figure or statement (null: the article itself asserts it). */
  source: TProposalSource | null;
  provenance: TProvenance;
};

/** What kind of source reports a figure or statement (the incident ledger groups figures by it). */
export type TSourceType = "OFFICIAL" | "LOCAL" | "MEDIA" | "ANONYMOUS";
/** Who reports a figure or statement: the words naming the source, and its type. */
export type TProposalSource = TextRange & { type: TSourceType };
/** Which rule made a proposal, and how sure it is (0–1); an accepted claim keeps it, exports carry it. */
export type TProvenance = { rule: string; ruleVersion: number; confidence: number };

/** A project entity as the engine needs it: its names in any language and their kind. */
export type TEntityForMatching = { id: string; kind: "PERSON" | "ORGANISATION" | "PLACE" | "OUTLET"; names: string[] };

export type TSuggestInput = {
  text: string;
  /** Publication date (YYYY-MM-DD), for weekdays, أمس and years left out; null: dates stay unresolved. */
  publishedAt: string | null;
  entities?: readonly TEntityForMatching[];
};
