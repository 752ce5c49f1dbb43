import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { createEntity } from "@/lib/entities/create-entity";
import { ZCreateEntityInput, ZEntityKind } from "@/lib/entities/entity-input";
import { listEntities } from "@/lib/entities/list-entities";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const q = req.nextUrl.searchParams;
  const kind = q.get("kind");
  return {
    entities: await listEntities({
      actor: user,
      projectId: params.id,
      q: q.get("q") ?? undefined,
      kind: kind ? ZEntityKind.parse(kind) : undefined,
    }),
  };
});

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(await createEntity({ actor: user, projectId: params.id, input: await readJson(req, ZCreateEntityInput) })),
);
