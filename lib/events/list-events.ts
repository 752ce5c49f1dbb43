import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { claimsListedFor } from "../curation/layer";
import { requireMembership } from "../projects/require-membership";
import { eventSelect, type TEventStatus } from "./event-input";

/**
 * A project's events, newest first, with their claim counts. Incidents proposed by clustering are
 * listed with status PROPOSED; `status` narrows to one status. Rejected incidents and incidents
 * merged into another are hidden unless asked for (status REJECTED).
 */
export async function listEvents(options: { actor: ActingUser; projectId: string; status?: TEventStatus }) {
  const access = await requireMembership(options.actor, options.projectId);
  // Under independent annotation an analyst's counts hold only the claims lib/curation/layer.ts lets them read.
  const visible = claimsListedFor(options.projectId, { id: options.actor.id, role: access.role });
  const rows = await db.event.findMany({
    where: {
      projectId: options.projectId,
      deletedAt: null,
      mergedIntoId: null,
      status: options.status ?? { not: "REJECTED" },
    },
    orderBy: [{ occurredOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { ...eventSelect, _count: { select: { claims: { where: { deletedAt: null, AND: visible } } } } },
  });
  return rows.map(({ _count, ...e }) => ({ ...e, claimCount: _count.claims }));
}
