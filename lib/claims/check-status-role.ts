import type { ActingUser } from "../auth/acting-user";
import { ForbiddenError } from "../errors";
import type { ClaimStatus } from "../generated/prisma/enums";
import { requireMembership } from "../projects/require-membership";

/**
 * Only reviewers and managers (and admins) mark a claim reviewed: an analyst reviewing their own
 * work is not a review. Keeping a claim that is already reviewed reviewed is not a change, so an
 * analyst's other edits to it still go through.
 */
export async function checkStatusRole(
  actor: ActingUser,
  projectId: string,
  change: { to: ClaimStatus | undefined; from?: ClaimStatus },
) {
  if (change.to !== "REVIEWED" || change.from === "REVIEWED") return;
  const access = await requireMembership(actor, projectId, "ANALYST", "Claim");
  if (access.role === "ANALYST") throw new ForbiddenError("Only reviewers and managers can mark a claim reviewed");
}
