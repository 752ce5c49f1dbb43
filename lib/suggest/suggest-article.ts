/**
 * The suggestion engine's entry point: reads one article and proposes statements, casualty
 * figures, counts, dates and mentions of the project's entities, each with exact UTF-16 offsets.
 * Pure and deterministic: no database, no network, the same input gives the same proposals.
 *
 * One proposal per claim: a figure reported inside a statement («وقال مسؤول إن الهجوم أسفر عن
 * مقتل 3 جنود») is one proposal carrying the figures, the speaker, channel, source and the
 * statement's content (a "content" part), and that statement is not proposed on its own. Every
 * proposal says who reports it (`source`, null when the article asserts it) and which rule made it
 * (`provenance`).
 */
import { formatFigure } from "../claims/figures";
import { toKey } from "../arabic/numbers-tokens";
import { clauseSource } from "./casualty-clause";
import { buildAntecedents, entityByShortName } from "./coreference";
import { findDates } from "./dates";
import { findEntityMentions, type EntityMention } from "./entities";
import { findFigures, type FoundCasualty, type FoundCount } from "./figures";
import { provenance } from "./provenance";
import { sourceTypeOf } from "./sources";
import { findStatements, type FoundStatement } from "./statements";
import { buildTextModel } from "./text-model";
import {
  LABEL_FOR_KIND,
  type TEntityForMatching,
  type TextRange,
  type TProposal,
  type TProposalPart,
  type TProposalSource,
  type TSuggestInput,
} from "./types";

/** Bumped when the rules change, so stored suggestions can tell which engine made them. */
export const ENGINE_VERSION = 19;

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

type Range = { start: number; end: number };
type Speaker = NonNullable<TProposal["speaker"]>;

function textRange(text: string, r: Range): TextRange {
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}

function part(text: string, role: TProposalPart["role"], r: Range | null): TProposalPart[] {
  return r && r.end > r.start ? [{ role, ...textRange(text, r) }] : [];
}

/** The entity a speaker phrase names: a person anywhere in it, or an organisation or outlet covering most of it. */
function speakerEntity(
  text: string,
  speaker: Range,
  mentions: readonly EntityMention[],
  entities: readonly TEntityForMatching[],
): TEntityForMatching | null {
  const inside = mentions.filter((m) => m.start >= speaker.start && m.end <= speaker.end);
  const person = inside.find((m) => m.entity.kind === "PERSON");
  if (person) return person.entity;
  const length = speaker.end - speaker.start;
  const main = inside.find((m) => m.entity.kind !== "PLACE" && m.end - m.start >= 0.6 * length);
  return main?.entity ?? entityByShortName(text.slice(speaker.start, speaker.end), entities);
}

/** A statement as the engine resolved it: its speaker after coreference, entity, source. */
type Resolved = {
  found: FoundStatement;
  speaker: Speaker | null;
  /** The title or short name written at the statement, when the speaker resolved to an earlier, fuller name. */
  referredAs: TextRange | null;
  entity: TEntityForMatching | null;
  channel: string;
  attribution: string;
  source: TProposalSource | null;
};

