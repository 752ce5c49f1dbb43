import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { publishArticleEvent } from "../realtime/publish";
import { ConflictError } from "../errors";
import { refreshSuggestionsForClaim } from "../links/refresh-suggestions";
import { claimSelect } from "./claim-input";
import { loadClaimForWrite } from "./load-claim-for-write";

/** Soft-deletes or restores a claim (version-checked, audited). */
export async function setClaimDeleted(options: {
  actor: ActingUser;
  claimId: string;
  version: number;
  deleted: boolean;
}) {
  const before = await loadClaimForWrite(options.actor, options.claimId, options.version);
  if (Boolean(before.deletedAt) === options.deleted)
    throw new ConflictError(options.deleted ? "The claim is already deleted" : "The claim is not deleted");
  const after = await db.$transaction(async (tx) => {
    const { count } = await tx.claim.updateMany({
      where: { id: before.id, version: options.version },
      data: { deletedAt: options.deleted ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0)
      throw new ConflictError("The claim was changed meanwhile", {
        current: await tx.claim.findUnique({ where: { id: before.id }, select: claimSelect }),
      });
    const after = await tx.claim.findUniqueOrThrow({ where: { id: before.id }, select: claimSelect });
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: before.projectId,
      action: options.deleted ? "claim.delete" : "claim.restore",
      entityType: "Claim",
      entityId: before.id,
      before,
      after,
    });
    await publishArticleEvent(tx, {
      articleId: before.articleId,
      type: "claim.change",
      claimId: before.id,
      version: after.version,
      actorId: options.actor.id,
    });
    return after;
  });
  await refreshSuggestionsForClaim(after.id, options.actor.id);
  return after;
}
