import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { importWebPages, ZImportWebPagesInput } from "@/lib/articles/import-web-pages";

/** Import web pages by address (managers): 201 when at least one was imported, else 422, each with its reason. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const summary = await importWebPages({
    actor: user,
    projectId: params.id,
    input: await readJson(req, ZImportWebPagesInput),
  });
  return Response.json(summary, { status: summary.imported > 0 ? 201 : 422 });
});
