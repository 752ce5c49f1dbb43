import type { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "../projects/require-membership";
import { assignmentOrder, assignmentSelect } from "./assignment-select";
import type { ZListAssignmentsQuery } from "./schemas";

/** A project's assignments (any member may read who works on what), optionally for one assignee, article or status. */
export async function listAssignments(
  options: { actor: ActingUser; projectId: string } & z.output<typeof ZListAssignmentsQuery>,
) {
  await requireMembership(options.actor, options.projectId);
  return db.assignment.findMany({
    where: {
      projectId: options.projectId,
      article: { deletedAt: null },
      ...(options.userId ? { userId: options.userId } : {}),
      ...(options.articleId ? { articleId: options.articleId } : {}),
      ...(options.status ? { status: options.status } : {}),
    },
    orderBy: [...assignmentOrder],
    select: assignmentSelect,
  });
}
