import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { entityMatchKeys, entitySelect } from "./entity-input";

/**
 * Merges `sourceId` into `targetId`: every span, spoken claim and "about" link moves to the
 * target, the source's names become aliases, and the source is kept (marked merged) for history.
 * Reviewers and managers only, since it changes other people's annotations.
 */
export async function mergeEntities(options: { actor: ActingUser; targetId: string; sourceId: string }) {
  const { actor, targetId, sourceId } = options;
  if (targetId === sourceId) throw new ValidationError("An entity cannot be merged into itself");
  const [target, source] = await Promise.all(
    [targetId, sourceId].map((id) =>
      db.entity.findFirst({
        where: { id, deletedAt: null, mergedIntoId: null },
        select: { ...entitySelect, projectId: true },
      }),
    ),
  );
  if (!target || !source || target.projectId !== source.projectId) throw new NotFoundError("Entity");
  await requireMembership(actor, target.projectId, "REVIEWER", "Entity");
  return db.$transaction(async (tx) => {
    // Both entities as read, or nothing: a concurrent merge or edit of either makes this a 409.
    const source1 = await tx.entity.updateMany({
      where: { id: source.id, version: source.version, mergedIntoId: null },
      data: { mergedIntoId: target.id, version: { increment: 1 } },
    });
    const target1 = await tx.entity.updateMany({
      where: { id: target.id, version: target.version, mergedIntoId: null },
      data: { version: { increment: 1 } },
    });
    if (source1.count === 0 || target1.count === 0)
      throw new ConflictError("One of the entities was changed or merged meanwhile");
    const aliases = [
      ...new Set([...target.aliases, source.nameAr, ...source.aliases].filter((a) => a !== target.nameAr)),
    ];
    const nameEn = target.nameEn || source.nameEn;
    const spans = await tx.span.updateMany({
      where: { entityId: source.id },
      data: { entityId: target.id, version: { increment: 1 } },
    });
    const spoken = await tx.claim.updateMany({
      where: { speakerEntityId: source.id },
      data: { speakerEntityId: target.id, version: { increment: 1 } },
    });
    const links = await tx.claimEntity.findMany({ where: { entityId: source.id }, select: { claimId: true } });
    await tx.claimEntity.deleteMany({ where: { entityId: source.id } });
    await tx.claimEntity.createMany({
      data: links.map((l) => ({ claimId: l.claimId, entityId: target.id })),
      skipDuplicates: true,
    });
    const after = await tx.entity.update({
      where: { id: target.id },
      data: { aliases, nameEn, matchKeys: entityMatchKeys({ nameAr: target.nameAr, nameEn, aliases }) },
      select: entitySelect,
    });
    const moved = { spans: spans.count, claimsSpoken: spoken.count, claimsAbout: links.length };
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: target.projectId,
      action: "entity.merge",
      entityType: "Entity",
      entityId: target.id,
      before: { target, source },
      after: { ...after, moved },
    });
    return { entity: after, moved };
  });
}
