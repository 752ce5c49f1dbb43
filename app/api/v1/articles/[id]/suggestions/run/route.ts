import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { runArticleSuggestions } from "@/lib/suggestions/run-article-suggestions";

/** Reads this article again now and returns its open suggestions. */
export const POST = apiRoute(ZIdParam, async ({ user, params }) =>
  runArticleSuggestions({ actor: user, articleId: params.id }),
);
