import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { linkSelect, pairKey, RELATION_PRIORITY } from "./link-select";

export const ZLinkRelation = z.enum(["AGREES", "CONTRADICTS", "UPDATES", "RELATED"]);

export const ZCreateLinkInput = z.object({
  id: z.uuid("id must be a UUID made by the client"),
  fromClaimId: z.uuid(),
  toClaimId: z.uuid(),
  relation: ZLinkRelation,
  note: z.string().trim().max(2000).default(""),
});
export type TCreateLinkInput = z.input<typeof ZCreateLinkInput>;

/**
 * An analyst links two claims of the project. If the system had already suggested a link for
 * the pair, the analyst's link takes its place (origin becomes human). Links start open; only
 * reviewers and managers confirm or dismiss them.
 */
export async function createLink(options: { actor: ActingUser; projectId: string; input: TCreateLinkInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId);
  const input = ZCreateLinkInput.parse(options.input);
  if (input.fromClaimId === input.toClaimId) throw new ValidationError("A claim cannot be linked to itself");
  const claims = await db.claim.count({ where: { id: { in: [input.fromClaimId, input.toClaimId] }, projectId, deletedAt: null } });
  if (claims !== 2) throw new NotFoundError("Claim");
  const key = pairKey(input.fromClaimId, input.toClaimId);
  return db.$transaction(async (tx) => {
    const existing = await tx.claimLink.findUnique({ where: { pairKey: key }, select: linkSelect });
    if (existing?.id === input.id) return existing;
    if (existing && existing.origin === "HUMAN") throw new ConflictError("These claims are already linked; change that link instead", { current: existing });
    const data = { fromClaimId: input.fromClaimId, toClaimId: input.toClaimId, relation: input.relation, note: input.note, priority: RELATION_PRIORITY[input.relation], origin: "HUMAN" as const, createdById: actor.id };
    const link = existing
      ? await tx.claimLink.update({ where: { id: existing.id }, data: { ...data, state: "OPEN", version: { increment: 1 } }, select: linkSelect })
      : await tx.claimLink.create({ data: { ...data, id: input.id, projectId, pairKey: key }, select: linkSelect });
    await recordAudit(tx, { actorId: actor.id, projectId, action: existing ? "link.adopt_suggestion" : "link.create", entityType: "ClaimLink", entityId: link.id, before: existing, after: link });
    return link;
  });
}
