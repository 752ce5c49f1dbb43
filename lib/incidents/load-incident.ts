import { db, type Tx } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ConflictError, NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { requireMembership } from "../projects/require-membership";
import { incidentSelect } from "./incident-input";

/** An incident (a live event) with its history fields and the actor's access, after checking their role in its project. */
export async function loadIncident(actor: ActingUser, eventId: string, minRole: Role = "ANALYST") {
  const event = await db.event.findFirst({
    where: { id: eventId, deletedAt: null },
    select: { ...incidentSelect, features: true },
  });
  if (!event) throw new NotFoundError("Event");
  const access = await requireMembership(actor, event.projectId, minRole, "Event");
  return { ...event, access };
}

export type TLoadedIncident = Awaited<ReturnType<typeof loadIncident>>;

/** Refuses actions on an incident that was merged into another (it is hidden until unmerged). */
export function requireNotMerged(event: TLoadedIncident): void {
  if (event.mergedIntoId)
    throw new ConflictError("This incident was merged into another; unmerge it first", {
      mergedIntoId: event.mergedIntoId,
    });
}

/** Writes the incident if it is still at `version` (409 with the current incident otherwise) and returns it. */
export async function writeIncident(tx: Tx, id: string, version: number, data: Prisma.EventUpdateManyMutationInput) {
  const { count } = await tx.event.updateMany({
    where: { id, version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0)
    throw new ConflictError("The incident was changed meanwhile", {
      current: await tx.event.findUnique({ where: { id }, select: incidentSelect }),
    });
  return tx.event.findUniqueOrThrow({ where: { id }, select: incidentSelect });
}

/** The fields of a loaded incident that go into the audit log (not clustering's features nor the actor's access). */
export function auditView({ features: _features, access: _access, ...event }: TLoadedIncident) {
  return event;
}
