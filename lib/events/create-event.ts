import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { requireMembership } from "../projects/require-membership";
import { eventSelect, toDate, ZCreateEventInput, type TCreateEventInput } from "./event-input";

/** Any member registers an event that several articles report. */
export async function createEvent(options: { actor: ActingUser; projectId: string; input: TCreateEventInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId);
  const input = ZCreateEventInput.parse(options.input);
  return db.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: { ...input, occurredOn: toDate(input.occurredOn), projectId },
      select: eventSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "event.create",
      entityType: "Event",
      entityId: event.id,
      after: event,
    });
    return event;
  });
}
