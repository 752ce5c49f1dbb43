import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { claimsListedFor } from "../curation/layer";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { buildLedger, type TIncidentLedger } from "./ledger";
import { ledgerClaimSelect, ledgerIncidentSelect, toLedgerIncident } from "./ledger-select";

/**
 * The ledger of one incident (./ledger.ts): its live claims in live articles, accepted and
 * machine-proposed alike (each row says which), and the links between them that contradict and
 * are not dismissed. Three statements, read in parallel after the access check.
 */
export async function getIncidentLedger(options: { actor: ActingUser; eventId: string }): Promise<TIncidentLedger> {
  const event = await db.event.findFirst({
    where: { id: options.eventId, deletedAt: null },
    select: ledgerIncidentSelect,
  });
  if (!event) throw new NotFoundError("Event");
  const access = await requireMembership(options.actor, event.projectId, "ANALYST", "Event");
  // Under independent annotation an analyst reads only the claims (and so the links) lib/curation/layer.ts lets them.
  const live = {
    eventId: event.id,
    deletedAt: null,
    article: { deletedAt: null },
    AND: claimsListedFor(event.projectId, { id: options.actor.id, role: access.role }),
  };
  const [claims, contradictingLinks, gradedBy] = await Promise.all([
    db.claim.findMany({
      where: live,
      select: ledgerClaimSelect,
    }),
    db.claimLink.count({
      where: { relation: "CONTRADICTS", state: { not: "DISMISSED" }, fromClaim: live, toClaim: live },
    }),
    event.gradedById ? db.user.findUnique({ where: { id: event.gradedById }, select: { name: true } }) : null,
  ]);
  return buildLedger({
    incident: toLedgerIncident(event, gradedBy?.name ?? null),
    claims,
    contradictingLinks,
  });
}
