import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "../projects/require-membership";
import { eventSelect } from "./event-input";

export async function listEvents(options: { actor: ActingUser; projectId: string }) {
  await requireMembership(options.actor, options.projectId);
  const rows = await db.event.findMany({
    where: { projectId: options.projectId, deletedAt: null },
    orderBy: [{ occurredOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { ...eventSelect, _count: { select: { claims: { where: { deletedAt: null } } } } },
  });
  return rows.map(({ _count, ...e }) => ({ ...e, claimCount: _count.claims }));
}
