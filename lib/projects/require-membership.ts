import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ForbiddenError, NotFoundError } from "../errors";
import type { Role } from "../generated/prisma/enums";

const rank: Record<Role, number> = { ANALYST: 1, REVIEWER: 2, MANAGER: 3 };

export type TProjectAccess = { projectId: string; role: Role };

/**
 * Checks that the actor belongs to the project with at least `minRole`. A project the actor
 * does not belong to is "not found", never "forbidden", so ids of other projects leak nothing.
 * Admins administer every project and act as managers.
 */
export async function requireMembership(
  actor: ActingUser,
  projectId: string,
  minRole: Role = "ANALYST",
  /** What "not found" names: the object the caller looked up through the project. */
  resource = "Project",
): Promise<TProjectAccess> {
  if (actor.isAdmin) {
    const exists = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
    if (!exists) throw new NotFoundError(resource);
    return { projectId, role: "MANAGER" };
  }
  const membership = await db.membership.findUnique({
    where: { projectId_userId: { projectId, userId: actor.id } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError(resource);
  if (rank[membership.role] < rank[minRole]) {
    throw new ForbiddenError(`This needs the ${minRole.toLowerCase()} role in the project`);
  }
  return { projectId, role: membership.role };
}

export function roleAtLeast(role: Role, minRole: Role): boolean {
  return rank[role] >= rank[minRole];
}
