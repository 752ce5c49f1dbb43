/**
 * The suggestion engine's entry point: reads one article and proposes statements, casualty
 * figures, counts, dates and mentions of the project's entities, each with exact UTF-16 offsets.
 * Pure and deterministic: no database, no network, the same input gives the same proposals.
 */
import { formatFigure } from "../claims/figures";
import { findDates } from "./dates";
import { findEntityMentions, type EntityMention } from "./entities";
import { findFigures } from "./figures";
import { findStatements, type FoundStatement } from "./statements";
import { buildTextModel } from "./text-model";
import { LABEL_FOR_KIND, type TEntityForMatching, type TextRange, type TProposal, type TProposalPart, type TSuggestInput } from "./types";

/** Bumped when the rules change, so stored suggestions can tell which engine made them. */
export const ENGINE_VERSION = 1;

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function textRange(text: string, r: { start: number; end: number }): TextRange {
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}

function part(text: string, role: TProposalPart["role"], r: { start: number; end: number } | null): TProposalPart[] {
  return r && r.end > r.start ? [{ role, ...textRange(text, r) }] : [];
}

/** The entity a speaker phrase names: a person anywhere in it, or an organisation or outlet covering most of it. */
function speakerEntity(speaker: { start: number; end: number }, mentions: readonly EntityMention[]): TEntityForMatching | null {
  const inside = mentions.filter((m) => m.start >= speaker.start && m.end <= speaker.end);
  const person = inside.find((m) => m.entity.kind === "PERSON");
  if (person) return person.entity;
  const length = speaker.end - speaker.start;
  const main = inside.find((m) => m.entity.kind !== "PLACE" && m.end - m.start >= 0.6 * length);
  return main?.entity ?? null;
}

function statementProposal(text: string, s: FoundStatement, mentions: readonly EntityMention[]): TProposal {
  const speaker = s.speaker ? { ...textRange(text, s.speaker), anonymous: s.speaker.anonymous, implicit: s.speaker.implicit } : null;
  const entity = speaker && !speaker.anonymous ? speakerEntity(speaker, mentions) : null;
  const channel = s.channel ? text.slice(s.channel.start, s.channel.end) : "";
  const attribution = speaker ? (channel && s.channel?.name && s.verb && /نقل/u.test(text.slice(s.verb.start, s.verb.end)) ? `${speaker.text} ← ${channel}` : speaker.text) : "";
  const who = speaker ? `«${speaker.text}»${speaker.anonymous ? " (unnamed source)" : ""}${speaker.implicit ? " (named earlier)" : ""}` : "an unidentified speaker";
  return {
    kind: "STATEMENT",
    range: textRange(text, s.content),
    label: LABEL_FOR_KIND.STATEMENT,
    speaker,
    parts: [
      ...part(text, "content", s.content),
      ...part(text, "speaker", s.speaker),
      ...part(text, "verb", s.verb),
      ...part(text, "channel", s.channel),
    ],
    claim: { kind: "STATEMENT", attribution: attribution.slice(0, 500), channel: channel.slice(0, 100), figures: {}, occurredOn: null, speakerEntityId: entity?.id ?? null },
    date: null,
    entityId: null,
    summary: `Statement by ${who}${channel ? ` via «${channel}»` : ""}`,
  };
}

export function suggestArticle(input: TSuggestInput): TProposal[] {
  const { text, publishedAt } = input;
  const model = buildTextModel(text);
  const mentions = findEntityMentions(text, input.entities ?? []);
  const statements = findStatements(model);
  const proposals: TProposal[] = statements.map((s) => statementProposal(text, s, mentions));

  // Numbers inside a speaker («مصدران أمنيان») name who spoke; they are not counts.
  const speakerRanges = statements.flatMap((s) => (s.speaker && !s.speaker.implicit ? [s.speaker] : []));
  for (const f of findFigures(model, { publishedAt, excluded: speakerRanges })) {
    if (f.kind === "CASUALTY") {
      const figs = f.figures;
      const what = [figs.killed ? `${formatFigure(figs.killed)} killed` : "", figs.injured ? `${formatFigure(figs.injured)} injured` : ""].filter((x) => x !== "").join(", ");
      proposals.push({
        kind: "CASUALTY",
        range: textRange(text, f.range),
        label: LABEL_FOR_KIND.CASUALTY,
        speaker: null,
        parts: [...f.parts.flatMap((p) => part(text, "figure", p)), ...part(text, "victims", f.victims), ...part(text, "perpetrator", f.perpetrator)],
        claim: { kind: "CASUALTY", attribution: "", channel: "", figures: figs, occurredOn: null, speakerEntityId: null },
        date: null,
        entityId: null,
        summary: `Casualties: ${what}${figs.victims ? ` («${figs.victims}»)` : ""}${figs.perpetrator ? ` caused by «${figs.perpetrator}»` : ""}`,
      });
    } else {
      const figs = f.figures;
      proposals.push({
        kind: "COUNT",
        range: textRange(text, f.range),
        label: LABEL_FOR_KIND.COUNT,
        speaker: null,
        parts: [...part(text, "figure", f.range), ...part(text, "since", f.since), ...part(text, "asOf", f.asOf)],
        claim: { kind: "COUNT", attribution: "", channel: "", figures: figs, occurredOn: null, speakerEntityId: null },
        date: null,
        entityId: null,
        summary: `Count: ${formatFigure(figs.value)} «${figs.thing}»${figs.since ? ` since ${figs.since}` : ""}${figs.asOf ? ` as of ${figs.asOf}` : ""}`,
      });
    }
  }

  for (const d of findDates(model, publishedAt)) {
    const weekday = WEEKDAY_NAMES[new Date(`${d.date}T00:00:00Z`).getUTCDay()] ?? "";
    proposals.push({
      kind: "DATE",
      range: textRange(text, d),
      label: LABEL_FOR_KIND.DATE,
      speaker: null,
      parts: [],
      claim: null,
      date: d.date,
      entityId: null,
      summary: `Date: ${weekday} ${d.date}`,
    });
  }

  for (const m of mentions) {
    const kind = m.entity.kind;
    proposals.push({
      kind,
      range: textRange(text, m),
      label: LABEL_FOR_KIND[kind],
      speaker: null,
      parts: [],
      claim: null,
      date: null,
      entityId: m.entity.id,
      summary: `${kind.charAt(0)}${kind.slice(1).toLowerCase()}: «${m.entity.names[0] ?? ""}»`,
    });
  }

  return proposals
    .filter((p) => p.range.end > p.range.start && text.slice(p.range.start, p.range.end) === p.range.text)
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.kind.localeCompare(b.kind));
}
