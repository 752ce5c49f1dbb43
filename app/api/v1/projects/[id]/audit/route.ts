import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { ZProjectAuditQuery } from "@/lib/audit/schemas";
import { readQuery } from "@/lib/api/query";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => ({
  events: await listAuditEvents({
    actor: user,
    projectId: params.id,
    ...readQuery(req.nextUrl.searchParams, ZProjectAuditQuery),
  }),
}));
