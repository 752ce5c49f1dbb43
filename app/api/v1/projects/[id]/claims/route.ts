import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { ZSearchClaimsQuery } from "@/lib/links/schemas";
import { searchClaims } from "@/lib/links/search-claims";
import { readQuery } from "@/lib/api/query";

/** Search the project's claims (Arabic-normalised text, speaker, entity, event) to link to. */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const query = readQuery(req.nextUrl.searchParams, ZSearchClaimsQuery);
  return { claims: await searchClaims({ actor: user, projectId: params.id, ...query }) };
});
