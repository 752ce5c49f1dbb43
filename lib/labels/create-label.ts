import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { keyFromName, labelSelect, ZCreateLabelInput, type TCreateLabelInput } from "./label-input";
import { assertHotkeyFree } from "./assert-hotkey-free";

/** Managers add a label; names and hotkeys are unique among the project's live labels. */
export async function createLabel(options: { actor: ActingUser; projectId: string; input: TCreateLabelInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "MANAGER");
  const input = ZCreateLabelInput.parse(options.input);
  return db.$transaction(async (tx) => {
    const clash = await tx.label.findFirst({
      where: { projectId, deletedAt: null, name: { equals: input.name, mode: "insensitive" } },
    });
    if (clash) throw new ConflictError(`A label named "${input.name}" already exists`);
    await assertHotkeyFree(tx, projectId, input.hotkey, null);
    const last = await tx.label.aggregate({ where: { projectId, deletedAt: null }, _max: { order: true } });
    const label = await tx.label.create({
      data: { ...input, projectId, key: keyFromName(input.name), order: input.order ?? (last._max.order ?? -1) + 1 },
      select: labelSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "label.create",
      entityType: "Label",
      entityId: label.id,
      after: label,
    });
    return label;
  });
}
