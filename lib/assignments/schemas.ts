import { z } from "zod";
import { ZTimestamp, ZUserRef } from "../api/wire";
import { ZArticleStatus } from "../articles/schemas";

/** One assignee's assignment to one article, with their own progress on it. */
export const ZAssignment = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  article: z.object({ id: z.uuid(), title: z.string() }),
  user: ZUserRef,
  status: ZArticleStatus,
  assignedBy: ZUserRef.nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

/** GET /projects/{id}/assignments */
export const ZListAssignmentsQuery = z.object({
  userId: z.uuid().optional().describe("only this assignee's assignments"),
  articleId: z.uuid().optional().describe("only this article's assignees"),
  status: ZArticleStatus.optional().describe("only assignments with this status"),
});

/** POST /projects/{id}/assignments: how many assignments were new, and every pair asked for. */
export const ZAssignResult = z.object({ created: z.number().int(), assignments: z.array(ZAssignment) });

/** DELETE /articles/{id}/assignments/{userId} */
export const ZAssignmentRemoved = z.object({ removed: z.literal(true) });
