import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { readHistory, withHistory } from "./incident-history";
import { ZMergeIncidentInput, type TMergeIncidentInput } from "./incident-input";
import { auditView, loadIncident, requireNotMerged, writeIncident } from "./load-incident";

/**
 * Merges incident B (`sourceId`) into A (`eventId`): B's claims move to A keeping who placed them
 * (eventOrigin), and B is kept, hidden, with `mergedIntoId` = A and the list of claims it handed
 * over, so unmerging (./unmerge-incident.ts) restores it. Incidents already merged into B now
 * point at A, so every merge is one step from the incident that holds its claims.
 */
export async function mergeIncidents(options: { actor: ActingUser; eventId: string; input: TMergeIncidentInput }) {
  const { actor } = options;
  const input = ZMergeIncidentInput.parse(options.input);
  if (input.sourceId === options.eventId) throw new ValidationError("An incident cannot be merged into itself");
  const target = await loadIncident(actor, options.eventId);
  const source = await loadIncident(actor, input.sourceId).catch((error: unknown) => {
    throw error instanceof NotFoundError ? new NotFoundError("Incident to merge") : error;
  });
  if (source.projectId !== target.projectId) throw new NotFoundError("Incident to merge");
  requireNotMerged(target);
  requireNotMerged(source);
  if (target.status === "REJECTED" || source.status === "REJECTED")
    throw new ConflictError("A rejected incident cannot take part in a merge");
  return db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({ where: { eventId: source.id }, select: { id: true } });
    const moved = claims.map((c) => c.id);
    const history = readHistory(source.features);
    const hidden = await writeIncident(tx, source.id, input.sourceVersion, {
      mergedIntoId: target.id,
      features: withHistory(source.features, { mergedClaimIds: [...new Set([...history.mergedClaimIds, ...moved])] }),
    });
    const after = await writeIncident(tx, target.id, input.version, {});
    await tx.claim.updateMany({
      where: { id: { in: moved } },
      data: { eventId: target.id, version: { increment: 1 } },
    });
    await tx.event.updateMany({
      where: { mergedIntoId: source.id },
      data: { mergedIntoId: target.id, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: target.projectId,
      action: "incident.merge",
      entityType: "Event",
      entityId: target.id,
      before: { target: auditView(target), source: auditView(source) },
      after: { target: after, source: hidden, movedClaimIds: moved },
    });
    return { ...after, merged: hidden, movedClaimIds: moved };
  });
}
