import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { getProjectOverview } from "@/lib/links/get-project-overview";

export const GET = apiRoute(ZIdParam, async ({ user, params }) =>
  getProjectOverview({ actor: user, projectId: params.id }),
);
