import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { verdictSelect } from "./record-verdict";

/** Reopens a decision: the verdict stops standing but stays in the history. */
export async function withdrawVerdict(options: { actor: ActingUser; verdictId: string }) {
  const before = await db.verdict.findUnique({
    where: { id: options.verdictId },
    select: { ...verdictSelect, projectId: true },
  });
  if (!before) throw new NotFoundError("Verdict");
  await requireMembership(options.actor, before.projectId, "REVIEWER", "Verdict");
  if (before.withdrawnAt) throw new ConflictError("The verdict is already withdrawn");
  return db.$transaction(async (tx) => {
    const { count } = await tx.verdict.updateMany({
      where: { id: before.id, withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    if (count === 0) throw new ConflictError("The verdict is already withdrawn");
    const after = await tx.verdict.findUniqueOrThrow({ where: { id: before.id }, select: verdictSelect });
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: before.projectId,
      action: "verdict.withdraw",
      entityType: "Verdict",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
