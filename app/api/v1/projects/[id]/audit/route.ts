import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => ({
  events: await listAuditEvents({
    actor: user,
    projectId: params.id,
    before: req.nextUrl.searchParams.get("before") ?? undefined,
  }),
}));
