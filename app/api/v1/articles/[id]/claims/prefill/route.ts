import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { getClaimPrefill, ZClaimPrefillInput } from "@/lib/claims/get-claim-prefill";

/** Proposed claim kind and figures for a selection, parsed from the Arabic (nothing is stored). */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  getClaimPrefill({ actor: user, articleId: params.id, input: await readJson(req, ZClaimPrefillInput) }),
);
