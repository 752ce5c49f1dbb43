import type { ActingUser } from "../auth/acting-user";
import { db } from "../db";
import type { TProjectAccess } from "../projects/require-membership";

/**
 * Under independent annotation, until a curator has curated the article, an analyst sees only
 * their own spans and claims on it (and those without an author), not other analysts' nor the
 * curated layer being built from them. Reviewers and managers, who curate, see everything; so
 * does everyone once the article is curated or when the project does not annotate independently.
 */
export async function seesOwnWorkOnly(_actor: ActingUser, access: TProjectAccess, articleId: string): Promise<boolean> {
  if (access.role !== "ANALYST") return false;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { curatedAt: true, project: { select: { independentAnnotation: true } } },
  });
  return Boolean(article?.project.independentAnnotation && !article.curatedAt);
}

/** The `where` part for spans and claims an actor who sees their own work only may read. */
export function ownWork(actorId: string) {
  return { OR: [{ authorId: null }, { authorId: actorId }] };
}
