import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { searchInputFromParams } from "@/lib/search/search-input";
import { searchProject } from "@/lib/search/search-project";

/** One search over the project's articles, spans, claims, translations and entities. */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) =>
  searchProject({ actor: user, projectId: params.id, input: searchInputFromParams(req.nextUrl.searchParams) }),
);
