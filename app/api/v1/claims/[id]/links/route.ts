import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { listClaimLinks } from "@/lib/links/list-claim-links";

export const GET = apiRoute(ZIdParam, async ({ user, params }) => ({
  links: await listClaimLinks({ actor: user, claimId: params.id }),
}));
