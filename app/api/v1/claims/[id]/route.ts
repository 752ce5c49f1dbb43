import { apiRoute, readJson, ZIdParam, ZVersionInput } from "@/lib/api/handler";
import { ZUpdateClaimInput } from "@/lib/claims/claim-input";
import { setClaimDeleted } from "@/lib/claims/set-claim-deleted";
import { updateClaim } from "@/lib/claims/update-claim";

export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  updateClaim({ actor: user, claimId: params.id, input: await readJson(req, ZUpdateClaimInput) }),
);

export const DELETE = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { version } = await readJson(req, ZVersionInput);
  return setClaimDeleted({ actor: user, claimId: params.id, version, deleted: true });
});
