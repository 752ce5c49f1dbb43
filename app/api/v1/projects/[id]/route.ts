import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { getProject } from "@/lib/projects/get-project";

export const GET = apiRoute(ZIdParam, async ({ user, params }) => getProject({ actor: user, projectId: params.id }));
