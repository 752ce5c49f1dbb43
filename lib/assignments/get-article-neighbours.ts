import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import type { TArticleScope } from "../articles/article-scope";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { assignmentOrder } from "./assignment-select";

type TNeighbour = { id: string; title: string } | null;

/** The project of an article the actor may read. */
async function articleProject(actor: ActingUser, articleId: string): Promise<string> {
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { projectId: true },
  });
  if (!article) throw new NotFoundError("Article");
  await requireMembership(actor, article.projectId, "ANALYST", "Article");
  return article.projectId;
}

/**
 * Where an article sits in the reader's list: the actor's own assignments in order when the
 * article is one of them, otherwise the project's article list. Gives the previous and next
 * articles, the position, and the actor's assignment status on this article (if any). `scope`: the
 * access its caller already checked.
 */
export async function getArticleNeighbours(options: { actor: ActingUser; articleId: string; scope?: TArticleScope }) {
  if (options.scope && options.scope.id !== options.articleId) throw new NotFoundError("Article");
  const projectId = options.scope?.projectId ?? (await articleProject(options.actor, options.articleId));
  const assigned = await db.assignment.findMany({
    where: { projectId, userId: options.actor.id, article: { deletedAt: null } },
    orderBy: [...assignmentOrder],
    select: { status: true, article: { select: { id: true, title: true } } },
  });
  const own = assigned.find((a) => a.article.id === options.articleId) ?? null;
  const list: { id: string; title: string }[] = own
    ? assigned.map((a) => a.article)
    : await db.article.findMany({
        where: { projectId, deletedAt: null },
        orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
        select: { id: true, title: true },
      });
  const index = list.findIndex((a) => a.id === options.articleId);
  const at = (i: number): TNeighbour => list[i] ?? null;
  return {
    list: own ? ("assignments" as const) : ("project" as const),
    position: index + 1,
    total: list.length,
    previous: index > 0 ? at(index - 1) : null,
    next: at(index + 1),
    assignmentStatus: own?.status ?? null,
  };
}
