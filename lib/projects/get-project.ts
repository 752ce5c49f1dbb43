import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "./require-membership";

export async function getProject(options: { actor: ActingUser; projectId: string }) {
  const access = await requireMembership(options.actor, options.projectId);
  const project = await db.project.findUniqueOrThrow({
    where: { id: options.projectId },
    select: { id: true, name: true, description: true, createdAt: true, updatedAt: true },
  });
  return { ...project, role: access.role };
}
