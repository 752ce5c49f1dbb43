import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { takeVersion } from "@/lib/curation/curate-article";
import { ZTakeVersionInput } from "@/lib/curation/schemas";

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  takeVersion({ actor: user, articleId: params.id, input: await readJson(req, ZTakeVersionInput) }),
);
