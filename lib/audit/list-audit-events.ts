import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "../projects/require-membership";

const PAGE = 100;

/** A project's audit trail, newest first, 100 at a time (`before` = createdAt ISO of the last seen). Managers only. */
export async function listAuditEvents(options: { actor: ActingUser; projectId: string; before?: string }) {
  await requireMembership(options.actor, options.projectId, "MANAGER");
  const before = options.before ? new Date(options.before) : undefined;
  return db.auditEvent.findMany({
    where: {
      projectId: options.projectId,
      ...(before && !Number.isNaN(before.getTime()) ? { createdAt: { lt: before } } : {}),
    },
    orderBy: { createdAt: "desc" },
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
}
