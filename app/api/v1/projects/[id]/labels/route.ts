import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { createLabel } from "@/lib/labels/create-label";
import { ZCreateLabelInput } from "@/lib/labels/label-input";
import { listLabels } from "@/lib/labels/list-labels";

export const GET = apiRoute(ZIdParam, async ({ user, params }) => ({
  labels: await listLabels({ actor: user, projectId: params.id }),
}));

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(await createLabel({ actor: user, projectId: params.id, input: await readJson(req, ZCreateLabelInput) })),
);
