import type { TClaimFields } from "./claims-api";
import { EMPTY_FIGURES, FIGURE_PATHS, draftFromFigures, figuresFromDraft, type TFiguresDraft } from "./figure-draft";
import { KNOWN_CHANNELS, type TClaim, type TClaimKind, type TClaimStatus, type TEntityRef } from "./types";

/** The claim form's values: the claim's fields as the inputs hold them. */
export type TFormState = {
  kind: TClaimKind;
  figures: TFiguresDraft;
  speakerSpanId: string;
  speakerEntity: TEntityRef | null;
  attribution: string;
  channel: TChannelChoice;
  channelOther: string;
  occurredOn: string;
  place: string;
  eventId: string;
  about: TEntityRef[];
  status: TClaimStatus;
  note: string;
};

export type TChannelChoice = "" | (typeof KNOWN_CHANNELS)[number] | "other";

/** Paths the server's validation messages may name, each shown under its input. */
export const FIELD_PATHS = new Set<string>([
  ...FIGURE_PATHS,
  "kind",
  "figures",
  "attribution",
  "channel",
  "occurredOn",
  "place",
  "status",
  "note",
  "speakerSpanId",
  "speakerEntityId",
  "eventId",
  "aboutEntityIds",
  "claimSpanId",
]);

function channelChoice(channel: string): { choice: TChannelChoice; other: string } {
  if (!channel) return { choice: "", other: "" };
  const known = KNOWN_CHANNELS.find((c) => c === channel);
  return known ? { choice: known, other: "" } : { choice: "other", other: channel };
}

/** The form's values for a claim, or a new claim's defaults. */
export function stateOf(claim: TClaim | undefined): TFormState {
  const channel = channelChoice(claim?.channel ?? "");
  return {
    kind: claim?.kind ?? "STATEMENT",
    figures: claim ? draftFromFigures(claim.figures) : EMPTY_FIGURES,
    // A speaker span deleted since cannot be kept (the server refuses deleted spans).
    speakerSpanId: claim?.speakerSpan && !claim.speakerSpan.deletedAt ? claim.speakerSpan.id : "",
    speakerEntity: claim?.speakerEntity ?? null,
    attribution: claim?.attribution ?? "",
    channel: channel.choice,
    channelOther: channel.other,
    occurredOn: claim?.occurredOn?.slice(0, 10) ?? "",
    place: claim?.place ?? "",
    eventId: claim?.event?.id ?? "",
    about: claim?.entities.map((e) => e.entity) ?? [],
    status: claim?.status ?? "DRAFT",
    note: claim?.note ?? "",
  };
}

/** The fields the form edits; the claim's own span is set once, when the claim is made. */
export function fieldsFrom(state: TFormState): Omit<TClaimFields, "claimSpanId"> {
  return {
    kind: state.kind,
    speakerSpanId: state.speakerSpanId || null,
    speakerEntityId: state.speakerEntity?.id ?? null,
    attribution: state.attribution.trim(),
    channel: state.channel === "other" ? state.channelOther.trim() : state.channel,
    figures: figuresFromDraft(state.figures, state.kind),
    occurredOn: state.occurredOn || null,
    place: state.place.trim(),
    status: state.status,
    note: state.note,
    aboutEntityIds: state.about.map((e) => e.id),
    eventId: state.eventId || null,
  };
}
