import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "./require-membership";

export async function listMembers(options: { actor: ActingUser; projectId: string }) {
  await requireMembership(options.actor, options.projectId);
  const rows = await db.membership.findMany({
    where: { projectId: options.projectId },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((r) => ({ ...r.user, role: r.role, since: r.createdAt }));
}
