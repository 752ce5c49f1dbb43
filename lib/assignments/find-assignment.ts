import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { type TProjectAccess, requireMembership } from "../projects/require-membership";
import type { ArticleStatus, Role } from "../generated/prisma/enums";

/**
 * The assignment of `userId` to an article, after checking the actor's membership of the
 * article's project: another project's article, or a user not assigned to it, is "not found".
 */
export async function findAssignment(options: {
  actor: ActingUser;
  articleId: string;
  userId: string;
  minRole?: Role;
}): Promise<{ access: TProjectAccess; assignment: { id: string; projectId: string; status: ArticleStatus } }> {
  const article = await db.article.findFirst({
    where: { id: options.articleId, deletedAt: null },
    select: { projectId: true },
  });
  if (!article) throw new NotFoundError("Article");
  const access = await requireMembership(options.actor, article.projectId, options.minRole, "Article");
  const assignment = await db.assignment.findUnique({
    where: { articleId_userId: { articleId: options.articleId, userId: options.userId } },
    select: { id: true, projectId: true, status: true },
  });
  if (!assignment) throw new NotFoundError("Assignment");
  return { access, assignment };
}
