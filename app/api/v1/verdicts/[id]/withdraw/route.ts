import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { withdrawVerdict } from "@/lib/verdicts/withdraw-verdict";

export const POST = apiRoute(ZIdParam, async ({ user, params }) =>
  withdrawVerdict({ actor: user, verdictId: params.id }),
);
