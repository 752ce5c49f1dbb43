import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { claimsVisibleTo } from "../curation/layer";
import { requireMembership } from "../projects/require-membership";
import { linkSelect } from "./link-select";

const otherClaim = {
  select: {
    id: true,
    kind: true,
    figures: true,
    claimSpan: { select: { quote: true } },
    article: { select: { id: true, title: true, publishedAt: true } },
  },
} as const;

/** The links of one claim, each with the claim at the other end. */
export async function listClaimLinks(options: { actor: ActingUser; claimId: string }) {
  const claim = await db.claim.findUnique({ where: { id: options.claimId }, select: { id: true, projectId: true } });
  if (!claim) throw new NotFoundError("Claim");
  const access = await requireMembership(options.actor, claim.projectId, "ANALYST", "Claim");
  // Under independent annotation, what the actor may read (lib/curation/layer.ts): a claim they may not is not found.
  const visible = claimsVisibleTo(claim.projectId, { id: options.actor.id, role: access.role });
  if (!(await db.claim.count({ where: { id: claim.id, AND: visible } }))) throw new NotFoundError("Claim");
  const links = await db.claimLink.findMany({
    where: {
      OR: [{ fromClaimId: claim.id }, { toClaimId: claim.id }],
      fromClaim: { AND: visible },
      toClaim: { AND: visible },
    },
    orderBy: { createdAt: "asc" },
    // The reason code and parameters let a page render the reason in the reader's language (link-reasons.ts).
    select: { ...linkSelect, reasonCode: true, reasonParams: true, fromClaim: otherClaim, toClaim: otherClaim },
  });
  return links.map(({ fromClaim, toClaim, ...l }) => ({
    ...l,
    other: fromClaim.id === claim.id ? toClaim : fromClaim,
  }));
}
