import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ForbiddenError } from "../errors";

const PAGE = 100;

export const ZUserAuditQuery = z.object({
  before: z.iso.datetime({ offset: true, error: "before must be an ISO date-time" }).optional(),
  userId: z.uuid("userId must be an id").optional(),
  action: z
    .string()
    .max(100)
    .regex(/^[a-z_.]+$/, "action is a name like user.locked or api_token")
    .optional(),
});
export type TUserAuditQuery = z.input<typeof ZUserAuditQuery>;

/**
 * Account-level audit events (administrators): users created, deactivated and reactivated,
 * sign-ins throttled and accounts locked, password changes, sign-outs everywhere, API tokens
 * created and revoked: everything recorded outside a project. Newest first, 100 at a time
 * (`before` = createdAt of the last one seen); `userId` narrows to events about or by one user,
 * `action` to one action or a prefix (`api_token`).
 */
export async function listUserAuditEvents(options: { actor: ActingUser; query?: TUserAuditQuery }) {
  if (!options.actor.isAdmin) throw new ForbiddenError("Only administrators see account events");
  const query = ZUserAuditQuery.parse(options.query ?? {});
  const events = await db.auditEvent.findMany({
    where: {
      projectId: null,
      ...(query.before ? { createdAt: { lt: new Date(query.before) } } : {}),
      ...(query.action ? { action: { startsWith: query.action } } : {}),
      ...(query.userId ? { OR: [{ actorId: query.userId }, { entityType: "User", entityId: query.userId }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  // Name the user an event is about (a locked account has no actor), in one more query.
  const userIds = [...new Set(events.filter((e) => e.entityType === "User").map((e) => e.entityId))];
  const subjects = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } })).map(
      (u) => [u.id, u],
    ),
  );
  return events.map((event) => ({
    ...event,
    subject: event.entityType === "User" ? (subjects.get(event.entityId) ?? null) : null,
  }));
}
