import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { assertHotkeyFree } from "./assert-hotkey-free";
import { labelSelect, ZUpdateLabelInput, type TUpdateLabelInput } from "./label-input";

/** Managers rename, recolour, re-key or reorder a label (version-checked). */
export async function updateLabel(options: { actor: ActingUser; labelId: string; input: TUpdateLabelInput }) {
  const { actor } = options;
  const input = ZUpdateLabelInput.parse(options.input);
  const before = await db.label.findFirst({
    where: { id: options.labelId, deletedAt: null },
    select: { ...labelSelect, projectId: true },
  });
  if (!before) throw new NotFoundError("Label");
  await requireMembership(actor, before.projectId, "MANAGER", "Label");
  const { version, ...fields } = input;
  return db.$transaction(async (tx) => {
    if (fields.name) {
      const clash = await tx.label.findFirst({
        where: {
          projectId: before.projectId,
          deletedAt: null,
          id: { not: before.id },
          name: { equals: fields.name, mode: "insensitive" },
        },
      });
      if (clash) throw new ConflictError(`A label named "${fields.name}" already exists`);
    }
    await assertHotkeyFree(tx, before.projectId, fields.hotkey, before.id);
    const { count } = await tx.label.updateMany({
      where: { id: before.id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.label.findUniqueOrThrow({ where: { id: before.id }, select: labelSelect });
      throw new ConflictError("The label was changed meanwhile", { current });
    }
    const after = await tx.label.findUniqueOrThrow({ where: { id: before.id }, select: labelSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "label.update",
      entityType: "Label",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
