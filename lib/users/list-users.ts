import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ForbiddenError } from "../errors";

export async function listUsers(options: { actor: ActingUser }) {
  if (!options.actor.isAdmin) throw new ForbiddenError("Only administrators list users");
  return db.user.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      locale: true,
      createdAt: true,
      deactivatedAt: true,
      lockedUntil: true,
      memberships: { select: { role: true, project: { select: { id: true, name: true } } } },
    },
  });
}
