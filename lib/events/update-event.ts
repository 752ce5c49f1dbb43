import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { eventSelect, toDate, ZUpdateEventInput, type TUpdateEventInput } from "./event-input";

export async function updateEvent(options: { actor: ActingUser; eventId: string; input: TUpdateEventInput }) {
  const { actor } = options;
  const input = ZUpdateEventInput.parse(options.input);
  const before = await db.event.findFirst({
    where: { id: options.eventId, deletedAt: null },
    select: { ...eventSelect, projectId: true },
  });
  if (!before) throw new NotFoundError("Event");
  await requireMembership(actor, before.projectId, "ANALYST", "Event");
  if (before.mergedIntoId)
    throw new ConflictError("This incident was merged into another; unmerge it first", {
      mergedIntoId: before.mergedIntoId,
    });
  const { version, occurredOn, ...fields } = input;
  return db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({
      where: { id: before.id, version },
      data: { ...fields, occurredOn: toDate(occurredOn), version: { increment: 1 } },
    });
    if (count === 0)
      throw new ConflictError("The event was changed meanwhile", {
        current: await tx.event.findUnique({ where: { id: before.id }, select: eventSelect }),
      });
    const after = await tx.event.findUniqueOrThrow({ where: { id: before.id }, select: eventSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "event.update",
      entityType: "Event",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
