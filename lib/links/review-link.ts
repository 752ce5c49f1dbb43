import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { ZLinkRelation } from "./create-link";
import { linkSelect, RELATION_PRIORITY } from "./link-select";

export const ZReviewLinkInput = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("confirm"),
    version: z.number().int().positive(),
    relation: ZLinkRelation.optional(),
    reason: z.string().trim().max(2000).default(""),
  }),
  z.object({
    action: z.literal("dismiss"),
    version: z.number().int().positive(),
    reason: z.string().trim().min(1, "say why the link is dismissed").max(2000),
  }),
  z.object({ action: z.literal("relate"), version: z.number().int().positive(), relation: ZLinkRelation }),
  z.object({
    action: z.literal("reopen"),
    version: z.number().int().positive(),
    reason: z.string().trim().max(2000).default(""),
  }),
]);
export type TReviewLinkInput = z.input<typeof ZReviewLinkInput>;

/**
 * Reviewers and managers decide on a link: confirm (optionally with a corrected relation),
 * dismiss with a reason, change the relation, or reopen a decision. Every decision is audited.
 */
export async function reviewLink(options: { actor: ActingUser; linkId: string; input: TReviewLinkInput }) {
  const { actor } = options;
  const input = ZReviewLinkInput.parse(options.input);
  const before = await db.claimLink.findUnique({
    where: { id: options.linkId },
    select: { ...linkSelect, projectId: true },
  });
  if (!before) throw new NotFoundError("Link");
  await requireMembership(actor, before.projectId, "REVIEWER", "Link");
  if (before.version !== input.version) {
    const { projectId: _projectId, ...current } = before;
    throw new ConflictError(`The link changed since you read it (now version ${before.version})`, { current });
  }
  const now = new Date();
  const data =
    input.action === "confirm"
      ? {
          state: "CONFIRMED" as const,
          reviewerId: actor.id,
          reviewedAt: now,
          reviewReason: input.reason,
          ...(input.relation ? { relation: input.relation, priority: RELATION_PRIORITY[input.relation] } : {}),
        }
      : input.action === "dismiss"
        ? { state: "DISMISSED" as const, reviewerId: actor.id, reviewedAt: now, reviewReason: input.reason }
        : input.action === "relate"
          ? { relation: input.relation, priority: RELATION_PRIORITY[input.relation] }
          : { state: "OPEN" as const, reviewerId: null, reviewedAt: null, reviewReason: input.reason };
  return db.$transaction(async (tx) => {
    const { count } = await tx.claimLink.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("The link changed meanwhile");
    const after = await tx.claimLink.findUniqueOrThrow({ where: { id: before.id }, select: linkSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: `link.${input.action}`,
      entityType: "ClaimLink",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
