import type postgres from "postgres";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import { decideAccess, type TProjectAccess } from "./require-membership";

/**
 * `requireMembership` as one postgres.js statement, for paths that send their statements through
 * postgres.js together (search): the check goes out with them instead of as ORM round trips.
 */
export async function readProjectAccess(
  s: postgres.Sql,
  actor: ActingUser,
  projectId: string,
  minRole: Role = "ANALYST",
  resource = "Project",
): Promise<TProjectAccess> {
  const [row] = await s<Array<{ role: Role | null }>>`
    SELECT (SELECT m.role::text FROM "Membership" m WHERE m."projectId" = p.id AND m."userId" = ${actor.id}::uuid) AS role
    FROM "Project" p WHERE p.id = ${projectId}::uuid`;
  if (!row) throw new NotFoundError(resource);
  return decideAccess(actor, projectId, row.role, minRole, resource);
}
