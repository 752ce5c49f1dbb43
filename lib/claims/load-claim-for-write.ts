import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { claimSelect } from "./claim-input";

/** The claim a change targets, if the actor may annotate its project and the version is current. */
export async function loadClaimForWrite(actor: ActingUser, claimId: string, version: number) {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { ...claimSelect, projectId: true } });
  if (!claim) throw new NotFoundError("Claim");
  await requireMembership(actor, claim.projectId, "ANALYST", "Claim");
  if (claim.version !== version) {
    const { projectId: _projectId, ...current } = claim;
    throw new ConflictError(`The claim was changed meanwhile (now version ${claim.version})`, { current });
  }
  return claim;
}
