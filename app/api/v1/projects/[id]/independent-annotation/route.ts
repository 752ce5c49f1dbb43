import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { getIndependentAnnotation, setIndependentAnnotation } from "@/lib/curation/independent-annotation";
import { ZIndependentAnnotation } from "@/lib/curation/schemas";

export const GET = apiRoute(ZIdParam, async ({ user, params }) =>
  getIndependentAnnotation({ actor: user, projectId: params.id }),
);

export const PUT = apiRoute(ZIdParam, async ({ req, user, params }) =>
  setIndependentAnnotation({ actor: user, projectId: params.id, input: await readJson(req, ZIndependentAnnotation) }),
);
