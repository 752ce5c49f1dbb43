import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { listArticleSuggestions } from "@/lib/suggestions/list-suggestions";
import { ZArticleSuggestionsQuery } from "@/lib/suggestions/schemas";
import { readQuery } from "@/lib/api/query";

/** The article's suggestions (open ones unless `state` says otherwise), open counts per kind, the latest run. */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const query = readQuery(req.nextUrl.searchParams, ZArticleSuggestionsQuery);
  return listArticleSuggestions({ actor: user, articleId: params.id, ...query });
});
