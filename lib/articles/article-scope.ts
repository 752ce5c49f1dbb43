import type { ActingUser } from "../auth/acting-user";
import { seesOwnWorkOnly } from "../curation/visibility";
import { NotFoundError } from "../errors";
import type { TProjectAccess } from "../projects/require-membership";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";

/**
 * What the reads of one article need to know about the actor: the article exists, the actor may
 * read it (`access`, from the membership check) and whether they see only their own spans and
 * claims (`seesOwnWorkOnly`). A page that shows several of an article's lists checks this once
 * (`getReaderArticle`) and hands it to each read, instead of each read checking again.
 */
export type TArticleScope = { id: string; projectId: string; access: TProjectAccess; ownOnly: boolean };

/**
 * The scope a read works in: the one its caller already checked for this article, or else the
 * article and the actor's access looked up now (a "not found" for a stranger, as everywhere).
 */
export async function articleScope(
  actor: ActingUser,
  articleId: string,
  scope: TArticleScope | undefined,
): Promise<TArticleScope> {
  if (scope) {
    if (scope.id !== articleId) throw new NotFoundError("Article");
    return scope;
  }
  const article = await loadAnnotatableArticle(actor, articleId);
  const ownOnly = await seesOwnWorkOnly(actor, article.access, article.id);
  return { id: article.id, projectId: article.projectId, access: article.access, ownOnly };
}
