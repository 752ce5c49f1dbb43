import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { exportProject, exportQueryFromSearch } from "@/lib/datasets/export-project";
import { toWebStream } from "@/lib/datasets/web-stream";

/**
 * GET ?format=jsonl|csv|w3c|brat|claimreview|incidents&articles=id,id&reviewedOnly=true&proposed=true (managers).
 * The file streams as it is read from the database; X-Export-Articles tells how many articles it holds.
 */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const prepared = await exportProject({
    actor: user,
    projectId: params.id,
    query: exportQueryFromSearch(req.nextUrl.searchParams),
  });
  const body = toWebStream(prepared.chunks(), (error) => console.error("Export failed while streaming", error));
  return new Response(body, {
    headers: {
      "content-type": prepared.contentType,
      "content-disposition": `attachment; filename="${prepared.filename}"; filename*=UTF-8''${encodeURIComponent(prepared.filenameUtf8)}`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-export-articles": String(prepared.totalArticles),
    },
  });
});
