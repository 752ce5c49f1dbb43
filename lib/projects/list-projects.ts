import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";

/** The projects the actor belongs to (administrators: all projects), with role and counts. */
export async function listProjects(options: { actor: ActingUser }) {
  const rows = await db.project.findMany({
    where: options.actor.isAdmin ? {} : { memberships: { some: { userId: options.actor.id } } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      createdAt: true,
      memberships: { where: { userId: options.actor.id }, select: { role: true } },
      _count: { select: { articles: { where: { deletedAt: null } }, memberships: true } },
    },
  });
  return rows.map(({ memberships, _count, ...p }) => ({
    ...p,
    role: memberships[0]?.role ?? (options.actor.isAdmin ? ("MANAGER" as const) : null),
    articleCount: _count.articles,
    memberCount: _count.memberships,
  }));
}
