import { apiRoute, readJson, ZIdParam, json } from "@/lib/api/handler";
import { ZCreateClaimInput } from "@/lib/claims/claim-input";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { ZListClaimsQuery } from "@/lib/claims/schemas";
import { readQuery } from "@/lib/api/query";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => ({
  claims: await listClaims({
    actor: user,
    articleId: params.id,
    ...readQuery(req.nextUrl.searchParams, ZListClaimsQuery),
  }),
}));

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { claim, created } = await createClaim({
    actor: user,
    articleId: params.id,
    input: await readJson(req, ZCreateClaimInput),
  });
  return json(claim, { status: created ? 201 : 200 });
});
