import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ForbiddenError } from "../errors";
import { ZArticleStatus } from "../articles/schemas";
import { assignmentSelect } from "./assignment-select";
import { findAssignment } from "./find-assignment";

export const ZSetAssignmentStatusInput = z.object({ status: ZArticleStatus });
export type TSetAssignmentStatusInput = z.input<typeof ZSetAssignmentStatusInput>;

/**
 * An assignee moves their own assignment forward (in progress, done); a manager sets any
 * assignee's status, and is the only one who reopens a done article or sets it back to new.
 */
export async function setAssignmentStatus(options: {
  actor: ActingUser;
  articleId: string;
  userId: string;
  input: TSetAssignmentStatusInput;
}) {
  const { actor } = options;
  const input = ZSetAssignmentStatusInput.parse(options.input);
  const { access, assignment } = await findAssignment(options);
  if (access.role !== "MANAGER") {
    if (options.userId !== actor.id) throw new ForbiddenError("Only managers change someone else's assignment");
    if (input.status === "NEW" || assignment.status === "DONE")
      throw new ForbiddenError("Only managers reopen an article");
  }
  return db.$transaction(async (tx) => {
    const after = await tx.assignment.update({
      where: { id: assignment.id },
      data: { status: input.status },
      select: assignmentSelect,
    });
    if (after.status !== assignment.status)
      await recordAudit(tx, {
        actorId: actor.id,
        projectId: assignment.projectId,
        action: "assignment.status",
        entityType: "Assignment",
        entityId: assignment.id,
        before: { status: assignment.status },
        after: { status: after.status },
      });
    return after;
  });
}

/**
 * Opening an article as its assignee starts the work: a NEW assignment becomes IN_PROGRESS.
 * Anyone else opening it changes nothing.
 */
export async function startAssignment(options: { actor: ActingUser; articleId: string }) {
  const assignment = await db.assignment.findUnique({
    where: { articleId_userId: { articleId: options.articleId, userId: options.actor.id } },
    select: { id: true, projectId: true, status: true },
  });
  if (assignment?.status !== "NEW") return;
  await db.$transaction(async (tx) => {
    const { count } = await tx.assignment.updateMany({
      where: { id: assignment.id, status: "NEW" },
      data: { status: "IN_PROGRESS" },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: assignment.projectId,
      action: "assignment.status",
      entityType: "Assignment",
      entityId: assignment.id,
      before: { status: "NEW" },
      after: { status: "IN_PROGRESS" },
    });
  });
}
