import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { publishArticleEvent } from "../realtime/publish";
import { isUniqueViolation } from "../database/errors";
import { ConflictError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { checkClaimReferences } from "./check-claim-references";
import { checkStatusRole } from "./check-status-role";
import { claimSelect, ZCreateClaimInput, type TCreateClaimInput } from "./claim-input";
import { proposeIncidentsForArticle } from "../incidents/propose-incidents";
import { withdrawProposalsCoveredBy } from "../suggestions/withdraw-covered-proposals";
import { claimKeys } from "./claim-keys";
import { parseFigures } from "./figures";

/** Creates a claim on an article with the client's id; a retry returns the stored claim. */
export async function createClaim(options: { actor: ActingUser; articleId: string; input: TCreateClaimInput }) {
  const { actor } = options;
  const input = ZCreateClaimInput.parse(options.input);
  const figures = parseFigures(input.kind, input.figures);
  const article = await loadAnnotatableArticle(actor, options.articleId);
  await checkStatusRole(actor, article.projectId, { to: input.status });
  const stored = async () => {
    const existing = await db.claim.findUnique({ where: { id: input.id }, select: claimSelect });
    if (existing && existing.articleId !== article.id)
      throw new ConflictError("This claim id is already used; generate a new id");
    return existing;
  };
  const existing = await stored();
  if (existing) return { claim: existing, created: false };
  const { aboutEntityIds, occurredOn, ...fields } = input;
  const claim = await db
    .$transaction(async (tx) => {
      await checkClaimReferences(tx, { projectId: article.projectId, articleId: article.id }, input);
      const quote = input.claimSpanId
        ? (await tx.span.findUniqueOrThrow({ where: { id: input.claimSpanId }, select: { quote: true } })).quote
        : null;
      const created = await tx.claim.create({
        data: {
          ...fields,
          ...claimKeys({ quote, kind: input.kind, figures }),
          figures: figures as Prisma.InputJsonValue,
          projectId: article.projectId,
          articleId: article.id,
          authorId: actor.id,
          occurredOn: occurredOn ? new Date(`${occurredOn}T00:00:00Z`) : null,
          // An entity listed twice is what the claim is about once (as an update and a verdict's evidence read them).
          entities: { create: [...new Set(aboutEntityIds)].map((entityId) => ({ entityId })) },
        },
        select: claimSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        projectId: article.projectId,
        action: "claim.create",
        entityType: "Claim",
        entityId: created.id,
        after: created,
      });
      await publishArticleEvent(tx, {
        articleId: article.id,
        type: "claim.change",
        claimId: created.id,
        version: created.version,
        actorId: actor.id,
      });
      return created;
    })
    .catch(async (error: unknown) => {
      // A retry that raced the first request: the primary key refused the second insert.
      const winner = isUniqueViolation(error) ? await stored() : null;
      if (winner) return { retried: winner };
      throw error;
    });
  if ("retried" in claim) return { claim: claim.retried, created: false };
  await withdrawProposalsCoveredBy(
    { id: claim.id, articleId: article.id, kind: claim.kind, range: claim.claimSpan },
    actor.id,
  );
  // The new claim's features, its place among incidents and its link proposals (and its article's).
  await proposeIncidentsForArticle(article.id, { actorId: actor.id, claimIds: [claim.id] });
  return { claim, created: true };
}
