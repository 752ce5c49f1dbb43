import { withdrawProposedClaims } from "./withdraw-proposed-claims";
import { ZodError } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { acceptSuggestion } from "./accept-suggestion";
import { readProposal } from "./proposal";
import { ZDecideKindInput, type TDecideKindInput } from "./suggestion-input";

/**
 * Accepts or rejects every open suggestion of one kind in an article (with `minConfidence`, only
 * those its rule proposed at least that confidently). Rejecting is one
 * transaction. Accepting writes one suggestion after another (each is a span and a claim of its
 * own); one that cannot be accepted (its label was deleted, a figure no longer validates) is left
 * open and reported in `failed` with the reason, and the others go ahead.
 */
export async function decideSuggestionsOfKind(options: {
  actor: ActingUser;
  articleId: string;
  input: TDecideKindInput;
}) {
  const { actor } = options;
  const input = ZDecideKindInput.parse(options.input);
  const article = await loadAnnotatableArticle(actor, options.articleId);
  const all = await db.suggestion.findMany({
    where: { articleId: article.id, kind: input.kind, state: "OPEN" },
    orderBy: { start: "asc" },
    select: { id: true, kind: true, start: true, end: true, quote: true, claimId: true, proposal: true },
  });
  const { minConfidence } = input;
  const open =
    minConfidence === undefined
      ? all
      : all.filter((s) => (readProposal(s.proposal).provenance?.confidence ?? -1) >= minConfidence);
  if (input.decision === "reject") {
    await db.$transaction(async (tx) => {
      await tx.suggestion.updateMany({
        where: { id: { in: open.map((s) => s.id) }, state: "OPEN" },
        data: { state: "REJECTED", decidedById: actor.id, decidedAt: new Date(), version: { increment: 1 } },
      });
      for (const s of open) {
        await recordAudit(tx, {
          actorId: actor.id,
          projectId: article.projectId,
          action: "suggestion.reject",
          entityType: "Suggestion",
          entityId: s.id,
          before: { state: "OPEN", kind: s.kind, start: s.start, end: s.end, quote: s.quote },
          after: { state: "REJECTED", bulk: true },
        });
      }
      // Their machine-proposed claims go with them, out of incidents and the queue.
      await withdrawProposedClaims(
        tx,
        open.flatMap((s) => (s.claimId ? [s.claimId] : [])),
        actor.id,
      );
    });
    return { decided: open.length, failed: [] as Array<{ id: string; code: string; message: string }> };
  }
  let decided = 0;
  const failed: Array<{ id: string; code: string; message: string }> = [];
  for (const s of open) {
    try {
      await acceptSuggestion({ actor, suggestionId: s.id });
      decided++;
    } catch (error) {
      // A typed or validation error is this suggestion's own problem; anything else is a real failure.
      if (error instanceof AppError) failed.push({ id: s.id, code: error.code, message: error.message });
      else if (error instanceof ZodError)
        failed.push({ id: s.id, code: "validation_error", message: error.issues.map((i) => i.message).join("; ") });
      else throw error;
    }
  }
  return { decided, failed };
}
