import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { setCurated } from "@/lib/curation/curate-article";
import { getCurationView } from "@/lib/curation/curation-view";
import { ZSetCuratedInput } from "@/lib/curation/schemas";

export const GET = apiRoute(ZIdParam, async ({ user, params }) =>
  getCurationView({ actor: user, articleId: params.id }),
);

export const PUT = apiRoute(ZIdParam, async ({ req, user, params }) =>
  setCurated({ actor: user, articleId: params.id, input: await readJson(req, ZSetCuratedInput) }),
);
