import type { ActingUser } from "../auth/acting-user";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { listArticleSuggestions } from "./list-suggestions";
import { refreshArticleSuggestions } from "./refresh-article-suggestions";

/**
 * Reads one article now (a few milliseconds) and returns its open suggestions. Rejected and
 * accepted ones stay decided; see refreshArticleSuggestions.
 */
export async function runArticleSuggestions(options: { actor: ActingUser; articleId: string }) {
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  const { created, removed } = await refreshArticleSuggestions(article.id);
  return { created, removed, ...(await listArticleSuggestions({ actor: options.actor, articleId: article.id })) };
}
