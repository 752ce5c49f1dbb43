import { apiRoute, ZNoParams } from "@/lib/api/handler";
import { listUserAuditEvents, ZUserAuditQuery } from "@/lib/audit/list-user-audit-events";
import { readQuery } from "@/lib/api/query";

export const GET = apiRoute(ZNoParams, async ({ req, user }) => {
  const query = readQuery(req.nextUrl.searchParams, ZUserAuditQuery);
  return { events: await listUserAuditEvents({ actor: user, query }) };
});
