import type { TListedClaim } from "./types";

/**
 * The text version that orphaned the claim's span, or null when the span is in the text (or
 * deleted, or there is none). An orphan keeps the version it was last in while every other span
 * takes each new version, so the version after it is the one that orphaned it.
 */
export function orphanedByVersion(claim: Pick<TListedClaim, "claimSpan">): number | null {
  const span = claim.claimSpan;
  return span && !span.deletedAt && span.anchorState === "ORPHANED" ? span.articleVersion + 1 : null;
}