function resolveStatements(
  text: string,
  statements: readonly FoundStatement[],
  model: ReturnType<typeof buildTextModel>,
  mentions: readonly EntityMention[],
  entities: readonly TEntityForMatching[],
): Resolved[] {
  const antecedents = buildAntecedents(model);
  const earlier: Range[] = [];
  const byRange = new Map<string, Speaker>();
  /** Speakers resolved to an earlier phrase: a later «وأكد» whose speaker is the same words follows them. */
  const resolvedAs = new Map<string, Speaker>();
  const sources: TProposalSource[] = [];
  return statements.map((s) => {
    let speaker: Speaker | null = s.speaker
      ? { ...textRange(text, s.speaker), anonymous: s.speaker.anonymous, implicit: s.speaker.implicit }
      : null;
    let referredAs: TextRange | null = null;
    const followed = speaker?.implicit ? resolvedAs.get(`${speaker.start}:${speaker.end}`) : undefined;
    if (speaker && followed) {
      referredAs = textRange(text, speaker);
      speaker = { ...followed, implicit: true };
    }
    if (speaker && !speaker.implicit && !(speaker.anonymous && !/^[وف]?ال/u.test(speaker.text))) {
      const antecedent = antecedents.resolve(speaker, earlier);
      if (antecedent) {
        referredAs = textRange(text, speaker);
        const known = byRange.get(`${antecedent.start}:${antecedent.end}`);
        speaker = { ...textRange(text, antecedent), anonymous: known?.anonymous ?? speaker.anonymous, implicit: true };
        resolvedAs.set(`${referredAs.start}:${referredAs.end}`, speaker);
      }
    }
    if (speaker && !speaker.implicit) {
      earlier.push(speaker);
      byRange.set(`${speaker.start}:${speaker.end}`, speaker);
    }
    const entity = speaker && !speaker.anonymous ? speakerEntity(text, speaker, mentions, entities) : null;
    const channel = s.channel ? text.slice(s.channel.start, s.channel.end) : "";
    const chained = channel !== "" && s.channel?.name && s.verb && /نقل/u.test(text.slice(s.verb.start, s.verb.end));
    const attribution = speaker ? (chained ? `${speaker.text} ← ${channel}` : speaker.text) : "";
    const source: TProposalSource | null = speaker
      ? {
          ...textRange(text, speaker),
          type: backReferredType(speaker.text, sources) ?? sourceTypeOf(speaker.text, speaker.anonymous),
        }
      : null;
    if (source) sources.push(source);
    return { found: s, speaker, referredAs, entity, channel, attribution, source };
  });
}

/**
 * «وذكرت المصادر …» after «مصادر طبية فلسطينية ذكرت …»: an unnamed source referred back to by its head
 * alone is the one named before, and of its kind.
 */
function backReferredType(words: string, earlier: readonly TProposalSource[]): TProposalSource["type"] | null {
  const m = /^[وف]?ال(مصادر|مصدر)$/u.exec(toKey(words).trim());
  if (!m) return null;
  const head = m[1] ?? "";
  const before = earlier.findLast((x) => toKey(x.text).startsWith(`${head} `));
  return before?.type ?? null;
}

