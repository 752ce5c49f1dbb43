import { z } from "zod";
import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { listArticleSuggestions } from "@/lib/suggestions/list-suggestions";
import { ZSuggestionKind, ZSuggestionState } from "@/lib/suggestions/suggestion-input";

const ZQuery = z.object({
  state: z.union([ZSuggestionState, z.literal("ALL")]).optional(),
  kind: ZSuggestionKind.optional(),
});

/** The article's suggestions (open ones unless `state` says otherwise), open counts per kind, the latest run. */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const q = ZQuery.parse({
    state: req.nextUrl.searchParams.get("state") ?? undefined,
    kind: req.nextUrl.searchParams.get("kind") ?? undefined,
  });
  return listArticleSuggestions({ actor: user, articleId: params.id, ...q });
});
