import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { withClaimContext, claimContextSelect } from "../claims/claim-context";
import { figuresCompatible, type TClaimFigures } from "../claims/figures";
import { claimsListedFor } from "../curation/layer";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { eventSelect } from "./event-input";

function countDate(c: { figures: TClaimFigures; article: { publishedAt: Date | null } }): string | null {
  return c.figures.asOf ?? c.article.publishedAt?.toISOString().slice(0, 10) ?? null;
}

/**
 * Every claim about an event from every article, side by side, in article-date order, each
 * figure marked when another claim of the same kind (for counts: of the same date) reports a
 * figure it cannot agree with.
 */
export async function getEventView(options: { actor: ActingUser; eventId: string }) {
  const event = await db.event.findFirst({
    where: { id: options.eventId, deletedAt: null },
    select: { ...eventSelect, projectId: true },
  });
  if (!event) throw new NotFoundError("Event");
  const access = await requireMembership(options.actor, event.projectId, "ANALYST", "Event");
  // Under independent annotation an analyst reads only the claims lib/curation/layer.ts lets them.
  const visible = claimsListedFor(event.projectId, { id: options.actor.id, role: access.role });
  const claims = await withClaimContext(
    // Machine-proposed claims are shown too, marked, with the source that reports them.
    await db.claim.findMany({
      where: { eventId: event.id, deletedAt: null, article: { deletedAt: null }, AND: visible },
      select: { ...claimContextSelect, proposed: true, eventOrigin: true, sourceText: true, sourceType: true },
    }),
  );
  const marked = claims.map((c) => {
    const mine = c.figures;
    const disagreements: string[] = [];
    for (const other of claims) {
      if (other.id === c.id || other.kind !== c.kind) continue;
      const theirs = other.figures;
      // Counts taken at different dates update each other; they do not disagree.
      if (c.kind === "COUNT" && countDate(c) !== countDate(other)) continue;
      for (const role of ["killed", "injured", "value"] as const) {
        const a = mine[role];
        const b = theirs[role];
        if (!figuresCompatible(a, b) && !disagreements.includes(role)) disagreements.push(role);
      }
    }
    return { ...c, disagreements };
  });
  marked.sort((a, b) => (a.article.publishedAt?.getTime() ?? 0) - (b.article.publishedAt?.getTime() ?? 0));
  const verdicts = await db.verdict.findMany({
    where: { eventId: event.id, withdrawnAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, value: true, rationale: true, createdAt: true, reviewer: { select: { name: true } } },
  });
  return { ...event, claims: marked, verdicts };
}
