import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { publishArticleEvent } from "../realtime/publish";
import { loadSpanForWrite, type TSpanRef } from "./load-span-for-write";
import { spanSelect } from "./span-dto";

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
  return db.$transaction(async (tx) => {
    const { count } = await tx.span.updateMany({
      where: { id: before.id, version: before.version },
      data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.span.findUniqueOrThrow({ where: { id: before.id }, select: spanSelect });
      throw new ConflictError(`The span was changed meanwhile (now version ${current.version})`, { current });
    }
    const after = await tx.span.findUniqueOrThrow({ where: { id: before.id }, select: spanSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: deleted ? "span.delete" : "span.restore",
      entityType: "Span",
      entityId: before.id,
      before,
      after,
    });
    await publishArticleEvent(tx, {
      articleId: after.articleId,
      type: deleted ? "span.delete" : "span.upsert",
      spanId: after.id,
      version: after.version,
      actorId: actor.id,
      span: after,
    });
    return after;
  });
}
