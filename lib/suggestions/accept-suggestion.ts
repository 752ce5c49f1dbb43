import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import type { TClaimKind } from "../claims/claim-input";
import { createClaim } from "../claims/create-claim";
import { parseFigures } from "../claims/figures";
import { ConflictError, ValidationError } from "../errors";
import { createSpan } from "../spans/create-span";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { validateSpanRange } from "../spans/validate-span-range";
import { readProposal } from "./proposal";
import { acceptProposedClaim } from "./accept-proposed-claim";
import { derivedId } from "./derived-id";
import { loadSuggestionForDecision } from "./load-suggestion";
import { suggestionSelect, toSuggestionDto, type TStoredSuggestion } from "./suggestion-dto";
import { ZAcceptSuggestionInput, type TAcceptSuggestionInput, type TSuggestionEdits } from "./suggestion-input";

type Range = { start: number; end: number; quote: string };

function checkedRange(text: string, start: number, end: number, quote: string | undefined, what: string): Range {
  const q = quote ?? text.slice(Math.max(0, start), Math.max(0, end));
  try {
    validateSpanRange(text, start, end, q);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(`${what}: ${error.message}`, error.details);
    throw error;
  }
  return { start, end, quote: q };
}

/** A proposed entity that was deleted or merged since the run is no longer proposed. */
async function liveEntity(projectId: string, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  const e = await db.entity.findFirst({
    where: { id, projectId, deletedAt: null, mergedIntoId: null },
    select: { id: true },
  });
  return e?.id ?? null;
}

/** Everything accepting will write, checked before the first write. */
async function plan(s: TStoredSuggestion, text: string, edits: TSuggestionEdits) {
  const p = readProposal(s.proposal);
  const main = checkedRange(
    text,
    edits.start ?? s.start,
    edits.end ?? s.end,
    edits.quote ?? (edits.start === undefined && edits.end === undefined ? s.quote : undefined),
    "The span",
  );
  const labels = await db.label.findMany({
    where: { projectId: s.projectId, deletedAt: null },
    select: { id: true, key: true },
  });
  const labelId = edits.labelId ?? labels.find((l) => l.key === p.label)?.id;
  if (!labelId)
    throw new ValidationError(`The project has no "${p.label}" label any more; choose the label to accept this with`, {
      label: p.label,
    });

  const speakerRange =
    edits.speaker === undefined
      ? p.speaker
        ? { start: p.speaker.start, end: p.speaker.end, quote: p.speaker.text }
        : null
      : edits.speaker;
  const speaker = speakerRange
    ? checkedRange(text, speakerRange.start, speakerRange.end, speakerRange.quote, "The speaker")
    : null;
  const speakerLabelId = labels.find((l) => l.key === "speaker")?.id;
  if (speaker && !speakerLabelId)
    throw new ValidationError(
      'The project has no "speaker" label; accept without the speaker (speaker: null) or add the label',
    );

  const proposed = p.claim;
  const claimEdits = edits.claim;
  let claim: null | {
    kind: TClaimKind;
    attribution: string;
    channel: string;
    figures: Record<string, unknown>;
    occurredOn: string | null;
    place: string;
    speakerEntityId: string | null;
    eventId: string | null;
    status: "DRAFT" | "READY" | "REVIEWED";
    note: string;
  } = null;
  if (claimEdits !== null && (proposed || claimEdits)) {
    const kind = claimEdits?.kind ?? proposed?.kind ?? "OTHER";
    const figures = (claimEdits?.figures ?? (kind === proposed?.kind ? proposed.figures : {})) as Record<
      string,
      unknown
    >;
    parseFigures(kind, figures);
    claim = {
      kind,
      figures,
      attribution: claimEdits?.attribution ?? proposed?.attribution ?? "",
      channel: claimEdits?.channel ?? proposed?.channel ?? "",
      occurredOn: claimEdits?.occurredOn !== undefined ? claimEdits.occurredOn : (proposed?.occurredOn ?? null),
      place: claimEdits?.place ?? "",
      speakerEntityId:
        claimEdits?.speakerEntityId !== undefined
          ? claimEdits.speakerEntityId
          : await liveEntity(s.projectId, proposed?.speakerEntityId),
      eventId: claimEdits?.eventId ?? null,
      status: claimEdits?.status ?? "DRAFT",
      note: claimEdits?.note ?? "",
    };
  }
  const entityId = edits.entityId !== undefined ? edits.entityId : await liveEntity(s.projectId, p.entityId);
  return { main, labelId, speaker, speakerLabelId, claim, entityId, proposal: p };
}

