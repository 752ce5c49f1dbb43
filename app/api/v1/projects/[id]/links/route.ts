import { apiRoute, json, readJson, ZIdParam } from "@/lib/api/handler";
import { createOrReturnLink, ZCreateLinkInput } from "@/lib/links/create-link";

/** 201 with the new link; 200 with the stored one when the id was already used for this pair (a retry). */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { link, created } = await createOrReturnLink({
    actor: user,
    projectId: params.id,
    input: await readJson(req, ZCreateLinkInput),
  });
  return json(link, { status: created ? 201 : 200 });
});
