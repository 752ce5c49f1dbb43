import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudits } from "../audit/record-audit";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { assignmentOrder, assignmentSelect } from "./assignment-select";

export const ZAssignArticlesInput = z.object({
  articleIds: z.array(z.uuid("Not a valid article id")).min(1, "Choose at least one article").max(1000),
  userIds: z.array(z.uuid("Not a valid user id")).min(1, "Choose at least one assignee").max(100),
});
export type TAssignArticlesInput = z.input<typeof ZAssignArticlesInput>;

/**
 * Managers give articles to project members, in bulk: every article to every user. A pair that is
 * already assigned keeps its status; new pairs start as NEW. Articles of another project and users
 * who are not members are "not found", and nothing is written.
 */
export async function assignArticles(options: { actor: ActingUser; projectId: string; input: TAssignArticlesInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "MANAGER");
  const input = ZAssignArticlesInput.parse(options.input);
  const articleIds = [...new Set(input.articleIds)];
  const userIds = [...new Set(input.userIds)];
  const [articles, members] = await Promise.all([
    db.article.count({ where: { id: { in: articleIds }, projectId, deletedAt: null } }),
    db.membership.count({ where: { projectId, userId: { in: userIds } } }),
  ]);
  if (articles !== articleIds.length) throw new NotFoundError("Article");
  if (members !== userIds.length) throw new NotFoundError("Member");

  return db.$transaction(async (tx) => {
    const existing = await tx.assignment.findMany({
      where: { articleId: { in: articleIds }, userId: { in: userIds } },
      select: { articleId: true, userId: true },
    });
    const taken = new Set(existing.map((a) => `${a.articleId}:${a.userId}`));
    const fresh = articleIds.flatMap((articleId) =>
      userIds
        .filter((userId) => !taken.has(`${articleId}:${userId}`))
        .map((userId) => ({ projectId, articleId, userId, assignedById: actor.id })),
    );
    const created = await tx.assignment.createManyAndReturn({ data: fresh, select: { id: true } });
    const assignments = await tx.assignment.findMany({
      where: { articleId: { in: articleIds }, userId: { in: userIds } },
      orderBy: [...assignmentOrder],
      select: assignmentSelect,
    });
    const createdIds = new Set(created.map((c) => c.id));
    await recordAudits(
      tx,
      assignments
        .filter((a) => createdIds.has(a.id))
        .map((a) => ({
          actorId: actor.id,
          projectId,
          action: "assignment.create",
          entityType: "Assignment",
          entityId: a.id,
          after: { articleId: a.article.id, userId: a.user.id, status: a.status },
        })),
    );
    return { created: created.length, assignments };
  });
}
