import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { claimsVisibleTo } from "../curation/layer";
import { isUniqueViolation } from "../database/errors";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { proposeIncidentsForArticle } from "../incidents/propose-incidents";
import { linkSelect, pairKey, RELATION_PRIORITY } from "./link-select";
import { placeClaimsOnEvent, ZLinkEvent } from "./place-claims-on-event";

export const ZLinkRelation = z.enum(["AGREES", "CONTRADICTS", "UPDATES", "RELATED"]);

export const ZCreateLinkInput = z.object({
  id: z.uuid("id must be a UUID made by the client"),
  fromClaimId: z.uuid(),
  toClaimId: z.uuid(),
  relation: ZLinkRelation,
  note: z.string().trim().max(2000).default(""),
  /** Also put both claims on this event (an existing one by id, or a new one), in the same transaction. */
  event: ZLinkEvent.optional(),
});
export type TCreateLinkInput = z.input<typeof ZCreateLinkInput>;

/**
 * An analyst links two claims of the project. If the system had already suggested a link for
 * the pair, the analyst's link takes its place (origin becomes human). Links start open; only
 * reviewers and managers confirm or dismiss them. A retry with the same id returns the stored
 * link with `created: false`, whichever of the concurrent requests wrote it. With `event`, both
 * claims are put on that event (or a new one) in the same transaction: link and grouping in one step.
 */
export async function createOrReturnLink(options: { actor: ActingUser; projectId: string; input: TCreateLinkInput }) {
  const { actor, projectId } = options;
  const access = await requireMembership(actor, projectId);
  const input = ZCreateLinkInput.parse(options.input);
  if (input.fromClaimId === input.toClaimId) throw new ValidationError("A claim cannot be linked to itself");
  // Under independent annotation a claim the actor may not read (lib/curation/layer.ts) is not found.
  const claims = await db.claim.count({
    where: {
      id: { in: [input.fromClaimId, input.toClaimId] },
      projectId,
      deletedAt: null,
      AND: claimsVisibleTo(projectId, { id: actor.id, role: access.role }),
    },
  });
  if (claims !== 2) throw new NotFoundError("Claim");
  // An event named by id must be the project's, whatever becomes of the link.
  const eventId = input.event && "id" in input.event ? input.event.id : null;
  if (eventId && !(await db.event.count({ where: { id: eventId, projectId, deletedAt: null } })))
    throw new NotFoundError("Event");
  const key = pairKey(input.fromClaimId, input.toClaimId);
  const taken = (current: unknown) =>
    new ConflictError("These claims are already linked; change that link instead", { current });
  const attempt = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.claimLink.findUnique({ where: { pairKey: key }, select: linkSelect });
      if (existing?.id === input.id) return { link: existing, created: false };
      if (existing && existing.origin === "HUMAN") throw taken(existing);
      const data = {
        fromClaimId: input.fromClaimId,
        toClaimId: input.toClaimId,
        relation: input.relation,
        note: input.note,
        priority: RELATION_PRIORITY[input.relation],
        origin: "HUMAN" as const,
        createdById: actor.id,
      };
      let link: Prisma.ClaimLinkGetPayload<{ select: typeof linkSelect }>;
      if (existing) {
        // Adopting the suggestion is conditional on it being the one read: of two adoptions at
        // once, the second finds it changed.
        const { count } = await tx.claimLink.updateMany({
          where: { id: existing.id, version: existing.version, origin: "SUGGESTED" },
          data: { ...data, state: "OPEN", version: { increment: 1 } },
        });
        if (count === 0) return null;
        link = await tx.claimLink.findUniqueOrThrow({ where: { id: existing.id }, select: linkSelect });
      } else {
        link = await tx.claimLink.create({
          data: { ...data, id: input.id, projectId, pairKey: key },
          select: linkSelect,
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        projectId,
        action: existing ? "link.adopt_suggestion" : "link.create",
        entityType: "ClaimLink",
        entityId: link.id,
        before: existing,
        after: link,
      });
      const placed = input.event
        ? await placeClaimsOnEvent(tx, {
            actor,
            projectId,
            claimIds: [input.fromClaimId, input.toClaimId],
            event: input.event,
          })
        : null;
      return { link, created: true, placed };
    });
  // A concurrent request stored the pair (or this id) first: read what it stored and answer from that.
  const settle = async () => {
    const stored = await db.claimLink.findUnique({ where: { pairKey: key }, select: linkSelect });
    if (stored?.id === input.id) return { link: stored, created: false };
    if (stored && stored.origin === "HUMAN") throw taken(stored);
    const byId = await db.claimLink.findUnique({ where: { id: input.id }, select: { id: true } });
    if (byId) throw new ConflictError("This link id is already used; generate a new id");
    return null;
  };
  for (let tries = 0; tries < 3; tries++) {
    try {
      const made = await attempt();
      if (made) {
        // Claims that moved to another event are grouped into incidents again, as after an edit.
        for (const articleId of made.placed?.articleIds ?? [])
          await proposeIncidentsForArticle(articleId, {
            actorId: actor.id,
            claimIds: [input.fromClaimId, input.toClaimId],
          });
        return { link: made.link, created: made.created };
      }
      const result = await settle();
      if (result) return result;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const result = await settle();
      if (result) return result;
    }
  }
  throw new ConflictError("The link changed meanwhile; try again");
}

/** createOrReturnLink for callers that need only the link. */
export async function createLink(options: { actor: ActingUser; projectId: string; input: TCreateLinkInput }) {
  return (await createOrReturnLink(options)).link;
}
