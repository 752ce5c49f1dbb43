import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { getPublisher } from "@/lib/publisher/get-publisher";
import { setPublisher, ZSetPublisherInput } from "@/lib/publisher/set-publisher";

export const GET = apiRoute(ZIdParam, async ({ user, params }) => getPublisher({ actor: user, projectId: params.id }));

export const PUT = apiRoute(ZIdParam, async ({ req, user, params }) =>
  setPublisher({ actor: user, projectId: params.id, input: await readJson(req, ZSetPublisherInput) }),
);
