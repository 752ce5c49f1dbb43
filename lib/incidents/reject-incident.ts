import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { withHistory } from "./incident-history";
import { ZRejectIncidentInput, type TRejectIncidentInput } from "./incident-input";
import { auditView, loadIncident, requireNotMerged, writeIncident } from "./load-incident";

/**
 * An analyst rejects a proposed incident: its claims are released (no event) and the row is kept
 * as REJECTED with the released claim ids, so clustering does not group them again
 * (./rejected-groupings.ts). A confirmed incident is not rejected; move its claims instead.
 */
export async function rejectIncident(options: { actor: ActingUser; eventId: string; input: TRejectIncidentInput }) {
  const { actor } = options;
  const input = ZRejectIncidentInput.parse(options.input);
  const before = await loadIncident(actor, options.eventId);
  requireNotMerged(before);
  if (before.status === "CONFIRMED")
    throw new ConflictError("Only a proposed incident can be rejected; this one was confirmed");
  if (before.status === "REJECTED" && before.version === input.version)
    return { ...auditView(before), releasedClaimIds: [] as string[] };
  return db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({ where: { eventId: before.id }, select: { id: true, eventOrigin: true } });
    const released = claims.map((c) => c.id);
    const after = await writeIncident(tx, before.id, input.version, {
      status: "REJECTED",
      features: withHistory(before.features, { releasedClaimIds: released }),
    });
    await tx.claim.updateMany({ where: { id: { in: released } }, data: { eventId: null, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "incident.reject",
      entityType: "Event",
      entityId: before.id,
      before: { ...auditView(before), claims },
      after: { ...after, releasedClaimIds: released, reason: input.reason },
    });
    return { ...after, releasedClaimIds: released };
  });
}
