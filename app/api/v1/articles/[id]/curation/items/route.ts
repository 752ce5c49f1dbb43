import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { resolveItem } from "@/lib/curation/resolve-item";
import { ZResolveItemInput } from "@/lib/curation/schemas";

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  resolveItem({ actor: user, articleId: params.id, input: await readJson(req, ZResolveItemInput) }),
);
