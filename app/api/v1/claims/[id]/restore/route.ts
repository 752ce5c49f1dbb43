import { apiRoute, readJson, ZIdParam, ZVersionInput } from "@/lib/api/handler";
import { setClaimDeleted } from "@/lib/claims/set-claim-deleted";

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { version } = await readJson(req, ZVersionInput);
  return setClaimDeleted({ actor: user, claimId: params.id, version, deleted: false });
});
