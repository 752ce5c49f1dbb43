import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { claimContextSelect, withClaimContext } from "../claims/claim-context";
import type { LinkState } from "../generated/prisma/enums";
import { requireMembership } from "../projects/require-membership";
import { claimsVisibleTo } from "../curation/layer";
import { linkSelect } from "./link-select";

const queueClaimSelect = {
  ...claimContextSelect,
  proposed: true,
  sourceText: true,
  sourceType: true,
  suggestions: { select: { start: true, end: true, quote: true }, take: 1 },
} as const;

/**
 * A machine-proposed claim has no span yet: its suggestion's range stands in for it, so the
 * reviewer reads the same sentence and can open the article where the claim will be.
 */
function withRange<
  T extends {
    id: string;
    claimSpan: { id: string; start: number; end: number; quote: string } | null;
    suggestions: { start: number; end: number; quote: string }[];
  },
>(c: T) {
  const { suggestions, ...claim } = c;
  const proposedAt = suggestions[0];
  return { ...claim, claimSpan: claim.claimSpan ?? (proposedAt ? { id: "", ...proposedAt } : null) };
}

/**
 * The reviewers' queue: links (suggested or made by analysts) in a state, most important or
 * oldest first, each with both claims in context: sentence, translation, speaker, article date
 * and outlet, where it stands in its article, and whether it is accepted or still machine-proposed
 * (`proposed`). Any member may read it; deciding needs the reviewer role.
 */
export async function listReviewQueue(options: {
  actor: ActingUser;
  projectId: string;
  state?: LinkState;
  order?: "important" | "oldest";
  limit?: number;
}) {
  const access = await requireMembership(options.actor, options.projectId);
  // Under independent annotation: curated articles by their curated layer, and an analyst's own work only elsewhere.
  const visible = claimsVisibleTo(options.projectId, { id: options.actor.id, role: access.role });
  const links = await db.claimLink.findMany({
    where: {
      projectId: options.projectId,
      state: options.state ?? "OPEN",
      fromClaim: { deletedAt: null, AND: visible },
      toClaim: { deletedAt: null, AND: visible },
    },
    orderBy: options.order === "oldest" ? [{ createdAt: "asc" }] : [{ priority: "desc" }, { createdAt: "asc" }],
    take: options.limit ?? 100,
    select: {
      ...linkSelect,
      reasonCode: true,
      reasonParams: true,
      fromClaim: { select: queueClaimSelect },
      toClaim: { select: queueClaimSelect },
    },
  });
  const claims = await withClaimContext(links.flatMap((l) => [l.fromClaim, l.toClaim]).map(withRange));
  const byId = new Map(
    claims.map((c) => [
      c.id,
      { ...c, start: c.claimSpan?.start ?? null, end: c.claimSpan?.end ?? null, quote: c.claimSpan?.quote ?? "" },
    ]),
  );
  return links.map(({ fromClaim, toClaim, ...l }) => ({
    ...l,
    from: byId.get(fromClaim.id)!,
    to: byId.get(toClaim.id)!,
  }));
}
