import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { listOrphans } from "@/lib/revisions/orphans";

/** Spans a revision orphaned: to place again (POST …/orphans/{spanId}/place) or delete (DELETE …/spans/{spanId}). */
export const GET = apiRoute(ZIdParam, async ({ user, params }) => ({
  orphans: await listOrphans({ actor: user, articleId: params.id }),
}));
