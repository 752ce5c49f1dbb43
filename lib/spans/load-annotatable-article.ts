import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { requireMembership, type TProjectAccess } from "../projects/require-membership";

/** The article a span write targets, if the actor may annotate it (any project role may). */
export async function loadAnnotatableArticle(
  actor: ActingUser,
  articleId: string,
): Promise<{ id: string; projectId: string; text: string; status: string; access: TProjectAccess }> {
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, projectId: true, text: true, status: true },
  });
  if (!article) throw new NotFoundError("Article");
  const access = await requireMembership(actor, article.projectId, "ANALYST", "Article");
  return { ...article, access };
}
