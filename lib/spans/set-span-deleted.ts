import type { ActingUser } from "../auth/acting-user";
import { ConflictError } from "../errors";
import { commitSpanChange } from "./commit-span-change";
import { loadSpanForWrite, type TSpanRef } from "./load-span-for-write";

/**
 * Deletes a span softly (kept for history, undo and export) or restores it. Both carry the
 * version they were made against and are audited and broadcast like any other change.
 */
export async function setSpanDeleted(options: { actor: ActingUser; ref: TSpanRef; version: number; deleted: boolean }) {
  const { actor, deleted } = options;
  const before = await loadSpanForWrite(actor, options.ref, options.version);
  if (Boolean(before.deletedAt) === deleted) {
    throw new ConflictError(deleted ? "The span is already deleted" : "The span is not deleted", { current: before });
  }
  return commitSpanChange({
    actor,
    before,
    action: deleted ? "span.delete" : "span.restore",
    data: { deletedAt: deleted ? new Date() : null },
  });
}
