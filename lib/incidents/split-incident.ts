import { randomUUID } from "node:crypto";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { claimsListedFor } from "../curation/layer";
import { ConflictError, ValidationError } from "../errors";
import { incidentSelect, ZSplitIncidentInput, type TSplitIncidentInput } from "./incident-input";
import { auditView, loadIncident, requireNotMerged, writeIncident } from "./load-incident";

/**
 * Moves chosen claims of an incident out to a new incident with the same status, date and place.
 * A person chose them, so their placement becomes the person's (eventOrigin HUMAN) and clustering
 * does not move them back. With a client-made `id`, a retried split returns the incident it made.
 */
export async function splitIncident(options: { actor: ActingUser; eventId: string; input: TSplitIncidentInput }) {
  const { actor } = options;
  const input = ZSplitIncidentInput.parse(options.input);
  const before = await loadIncident(actor, options.eventId);
  if (input.id) {
    const made = await db.event.findFirst({
      where: { id: input.id, projectId: before.projectId },
      select: incidentSelect,
    });
    if (made) return { ...made, created: false, movedClaimIds: [] as string[] };
  }
  requireNotMerged(before);
  if (before.status === "REJECTED") throw new ConflictError("A rejected incident holds no claims to split");
  // Under independent annotation a claim the actor may not read (lib/curation/layer.ts) is not in it.
  const claims = await db.claim.findMany({
    where: {
      id: { in: input.claimIds },
      eventId: before.id,
      AND: claimsListedFor(before.projectId, { id: actor.id, role: before.access.role }),
    },
    select: { id: true },
  });
  if (claims.length !== input.claimIds.length) {
    const found = new Set(claims.map((c) => c.id));
    throw new ValidationError("Some chosen claims are not in this incident", {
      claimIds: input.claimIds.filter((id) => !found.has(id)),
    });
  }
  const titleEn = input.titleEn || (input.titleAr ? "" : before.titleEn && `${before.titleEn} (split)`);
  const titleAr = input.titleAr || (input.titleEn ? "" : before.titleAr && `${before.titleAr} (مفصول)`);
  return db.$transaction(async (tx) => {
    const after = await writeIncident(tx, before.id, input.version, {});
    const created = await tx.event.create({
      data: {
        id: input.id ?? randomUUID(),
        projectId: before.projectId,
        titleAr,
        titleEn,
        occurredOn: before.occurredOn,
        place: before.place,
        status: before.status,
        origin: "HUMAN",
        features: {},
      },
      select: incidentSelect,
    });
    await tx.claim.updateMany({
      where: { id: { in: input.claimIds } },
      data: { eventId: created.id, eventOrigin: "HUMAN", version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "incident.split",
      entityType: "Event",
      entityId: created.id,
      before: auditView(before),
      after: { source: after, created, movedClaimIds: input.claimIds },
    });
    return { ...created, created: true, movedClaimIds: input.claimIds, source: after };
  });
}
