import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ForbiddenError, NotFoundError } from "../errors";
import type { Role } from "../generated/prisma/enums";

const rank: Record<Role, number> = { ANALYST: 1, REVIEWER: 2, MANAGER: 3 };

export type TProjectAccess = { projectId: string; role: Role };

/**
 * The access rule, given what the database said: `role` is the actor's membership role in an
 * existing project (null when not a member). A project the actor does not belong to is "not
 * found", never "forbidden", so ids of other projects leak nothing. Admins administer every
 * project and act as managers. Hot paths that read the role in the same query as their data use
 * this directly; everything else calls `requireMembership`.
 */
export function decideAccess(
  actor: ActingUser,
  projectId: string,
  role: Role | null,
  minRole: Role,
  resource: string,
): TProjectAccess {
  if (actor.isAdmin) return { projectId, role: "MANAGER" };
  if (!role) throw new NotFoundError(resource);
  if (rank[role] < rank[minRole])
    throw new ForbiddenError(`This needs the ${minRole.toLowerCase()} role in the project`);
  return { projectId, role };
}

/** Checks that the actor belongs to the project with at least `minRole` (see `decideAccess`). */
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
    return decideAccess(actor, projectId, null, minRole, resource);
  }
  const membership = await db.membership.findUnique({
    where: { projectId_userId: { projectId, userId: actor.id } },
    select: { role: true },
  });
  return decideAccess(actor, projectId, membership?.role ?? null, minRole, resource);
}

export function roleAtLeast(role: Role, minRole: Role): boolean {
  return rank[role] >= rank[minRole];
}
