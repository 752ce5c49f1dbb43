import { db } from "../db";
import { derivedId } from "./derived-id";
import { covers } from "./proposal-ranges";
import { withdrawProposedClaims } from "./withdraw-proposed-claims";

/**
 * An analyst made a claim by hand over words an open suggestion of the same kind proposes: the
 * suggestion goes (as a later run would remove it) and its machine-proposed claim and links are
 * withdrawn, so the queue and the incident hold the analyst's claim once, not twice.
 */
export async function withdrawProposalsCoveredBy(
  claim: { id: string; articleId: string; kind: string; range: { start: number; end: number } | null },
  actorId: string,
): Promise<number> {
  if (!claim.range || !["STATEMENT", "CASUALTY", "COUNT"].includes(claim.kind)) return 0;
  const open = await db.suggestion.findMany({
    where: { articleId: claim.articleId, state: "OPEN", kind: claim.kind as "STATEMENT" | "CASUALTY" | "COUNT" },
    select: { id: true, start: true, end: true, claimId: true },
  });
  // The suggestion being accepted into this very claim is not withdrawn.
  const covered = open.filter((s) => covers(claim.range!, s) && derivedId(s.id, "claim") !== claim.id);
  if (covered.length === 0) return 0;
  await db.$transaction(async (tx) => {
    await tx.suggestion.deleteMany({ where: { id: { in: covered.map((s) => s.id) }, state: "OPEN" } });
    await withdrawProposedClaims(
      tx,
      covered.flatMap((s) => (s.claimId ? [s.claimId] : [])),
      actorId,
    );
  });
  return covered.length;
}
