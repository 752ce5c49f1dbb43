import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "./require-membership";

/** Removes a user from a project (audited; re-adding restores access). A project keeps at least one manager. */
export async function removeMember(options: { actor: ActingUser; projectId: string; userId: string }) {
  const { actor, projectId, userId } = options;
  await requireMembership(actor, projectId, "MANAGER");
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId } } });
    if (!membership) throw new NotFoundError("Member");
    if (membership.role === "MANAGER") {
      const managers = await tx.membership.count({ where: { projectId, role: "MANAGER" } });
      if (managers <= 1) throw new ConflictError("A project needs at least one manager");
    }
    await tx.membership.delete({ where: { projectId_userId: { projectId, userId } } });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "membership.delete",
      entityType: "Membership",
      entityId: `${projectId}:${userId}`,
      before: membership,
    });
    return { removed: true };
  });
}
