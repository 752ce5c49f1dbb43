import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export const DELETE = apiRoute(ZIdParam, async ({ user, params }) =>
  revokeApiToken({ actor: user, tokenId: params.id }),
);
