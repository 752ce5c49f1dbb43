import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ForbiddenError } from "../errors";
import { DEFAULT_LABELS } from "../labels/default-labels";

export const ZCreateProjectInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(200),
  description: z.string().trim().max(5000).default(""),
});
export type TCreateProjectInput = z.input<typeof ZCreateProjectInput>;

/**
 * Admins create projects; the creator becomes its manager and the project gets the default
 * label set. `actorId` may be given instead of an acting user by the first-start seed.
 */
export async function createProject(options: { actor: ActingUser; input: TCreateProjectInput }) {
  const { actor } = options;
  if (!actor.isAdmin) throw new ForbiddenError("Only administrators create projects");
  const input = ZCreateProjectInput.parse(options.input);
  return db.$transaction(async (tx) => {
    // The project as the API describes it (ZProject); settings have their own routes.
    const project = await tx.project.create({
      data: input,
      select: { id: true, name: true, description: true, createdAt: true, updatedAt: true },
    });
    await tx.membership.create({ data: { projectId: project.id, userId: actor.id, role: "MANAGER" } });
    await tx.label.createMany({
      data: DEFAULT_LABELS.map((l, i) => ({ ...l, projectId: project.id, order: i, hotkey: i < 9 ? i + 1 : null })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: project.id,
      action: "project.create",
      entityType: "Project",
      entityId: project.id,
      after: project,
    });
    return project;
  });
}
