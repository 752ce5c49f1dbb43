import type { Tx } from "../db";
import { ConflictError } from "../errors";

export async function assertHotkeyFree(
  tx: Tx,
  projectId: string,
  hotkey: number | null | undefined,
  exceptLabelId: string | null,
) {
  if (hotkey == null) return;
  const holder = await tx.label.findFirst({
    where: { projectId, deletedAt: null, hotkey, ...(exceptLabelId ? { id: { not: exceptLabelId } } : {}) },
    select: { name: true },
  });
  if (holder) throw new ConflictError(`Hotkey ${hotkey} is already used by "${holder.name}"`);
}
