import { z } from "zod";
import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { listReviewQueue } from "@/lib/links/list-review-queue";

const ZQuery = z.object({
  state: z.enum(["OPEN", "CONFIRMED", "DISMISSED"]).default("OPEN"),
  order: z.enum(["important", "oldest"]).default("important"),
});

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const q = ZQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  return { links: await listReviewQueue({ actor: user, projectId: params.id, state: q.state, order: q.order }) };
});
