import type { Tx } from "../db";
import { NotFoundError } from "../errors";

/**
 * A claim may only point at live spans of its own article and entities and events of its own project;
 * anything else answers "not found", naming which reference failed.
 */
export async function checkClaimReferences(
  tx: Tx,
  scope: { projectId: string; articleId: string },
  refs: {
    claimSpanId?: string | null;
    speakerSpanId?: string | null;
    speakerEntityId?: string | null;
    aboutEntityIds?: string[];
    eventId?: string | null;
  },
): Promise<void> {
  for (const [field, id] of [
    ["Claim span", refs.claimSpanId],
    ["Speaker span", refs.speakerSpanId],
  ] as const) {
    if (!id) continue;
    const span = await tx.span.findFirst({
      where: { id, articleId: scope.articleId, deletedAt: null },
      select: { id: true },
    });
    if (!span) throw new NotFoundError(field);
  }
  const entityIds = [
    ...new Set([...(refs.speakerEntityId ? [refs.speakerEntityId] : []), ...(refs.aboutEntityIds ?? [])]),
  ];
  if (entityIds.length) {
    const found = await tx.entity.count({
      where: { id: { in: entityIds }, projectId: scope.projectId, deletedAt: null, mergedIntoId: null },
    });
    if (found !== entityIds.length) throw new NotFoundError("Entity");
  }
  if (refs.eventId) {
    const event = await tx.event.findFirst({
      where: { id: refs.eventId, projectId: scope.projectId, deletedAt: null },
      select: { id: true },
    });
    if (!event) throw new NotFoundError("Event");
  }
}
