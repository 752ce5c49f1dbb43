import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { findAssignment } from "./find-assignment";

/** Managers take an article back from an assignee; their spans and claims stay. */
export async function removeAssignment(options: { actor: ActingUser; articleId: string; userId: string }) {
  const { assignment } = await findAssignment({ ...options, minRole: "MANAGER" });
  await db.$transaction(async (tx) => {
    await tx.assignment.delete({ where: { id: assignment.id } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: assignment.projectId,
      action: "assignment.delete",
      entityType: "Assignment",
      entityId: assignment.id,
      before: { articleId: options.articleId, userId: options.userId, status: assignment.status },
    });
  });
  return { removed: true as const };
}
