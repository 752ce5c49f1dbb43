import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { createLink, ZCreateLinkInput } from "@/lib/links/create-link";

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(await createLink({ actor: user, projectId: params.id, input: await readJson(req, ZCreateLinkInput) })),
);
