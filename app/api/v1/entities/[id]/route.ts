import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { ZUpdateEntityInput } from "@/lib/entities/entity-input";
import { getEntityProfile } from "@/lib/entities/get-entity-profile";
import { updateEntity } from "@/lib/entities/update-entity";

/** The entity with every claim it made or is about, across the project's articles. */
export const GET = apiRoute(ZIdParam, async ({ user, params }) =>
  getEntityProfile({ actor: user, entityId: params.id }),
);

export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  updateEntity({ actor: user, entityId: params.id, input: await readJson(req, ZUpdateEntityInput) }),
);
