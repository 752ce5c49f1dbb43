import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { ZSetIncidentGradeInput, type TSetIncidentGradeInput } from "./incident-input";
import { auditView, loadIncident, requireNotMerged, writeIncident } from "./load-incident";

/**
 * A reviewer confirms the proposed grade of an incident's ledger or sets another, always with a
 * rationale (./grade.ts has the definitions). DISCOUNTED is only ever set this way.
 */
export async function setIncidentGrade(options: { actor: ActingUser; eventId: string; input: TSetIncidentGradeInput }) {
  const { actor } = options;
  const input = ZSetIncidentGradeInput.parse(options.input);
  const before = await loadIncident(actor, options.eventId, "REVIEWER");
  requireNotMerged(before);
  if (before.status === "REJECTED") throw new ConflictError("A rejected incident is not graded");
  return db.$transaction(async (tx) => {
    const after = await writeIncident(tx, before.id, input.version, {
      grade: input.grade,
      gradeRationale: input.rationale,
      gradedById: actor.id,
      gradedAt: new Date(),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "incident.grade",
      entityType: "Event",
      entityId: before.id,
      before: auditView(before),
      after,
    });
    return after;
  });
}
