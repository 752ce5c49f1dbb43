import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { listReviewQueue } from "@/lib/links/list-review-queue";
import { ZReviewQueueQuery } from "@/lib/links/schemas";
import { readQuery } from "@/lib/api/query";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const query = readQuery(req.nextUrl.searchParams, ZReviewQueueQuery);
  return { links: await listReviewQueue({ actor: user, projectId: params.id, ...query }) };
});
