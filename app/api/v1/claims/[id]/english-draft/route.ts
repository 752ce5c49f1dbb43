import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { getClaimEnglishDraft } from "@/lib/claims/get-claim-english-draft";

export const GET = apiRoute(ZIdParam, async ({ user, params }) =>
  getClaimEnglishDraft({ actor: user, claimId: params.id }),
);
