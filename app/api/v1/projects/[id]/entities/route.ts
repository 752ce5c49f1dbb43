import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { createEntity } from "@/lib/entities/create-entity";
import { ZCreateEntityInput } from "@/lib/entities/entity-input";
import { ZListEntitiesQuery } from "@/lib/entities/schemas";
import { readQuery } from "@/lib/api/query";
import { listEntities } from "@/lib/entities/list-entities";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const query = readQuery(req.nextUrl.searchParams, ZListEntitiesQuery);
  return { entities: await listEntities({ actor: user, projectId: params.id, ...query }) };
});

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(await createEntity({ actor: user, projectId: params.id, input: await readJson(req, ZCreateEntityInput) })),
);
