import { GAP } from "../glossary/render-english";
import type { TClaimKind } from "./claim-input";
import { formatFigure, type TCasualtyFigures, type TCountFigures } from "./figures";

/**
 * An English draft assembled only from a claim's structured fields. What the fields do not say
 * (the words of a statement) is left as a bracketed gap for the analyst, never invented. The
 * fields arrive with their known terms in English already (lib/glossary/render-english.ts).
 */
export type TDraftInput = {
  kind: TClaimKind;
  speaker: string;
  attribution: string;
  channel: string;
  figures: unknown;
  place: string;
  occurredOn: string | null;
};

function sourcePhrase(input: TDraftInput): string {
  const who = input.speaker || "An unnamed source";
  const article = /^[aeiou]/i.test(input.channel) ? "an" : "a";
  const via = input.channel ? ` in ${article} ${input.channel}` : "";
  const chain = input.attribution ? ` (${input.attribution})` : "";
  return `${who}${chain}${via}`;
}

function whereWhen(input: TDraftInput): string {
  return `${input.place ? ` in ${input.place}` : ""}${input.occurredOn ? ` on ${input.occurredOn}` : ""}`;
}

export function buildEnglishDraft(input: TDraftInput): string {
  const source = sourcePhrase(input);
  switch (input.kind) {
    case "CASUALTY": {
      const f = input.figures as TCasualtyFigures;
      const parts = [
        f.killed && `${formatFigure(f.killed)} killed`,
        f.injured && `${formatFigure(f.injured)} injured`,
      ].filter(Boolean);
      const victims = f.victims ? ` among ${f.victims}` : "";
      const by = f.perpetrator ? ` by ${f.perpetrator}` : "";
      return `${source} reported ${parts.join(" and ")}${victims}${by}${whereWhen(input)}.`;
    }
    case "COUNT": {
      const f = input.figures as TCountFigures;
      const since = f.since ? ` since ${f.since}` : "";
      const asOf = f.asOf ? ` as of ${f.asOf}` : "";
      return `${source} counted ${formatFigure(f.value)} ${f.thing}${since}${asOf}${whereWhen(input)}.`;
    }
    case "STATEMENT":
      return `${source} said${whereWhen(input)}: ${GAP}`;
    case "EVENT":
      return `${source} reported${whereWhen(input)}: ${GAP}`;
    case "OTHER":
      return `${source}${whereWhen(input)}: ${GAP}`;
  }
}
