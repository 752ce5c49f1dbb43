import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { ZConfirmIncidentInput, type TConfirmIncidentInput } from "./incident-input";
import { auditView, loadIncident, requireNotMerged, writeIncident } from "./load-incident";

/**
 * An analyst confirms a proposed incident: it becomes an event as any other. Its claims keep
 * where they are and who placed them. Confirming a confirmed incident changes nothing.
 */
export async function confirmIncident(options: { actor: ActingUser; eventId: string; input: TConfirmIncidentInput }) {
  const { actor } = options;
  const input = ZConfirmIncidentInput.parse(options.input);
  const before = await loadIncident(actor, options.eventId);
  requireNotMerged(before);
  if (before.status === "REJECTED")
    throw new ConflictError("A rejected incident cannot be confirmed: its claims were released");
  if (before.status === "CONFIRMED" && before.version === input.version) return auditView(before);
  return db.$transaction(async (tx) => {
    const after = await writeIncident(tx, before.id, input.version, { status: "CONFIRMED" });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "incident.confirm",
      entityType: "Event",
      entityId: before.id,
      before: auditView(before),
      after,
    });
    return after;
  });
}
