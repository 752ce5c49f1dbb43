import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { searchClaims } from "@/lib/links/search-claims";

/** Search the project's claims (Arabic-normalised text, speaker, entity, event) to link to. */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const q = req.nextUrl.searchParams;
  return {
    claims: await searchClaims({
      actor: user,
      projectId: params.id,
      q: q.get("q") ?? undefined,
      entityId: q.get("entityId") ?? undefined,
      eventId: q.get("eventId") ?? undefined,
      excludeArticleId: q.get("excludeArticleId") ?? undefined,
    }),
  };
});