/**
 * Accepts a suggestion: it becomes a normal span (and, for statements and figures, a claim on it,
 * with a speaker span), authored by the actor and editable like any other. `edits` changes what
 * was proposed before it is written. The span and claim ids are derived from the suggestion, so a
 * retried or doubled accept writes once; accepting an accepted suggestion returns what it made.
 */
export async function acceptSuggestion(options: {
  actor: ActingUser;
  suggestionId: string;
  input?: TAcceptSuggestionInput;
}) {
  const { actor } = options;
  const input = ZAcceptSuggestionInput.parse(options.input ?? {});
  const s = await loadSuggestionForDecision(actor, options.suggestionId);
  const made = async (current: TStoredSuggestion) => ({
    suggestion: toSuggestionDto(current),
    span: current.spanId
      ? await db.span.findUnique({
          where: { id: current.spanId },
          select: { id: true, start: true, end: true, quote: true, labelId: true, version: true },
        })
      : null,
    claim: current.claimId
      ? await db.claim.findUnique({
          where: { id: current.claimId },
          select: { id: true, kind: true, figures: true, version: true },
        })
      : null,
  });
  if (s.state === "ACCEPTED") return { ...(await made(s)), created: false };
  if (s.state === "REJECTED") throw new ConflictError("This suggestion was rejected", { current: toSuggestionDto(s) });
  if (input.version !== undefined && input.version !== s.version) {
    throw new ConflictError(`The suggestion changed meanwhile (now version ${s.version})`, {
      current: toSuggestionDto(s),
    });
  }
  const article = await loadAnnotatableArticle(actor, s.articleId);
  const p = await plan(s, article.text, input.edits);

  const { span } = await createSpan({
    actor,
    articleId: article.id,
    input: {
      id: derivedId(s.id, "span"),
      labelId: p.labelId,
      start: p.main.start,
      end: p.main.end,
      quote: p.main.quote,
      note: input.edits.note ?? "",
      entityId: p.entityId,
    },
  });
  let speakerSpanId: string | null = null;
  if (p.speaker && p.speakerLabelId) {
    // The same speaker often speaks several times («وأضاف»): one speaker span serves them all.
    const existing = await db.span.findFirst({
      where: {
        articleId: article.id,
        start: p.speaker.start,
        end: p.speaker.end,
        labelId: p.speakerLabelId,
        deletedAt: null,
      },
      select: { id: true },
    });
    speakerSpanId =
      existing?.id ??
      (
        await createSpan({
          actor,
          articleId: article.id,
          input: {
            id: derivedId(s.id, "speaker"),
            labelId: p.speakerLabelId,
            start: p.speaker.start,
            end: p.speaker.end,
            quote: p.speaker.quote,
            entityId: p.claim?.speakerEntityId ?? null,
          },
        })
      ).span.id;
  }
  const claimId = derivedId(s.id, "claim");
  const proposedClaim = p.claim
    ? await acceptProposedClaim({
        actor,
        claimId,
        claimSpanId: span.id,
        speakerSpanId,
        quote: p.main.quote,
        fields: p.claim,
        proposal: p.proposal,
      })
    : null;
  const claim =
    proposedClaim ??
    (p.claim
      ? (
          await createClaim({
            actor,
            articleId: article.id,
            input: { id: claimId, claimSpanId: span.id, speakerSpanId, ...p.claim },
          })
        ).claim
      : null);

  const updated = await db.$transaction(async (tx) => {
    const changed = await tx.suggestion.updateMany({
      where: { id: s.id, state: "OPEN" },
      data: {
        state: "ACCEPTED",
        decidedById: actor.id,
        decidedAt: new Date(),
        spanId: span.id,
        claimId: claim?.id ?? null,
        version: { increment: 1 },
      },
    });
    const current = await tx.suggestion.findUniqueOrThrow({ where: { id: s.id }, select: suggestionSelect });
    if (changed.count === 0 && !(current.state === "ACCEPTED" && current.spanId === span.id)) {
      throw new ConflictError(`This suggestion was ${current.state.toLowerCase()} meanwhile`, {
        current: toSuggestionDto(current),
      });
    }
    if (changed.count > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        projectId: s.projectId,
        action: "suggestion.accept",
        entityType: "Suggestion",
        entityId: s.id,
        before: { state: "OPEN", kind: s.kind, start: s.start, end: s.end, quote: s.quote },
        after: { state: "ACCEPTED", spanId: span.id, claimId: claim?.id ?? null, edits: input.edits },
      });
    }
    return { current, changed: changed.count > 0 };
  });
  // Of concurrent accepts, the one whose update moved the suggestion made it; the rest return it.
  return { ...(await made(updated.current)), created: updated.changed };
}
