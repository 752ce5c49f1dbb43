import type { Tx } from "../db";
import { recordAudits } from "../audit/record-audit";

/**
 * Withdraws machine-proposed claims whose suggestion is gone (annotated by hand, no longer
 * proposed): the claim is kept deleted, out of its incident, and its open proposed links are
 * withdrawn, in the caller's transaction and audited. Links a person made or decided stay.
 */
export async function withdrawProposedClaims(
  tx: Tx,
  claimIds: readonly string[],
  actorId: string | null,
): Promise<void> {
  if (claimIds.length === 0) return;
  const claims = await tx.claim.findMany({
    where: { id: { in: [...claimIds] }, proposed: true, deletedAt: null },
    select: { id: true, projectId: true },
  });
  if (claims.length === 0) return;
  const ids = claims.map((c) => c.id);
  await tx.claim.updateMany({ where: { id: { in: ids } }, data: { deletedAt: new Date(), eventId: null } });
  const links = await tx.claimLink.findMany({
    where: { origin: "SUGGESTED", state: "OPEN", OR: [{ fromClaimId: { in: ids } }, { toClaimId: { in: ids } }] },
    select: { id: true, projectId: true, fromClaimId: true, toClaimId: true, relation: true, reason: true },
  });
  if (links.length) await tx.claimLink.deleteMany({ where: { id: { in: links.map((l) => l.id) } } });
  await recordAudits(tx, [
    ...claims.map((c) => ({
      actorId,
      projectId: c.projectId,
      action: "claim.proposal_withdraw",
      entityType: "Claim",
      entityId: c.id,
    })),
    ...links.map((l) => ({
      actorId,
      projectId: l.projectId,
      action: "link.suggestion_withdraw",
      entityType: "ClaimLink",
      entityId: l.id,
      before: l,
    })),
  ]);
}
