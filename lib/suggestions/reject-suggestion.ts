import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { withdrawProposedClaim } from "./accept-proposed-claim";
import { loadSuggestionForDecision } from "./load-suggestion";
import { suggestionSelect, toSuggestionDto } from "./suggestion-dto";
import { ZRejectSuggestionInput, type TRejectSuggestionInput } from "./suggestion-input";

/**
 * Rejects a suggestion. The row stays, so a later run recognises the proposal and does not make
 * it again. Rejecting twice is harmless; rejecting an accepted suggestion is a conflict (delete its
 * span instead).
 */
export async function rejectSuggestion(options: {
  actor: ActingUser;
  suggestionId: string;
  input?: TRejectSuggestionInput;
}) {
  const { actor } = options;
  const input = ZRejectSuggestionInput.parse(options.input ?? {});
  const s = await loadSuggestionForDecision(actor, options.suggestionId);
  if (s.state === "REJECTED") return toSuggestionDto(s);
  if (s.state === "ACCEPTED")
    throw new ConflictError("This suggestion was accepted; delete its span or claim instead", {
      current: toSuggestionDto(s),
    });
  if (input.version !== undefined && input.version !== s.version) {
    throw new ConflictError(`The suggestion changed meanwhile (now version ${s.version})`, {
      current: toSuggestionDto(s),
    });
  }
  const rejected = await db.$transaction(async (tx) => {
    const changed = await tx.suggestion.updateMany({
      where: { id: s.id, state: "OPEN" },
      data: { state: "REJECTED", decidedById: actor.id, decidedAt: new Date(), version: { increment: 1 } },
    });
    const current = await tx.suggestion.findUniqueOrThrow({ where: { id: s.id }, select: suggestionSelect });
    if (changed.count === 0 && current.state !== "REJECTED") {
      throw new ConflictError(`This suggestion was ${current.state.toLowerCase()} meanwhile`, {
        current: toSuggestionDto(current),
      });
    }
    if (changed.count > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        projectId: s.projectId,
        action: "suggestion.reject",
        entityType: "Suggestion",
        entityId: s.id,
        before: { state: "OPEN", kind: s.kind, start: s.start, end: s.end, quote: s.quote },
        after: { state: "REJECTED" },
      });
    }
    return toSuggestionDto(current);
  });
  await withdrawProposedClaim(s.claimId ?? null, actor.id);
  return rejected;
}
