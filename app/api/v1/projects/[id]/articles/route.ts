import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { importArticles } from "@/lib/articles/import-articles";
import { listArticles } from "@/lib/articles/list-articles";
import { ZListArticlesQuery } from "@/lib/articles/schemas";
import { readQuery } from "@/lib/api/query";
import { readImportRequest } from "@/lib/import/read-import-request";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => ({
  articles: await listArticles({
    actor: user,
    projectId: params.id,
    ...readQuery(req.nextUrl.searchParams, ZListArticlesQuery),
  }),
}));

/** Upload `.txt`/`.json`/`.jsonl`/`.html`/`.docx` files as multipart `files`, or post article JSON directly. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const sources = await readImportRequest(req);
  const summary = await importArticles({ actor: user, projectId: params.id, sources });
  return Response.json(summary, { status: summary.imported > 0 ? 201 : 422 });
});
