import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { readHistory, withHistory } from "./incident-history";
import { ZUnmergeIncidentInput, type TUnmergeIncidentInput } from "./incident-input";
import { auditView, loadIncident, writeIncident } from "./load-incident";

/**
 * Undoes a merge: the merged incident shows again and takes back the claims it handed over that
 * are still in the incident it was merged into (a claim someone has moved since stays where it is).
 */
export async function unmergeIncident(options: { actor: ActingUser; eventId: string; input: TUnmergeIncidentInput }) {
  const { actor } = options;
  const input = ZUnmergeIncidentInput.parse(options.input);
  const before = await loadIncident(actor, options.eventId);
  const into = before.mergedIntoId;
  if (!into) throw new ConflictError("This incident is not merged into another");
  const { mergedClaimIds } = readHistory(before.features);
  return db.$transaction(async (tx) => {
    const after = await writeIncident(tx, before.id, input.version, {
      mergedIntoId: null,
      features: withHistory(before.features, { mergedClaimIds: [] }),
    });
    const back = await tx.claim.findMany({
      where: { id: { in: mergedClaimIds }, eventId: into },
      select: { id: true },
    });
    const restored = back.map((c) => c.id);
    await tx.claim.updateMany({
      where: { id: { in: restored } },
      data: { eventId: before.id, version: { increment: 1 } },
    });
    await tx.event.updateMany({ where: { id: into }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "incident.unmerge",
      entityType: "Event",
      entityId: before.id,
      before: auditView(before),
      after: { ...after, from: into, restoredClaimIds: restored },
    });
    return { ...after, restoredClaimIds: restored };
  });
}
