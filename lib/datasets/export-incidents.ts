import { rawLayerOfCurated } from "../curation/layer";
import { db } from "../db";
import { buildLedger, type TIncidentLedger } from "../incidents/ledger";
import { ledgerClaimSelect, ledgerIncidentSelect, toLedgerIncident } from "../incidents/ledger-select";

/** Incidents per round trip: their claims and links are read in three statements per batch. */
const BATCH = 50;

/** How many incidents the export will hold: live, not rejected, not merged into another. */
export async function countIncidents(projectId: string): Promise<number> {
  return db.event.count({ where: { projectId, deletedAt: null, mergedIntoId: null, status: { not: "REJECTED" } } });
}

/**
 * The ledger of every incident of a project, in date order, a batch at a time (lib/export/incidents.ts
 * writes them). Only claims an analyst accepted count, unless `includeProposed`; a link counts as
 * contradicting when both of its claims are in the incident and in the export.
 */
export async function* readIncidentLedgers(
  projectId: string,
  includeProposed: boolean,
): AsyncGenerator<TIncidentLedger> {
  const events = await db.event.findMany({
    where: { projectId, deletedAt: null, mergedIntoId: null, status: { not: "REJECTED" } },
    orderBy: [{ occurredOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: ledgerIncidentSelect,
  });
  const graders = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(events.flatMap((e) => (e.gradedById ? [e.gradedById] : [])))] } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  for (let at = 0; at < events.length; at += BATCH) {
    const batch = events.slice(at, at + BATCH);
    const ids = batch.map((e) => e.id);
    const claimWhere = {
      eventId: { in: ids },
      deletedAt: null,
      article: { deletedAt: null },
      AND: rawLayerOfCurated(projectId),
      ...(includeProposed ? {} : { proposed: false }),
    };
    const [claims, links] = await Promise.all([
      db.claim.findMany({
        where: claimWhere,
        select: { ...ledgerClaimSelect, eventId: true },
      }),
      db.claimLink.findMany({
        where: { relation: "CONTRADICTS", state: { not: "DISMISSED" }, fromClaim: claimWhere, toClaim: claimWhere },
        select: { fromClaim: { select: { eventId: true } }, toClaim: { select: { eventId: true } } },
      }),
    ]);
    for (const e of batch) {
      yield buildLedger({
        incident: toLedgerIncident(e, e.gradedById ? (graders.get(e.gradedById) ?? null) : null),
        claims: claims.filter((c) => c.eventId === e.id),
        contradictingLinks: links.filter((l) => l.fromClaim.eventId === e.id && l.toClaim.eventId === e.id).length,
      });
    }
  }
}
