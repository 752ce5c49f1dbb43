import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { decideSuggestionsOfKind } from "@/lib/suggestions/decide-suggestions-of-kind";
import { ZDecideKindInput } from "@/lib/suggestions/suggestion-input";

/** Accept or reject every open suggestion of one kind in the article: `{ kind, decision }`. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  decideSuggestionsOfKind({ actor: user, articleId: params.id, input: await readJson(req, ZDecideKindInput) }),
);
