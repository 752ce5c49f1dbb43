import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";

/**
 * Managers remove a label. A label still used by spans is not removed silently: the call is
 * refused with the count unless `reassignTo` names another label of the project, which then
 * takes over those spans (each span's version moves on, so open editors see the change).
 */
export async function deleteLabel(options: { actor: ActingUser; labelId: string; reassignTo?: string }) {
  const { actor } = options;
  const label = await db.label.findFirst({
    where: { id: options.labelId, deletedAt: null },
    select: { id: true, name: true, projectId: true },
  });
  if (!label) throw new NotFoundError("Label");
  await requireMembership(actor, label.projectId, "MANAGER", "Label");
  return db.$transaction(async (tx) => {
    const inUse = await tx.span.count({ where: { labelId: label.id, deletedAt: null } });
    let reassigned = 0;
    if (inUse > 0) {
      if (!options.reassignTo) {
        throw new ConflictError(
          `"${label.name}" is used by ${inUse} span(s); choose a label to move them to (reassignTo)`,
          { spanCount: inUse },
        );
      }
      const target = await tx.label.findFirst({
        where: { id: options.reassignTo, projectId: label.projectId, deletedAt: null, NOT: { id: label.id } },
        select: { id: true },
      });
      if (!target) throw new NotFoundError("Label to reassign to");
      ({ count: reassigned } = await tx.span.updateMany({
        where: { labelId: label.id },
        data: { labelId: target.id, version: { increment: 1 } },
      }));
    }
    const { count } = await tx.label.updateMany({
      where: { id: label.id, deletedAt: null },
      data: { deletedAt: new Date(), hotkey: null },
    });
    if (count === 0) throw new NotFoundError("Label");
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: label.projectId,
      action: "label.delete",
      entityType: "Label",
      entityId: label.id,
      before: label,
      after: { deleted: true, reassignTo: options.reassignTo ?? null, reassigned },
    });
    return { deleted: true, reassigned };
  });
}
