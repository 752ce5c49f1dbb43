import { apiRoute, ZNoParams } from "@/lib/api/handler";
import { listUserAuditEvents } from "@/lib/audit/list-user-audit-events";

export const GET = apiRoute(ZNoParams, async ({ req, user }) => {
  const q = req.nextUrl.searchParams;
  return {
    events: await listUserAuditEvents({
      actor: user,
      query: {
        before: q.get("before") || undefined,
        userId: q.get("userId") || undefined,
        action: q.get("action") || undefined,
      },
    }),
  };
});
