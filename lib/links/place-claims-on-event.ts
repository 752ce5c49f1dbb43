import { z } from "zod";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { claimSelect } from "../claims/claim-input";
import { NotFoundError } from "../errors";
import { eventSelect, toDate, ZCreateEventInput } from "../events/event-input";
import type { Prisma } from "../generated/prisma/client";
import { publishArticleEvent } from "../realtime/publish";

/** The event a new link puts both of its claims on: an existing one, or one made with the link. */
export const ZLinkEvent = z.union([z.object({ id: z.uuid() }).strict(), ZCreateEventInput]);
export type TLinkEvent = z.input<typeof ZLinkEvent>;

/**
 * Puts claims on an event inside the caller's transaction (the link's): the event of the project,
 * or a new one created here. Each claim that moves gets a new version, an audit event and a live
 * update, as an edit of the claim would. Returns the event's id and the articles whose claims moved.
 */
export async function placeClaimsOnEvent(
  tx: Prisma.TransactionClient,
  options: { actor: ActingUser; projectId: string; claimIds: string[]; event: TLinkEvent },
): Promise<{ eventId: string; articleIds: string[] }> {
  const { actor, projectId } = options;
  const target = ZLinkEvent.parse(options.event);
  let eventId: string;
  if ("id" in target) {
    const found = await tx.event.findFirst({
      where: { id: target.id, projectId, deletedAt: null },
      select: { id: true },
    });
    if (!found) throw new NotFoundError("Event");
    eventId = found.id;
  } else {
    const event = await tx.event.create({
      data: { ...target, occurredOn: toDate(target.occurredOn), projectId },
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
    eventId = event.id;
  }
  const articleIds = new Set<string>();
  for (const claimId of options.claimIds) {
    const before = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSelect });
    if (before.event?.id === eventId) continue;
    const after = await tx.claim.update({
      where: { id: claimId },
      data: { eventId, version: { increment: 1 } },
      select: claimSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "claim.update",
      entityType: "Claim",
      entityId: claimId,
      before,
      after,
    });
    await publishArticleEvent(tx, {
      articleId: after.articleId,
      type: "claim.change",
      claimId,
      version: after.version,
      actorId: actor.id,
    });
    articleIds.add(after.articleId);
  }
  return { eventId, articleIds: [...articleIds] };
}
