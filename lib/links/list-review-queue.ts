import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { claimContextSelect, withClaimContext } from "../claims/claim-context";
import type { LinkState } from "../generated/prisma/enums";
import { requireMembership } from "../projects/require-membership";
import { linkSelect } from "./link-select";

/**
 * The reviewers' queue: links (suggested or made by analysts) in a state, most important or
 * oldest first, each with both claims in context: sentence, translation, speaker, article date
 * and outlet. Any member may read it; deciding needs the reviewer role.
 */
export async function listReviewQueue(options: { actor: ActingUser; projectId: string; state?: LinkState; order?: "important" | "oldest"; limit?: number }) {
  await requireMembership(options.actor, options.projectId);
  const links = await db.claimLink.findMany({
    where: { projectId: options.projectId, state: options.state ?? "OPEN", fromClaim: { deletedAt: null }, toClaim: { deletedAt: null } },
    orderBy: options.order === "oldest" ? [{ createdAt: "asc" }] : [{ priority: "desc" }, { createdAt: "asc" }],
    take: options.limit ?? 100,
    select: { ...linkSelect, fromClaim: { select: claimContextSelect }, toClaim: { select: claimContextSelect } },
  });
  const claims = await withClaimContext(links.flatMap((l) => [l.fromClaim, l.toClaim]));
  const byId = new Map(claims.map((c) => [c.id, c]));
  return links.map(({ fromClaim, toClaim, ...l }) => ({ ...l, from: byId.get(fromClaim.id)!, to: byId.get(toClaim.id)! }));
}