function whoSaid(r: Resolved): string {
  const sp = r.speaker;
  if (!sp) return "an unidentified speaker";
  const notes = [
    sp.anonymous ? "unnamed source" : "",
    r.referredAs ? `referred to as «${r.referredAs.text}»` : sp.implicit ? "named earlier" : "",
  ].filter((x) => x !== "");
  return `«${sp.text}»${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

/** The parts a statement brings to its proposal: content, speaker, verb, channel. */
function statementParts(text: string, r: Resolved): TProposalPart[] {
  const s = r.found;
  return [
    ...part(text, "content", s.content),
    ...part(text, "speaker", r.speaker),
    ...part(text, "verb", s.verb),
    ...part(text, "channel", s.channel),
  ];
}

function statementProposal(text: string, r: Resolved): TProposal {
  const adjust = [r.speaker ? 0 : -0.4, r.speaker?.implicit ? -0.1 : 0];
  return {
    kind: "STATEMENT",
    range: textRange(text, r.found.content),
    label: LABEL_FOR_KIND.STATEMENT,
    speaker: r.speaker,
    parts: statementParts(text, r),
    claim: {
      kind: "STATEMENT",
      attribution: r.attribution.slice(0, 500),
      channel: r.channel.slice(0, 100),
      figures: {},
      occurredOn: null,
      speakerEntityId: r.entity?.id ?? null,
    },
    date: null,
    entityId: null,
    summary: `Statement by ${whoSaid(r)}${r.channel ? ` via «${r.channel}»` : ""}`,
    source: r.source,
    provenance: provenance(r.found.rule, adjust),
  };
}

/**
 * The statement whose content holds a figure: that statement reports it. When statements nest
 * («أعلن التلفزيون أن الحرس الثوري أعلن …»), the innermost one names the source closest to the figure.
 */
function reportingStatement(figure: Range, resolved: readonly Resolved[]): Resolved | null {
  const holding = resolved.filter(
    (r) =>
      r.speaker &&
      figure.end <= r.found.content.end + 1 &&
      figure.start < r.found.content.end &&
      // «نفى المتحدث وجود أي إصابات»: a zero read from the denial itself starts at the verb.
      (figure.start >= r.found.content.start - 8 || figure.end > r.found.content.start),
  );
  return holding.reduce<Resolved | null>(
    (best, r) => (!best || r.found.content.start > best.found.content.start ? r : best),
    null,
  );
}

/**
 * «قال مسؤول إن 30 صاروخاً أصابت القاعدة، بينما عُثر على أربعة صواريخ أخرى …»: a figure in a
 * clause after the statement's content, in the same sentence and with no source of its own, is
 * reported by that sentence's one speaker.
 */
function sameSentenceSource(
  model: ReturnType<typeof buildTextModel>,
  figure: Range,
  resolved: readonly Resolved[],
): Resolved | null {
  const sentence = model.sentences.find((x) => x.start <= figure.start && figure.start < x.end);
  if (!sentence) return null;
  const inSentence = resolved.filter(
    (r) => r.found.content.start >= sentence.start && r.found.content.start < sentence.end,
  );
  // Only a figure after everything said in the sentence, in a clause of its own («، بينما …»).
  if (inSentence.length === 0 || inSentence.some((r) => r.found.content.end > figure.start)) return null;
  const last = inSentence.reduce((a, b) => (b.found.content.end > a.found.content.end ? b : a));
  if (!last.source || !CLAUSE_AFTER.test(model.text.slice(last.found.content.end, figure.start))) return null;
  const speakers = new Set(inSentence.map((r) => r.source?.text ?? ""));
  return speakers.size === 1 ? last : null;
}

/**
 * «وقالت الوزارة إن 76 عادوا إلى الخدمة. أما الباقون فقد نُقل 27 منهم إلى ألمانيا …»: a sentence
 * with no attribution of its own that goes on in the same paragraph from one whose statement runs
 * to its end, and opens as a continuation («أما»، «ومن أصل»، «في حين»، «كما»), carries on that report.
 * The chain holds through further such sentences.
 */
function paragraphSource(
  model: ReturnType<typeof buildTextModel>,
  figure: Range,
  resolved: readonly Resolved[],
): Resolved | null {
  const at = model.sentences.findIndex((x) => x.start <= figure.start && figure.start < x.end);
  let i = at;
  while (i > 0) {
    const sentence = model.sentences[i];
    const before = model.sentences[i - 1];
    if (!sentence || !before) return null;
    const paragraph = model.paragraphs.find((p) => p.start <= sentence.start && sentence.start < p.end);
    if (!paragraph || before.start < paragraph.start) return null;
    if (resolved.some((r) => r.found.content.start >= sentence.start && r.found.content.start < sentence.end))
      return null;
    if (!CONTINUATION.test(model.text.slice(sentence.start, sentence.end))) return null;
    const inBefore = resolved.filter(
      (r) => r.found.content.start >= before.start && r.found.content.start < before.end && r.source,
    );
    const last = inBefore.reduce<Resolved | null>(
      (a, b) => (!a || b.found.content.end > a.found.content.end ? b : a),
      null,
    );
    if (last) return /^[\s.»”"]*$/u.test(model.text.slice(last.found.content.end, before.end)) ? last : null;
    i--;
  }
  return null;
}

/** Openers of a sentence that goes on with the report before it. */
const CONTINUATION =
  /^[\s«"“]*(?:أما|وأما|ومن أصل|من أصل|كما|وكما|في حين|بينما|فيما|وفيما|إضافة|وإضافة|بالإضافة|وبالإضافة)(?:[\s،,]|$)/u;

/** Clause openers between a statement and a figure that continue the same report. */
const CLAUSE_AFTER = /(?:^|[\s،,])(?:بينما|فيما|وفيما|في حين|كما|وكما)(?:[\s،,]|$)/u;

/** A source inherited from the sentence: named on the proposal and its claim, less surely. */
function inheritSource(p: TProposal, from: Resolved | null): void {
  if (!from?.source || !p.claim) return;
  p.source = from.source;
  p.claim.attribution = from.attribution.slice(0, 500);
  p.claim.channel = from.channel.slice(0, 100);
  p.summary = `${p.summary}; reported by ${whoSaid(from)} before it`;
  p.provenance = {
    ...p.provenance,
    confidence: Math.max(0.05, Math.round((p.provenance.confidence - 0.1) * 100) / 100),
  };
}

/** Unnamed people: «مصدر أمني»، «مصادر طبية»، «مسؤول في …»، «شهود عيان»، «ناشطون». */
const UNNAMED_HEAD = /^[وف]?(?:ال)?(?:مصدر|مصادر|مسوول|مسوولون|مسوولين|مسوولو|شهود|ناشط|ناشطون|ناشطين)(?:\s|$)/u;

/**
 * A source read from the figure's own sentence when no statement carries the figure («…، حسب ما أفاد
 * الدفاع المدني»، «قال مصدر طبي لـ ((شينخوا)) إن …»): the figure and its source stay one proposal.
 */
function clauseAttribution(text: string, p: TProposal, at: Range | null): void {
  if (!at || !p.claim) return;
  const words = text.slice(at.start, at.end);
  const anonymous = UNNAMED_HEAD.test(toKey(words));
  p.source = { ...textRange(text, at), type: sourceTypeOf(words, anonymous) };
  p.claim.attribution = words.slice(0, 500);
  p.summary = `${p.summary}; reported by «${words}»`;
  p.provenance = {
    ...p.provenance,
    confidence: Math.max(0.05, Math.round((p.provenance.confidence - 0.05) * 100) / 100),
  };
}

function isVague(v: { qualifier: string } | undefined): boolean {
  return v !== undefined && v.qualifier === "range";
}

function figureProposal(text: string, f: FoundCasualty | FoundCount, by: Resolved | null): TProposal {
  const carried = by ? statementParts(text, by) : [];
  const claimBase = {
    attribution: by ? by.attribution.slice(0, 500) : "",
    channel: by ? by.channel.slice(0, 100) : "",
    occurredOn: null,
    speakerEntityId: by?.entity?.id ?? null,
  };
  const via = by ? `; reported by ${whoSaid(by)}` : "";
  if (f.kind === "CASUALTY") {
    const figs = f.figures;
    const what = [
      figs.killed ? `${formatFigure(figs.killed)} killed` : "",
      figs.injured ? `${formatFigure(figs.injured)} injured` : "",
    ]
      .filter((x) => x !== "")
      .join(", ");
    const none =
      (figs.killed?.value ?? 0) === 0 &&
      (figs.injured?.value ?? 0) === 0 &&
      !isVague(figs.killed) &&
      !isVague(figs.injured);
    const adjust = [
      isVague(figs.killed) || isVague(figs.injured) ? -0.1 : 0,
      figs.victims ? 0.05 : -0.05,
      by ? 0.05 : 0,
    ];
    return {
      kind: "CASUALTY",
      range: textRange(text, f.range),
      label: LABEL_FOR_KIND.CASUALTY,
      speaker: by?.speaker ?? null,
      parts: [
        ...f.parts.flatMap((p) => part(text, "figure", p)),
        ...part(text, "victims", f.victims),
        ...part(text, "perpetrator", f.perpetrator),
        ...carried,
      ],
      claim: { kind: "CASUALTY", ...claimBase, figures: figs },
      date: null,
      entityId: null,
      summary: `Casualties: ${what}${figs.victims ? ` («${figs.victims}»)` : ""}${figs.perpetrator ? ` caused by «${figs.perpetrator}»` : ""}${via}`,
      source: by?.source ?? null,
      provenance: provenance(none ? "casualty.none" : "casualty.figure", adjust),
    };
  }
  const figs = f.figures;
  const adjust = [isVague(figs.value) ? -0.1 : 0, figs.thing ? 0 : -0.2, by ? 0.05 : 0];
  return {
    kind: "COUNT",
    range: textRange(text, f.range),
    label: LABEL_FOR_KIND.COUNT,
    speaker: by?.speaker ?? null,
    parts: [
      ...part(text, "figure", f.range),
      ...part(text, "since", f.since),
      ...part(text, "asOf", f.asOf),
      ...carried,
    ],
    claim: { kind: "COUNT", ...claimBase, figures: figs },
    date: null,
    entityId: null,
    summary: `Count: ${formatFigure(figs.value)} «${figs.thing}»${figs.since ? ` since ${figs.since}` : ""}${figs.asOf ? ` as of ${figs.asOf}` : ""}${via}`,
    source: by?.source ?? null,
    provenance: provenance(f.elided ? "count.elided" : "count.figure", adjust),
  };
}

/** «مقتل (4) مواطنين»، «مصرع (6) من العناصر»: a number some agencies set in brackets. */
const BRACKETED_NUMBER = /\(\s*[0-9٠-٩]{1,6}\s*\)/gu;

/** The text with the brackets around such numbers blanked (same length, so every offset holds). */
function unbracketNumbers(text: string): string {
  return text.replace(BRACKETED_NUMBER, (m) => m.replace(/[()]/gu, " "));
}

/**
 * A range read on the blanked text, on the text as written: its own words, and a bracket it cut in
 * two taken whole («(6) من العناصر», not «6) من العناصر»).
 */
function asWritten<T extends TextRange>(r: T, original: string): T {
  let { start, end } = r;
  const opened = (from: number, to: number) => original.slice(from, to).split("(").length - 1;
  const closed = (from: number, to: number) => original.slice(from, to).split(")").length - 1;
  if (original[start - 1] === "(" && closed(start, end) > opened(start, end)) start -= 1;
  if (original[end] === ")" && opened(start, end) > closed(start, end)) end += 1;
  return { ...r, start, end, text: original.slice(start, end) };
}

export function suggestArticle(input: TSuggestInput): TProposal[] {
  const { publishedAt } = input;
  const text = unbracketNumbers(input.text);
  const entities = input.entities ?? [];
  const model = buildTextModel(text);
  const mentions = findEntityMentions(text, entities);
  const statements = findStatements(model);
  const resolved = resolveStatements(text, statements, model, mentions, entities);
  const proposals: TProposal[] = [];

  // Numbers inside a speaker («مصدران أمنيان») name who spoke; they are not counts.
  const speakerRanges = statements.flatMap((s) => (s.speaker && !s.speaker.implicit ? [s.speaker] : []));
  const carrying = new Set<Resolved>();
  for (const f of findFigures(model, { publishedAt, excluded: speakerRanges })) {
    // A toll read across clauses («5 أشخاص لقوا مصرعهم، بينما أصيب 4 آخرون») is reported where its first figure is.
    const head =
      f.kind === "CASUALTY" && f.parts[0]
        ? { start: f.range.start, end: Math.max(f.parts[0].end, Math.min(f.range.end, f.parts[0].end)) }
        : f.range;
    const by = reportingStatement(head, resolved);
    if (by) carrying.add(by);
    const proposal = figureProposal(text, f, by);
    if (!by)
      inheritSource(
        proposal,
        sameSentenceSource(model, f.range, resolved) ?? paragraphSource(model, f.range, resolved),
      );
    if (!proposal.source) clauseAttribution(text, proposal, clauseSource(model, f.range));
    proposals.push(proposal);
  }
  // A statement whose figures were proposed with it is not proposed again.
  for (const r of resolved) if (!carrying.has(r)) proposals.push(statementProposal(text, r));

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
      source: null,
      provenance: provenance("date.mention"),
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
      source: null,
      provenance: provenance("entity.registry"),
    });
  }

  return proposals
    .filter((p) => p.range.end > p.range.start && text.slice(p.range.start, p.range.end) === p.range.text)
    .map((p) =>
      text === input.text
        ? p
        : {
            ...p,
            range: asWritten(p.range, input.text),
            parts: p.parts.map((x) => asWritten(x, input.text)),
            speaker: p.speaker ? asWritten(p.speaker, input.text) : null,
            source: p.source ? asWritten(p.source, input.text) : null,
          },
    )
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.kind.localeCompare(b.kind));
}
