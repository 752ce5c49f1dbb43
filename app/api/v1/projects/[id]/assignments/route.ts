import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/query";
import { assignArticles, ZAssignArticlesInput } from "@/lib/assignments/assign-articles";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { ZListAssignmentsQuery } from "@/lib/assignments/schemas";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => ({
  assignments: await listAssignments({
    actor: user,
    projectId: params.id,
    ...readQuery(req.nextUrl.searchParams, ZListAssignmentsQuery),
  }),
}));

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  assignArticles({ actor: user, projectId: params.id, input: await readJson(req, ZAssignArticlesInput) }),
);
