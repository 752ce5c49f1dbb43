import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { requireMembership } from "../projects/require-membership";
import { type TIndependentAnnotation, ZIndependentAnnotation } from "./schemas";

/** Whether the project annotates independently (any member may read it). */
export async function getIndependentAnnotation(options: {
  actor: ActingUser;
  projectId: string;
}): Promise<TIndependentAnnotation> {
  await requireMembership(options.actor, options.projectId);
  const project = await db.project.findUniqueOrThrow({
    where: { id: options.projectId },
    select: { independentAnnotation: true },
  });
  return { enabled: project.independentAnnotation };
}

/** Managers turn independent annotation on or off; the change is audited. */
export async function setIndependentAnnotation(options: {
  actor: ActingUser;
  projectId: string;
  input: unknown;
}): Promise<TIndependentAnnotation> {
  const { actor, projectId } = options;
  const { enabled } = ZIndependentAnnotation.parse(options.input);
  await requireMembership(actor, projectId, "MANAGER");
  return db.$transaction(async (tx) => {
    const before = await tx.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { independentAnnotation: true },
    });
    if (before.independentAnnotation !== enabled) {
      await tx.project.update({ where: { id: projectId }, data: { independentAnnotation: enabled } });
      await recordAudit(tx, {
        actorId: actor.id,
        projectId,
        action: "project.independent_annotation",
        entityType: "Project",
        entityId: projectId,
        before: { independentAnnotation: before.independentAnnotation },
        after: { independentAnnotation: enabled },
      });
    }
    return { enabled };
  });
}
