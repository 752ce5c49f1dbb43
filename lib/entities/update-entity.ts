import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { entityMatchKeys, entitySelect, ZUpdateEntityInput, type TUpdateEntityInput } from "./entity-input";

/** Edits an entity's names, aliases or kind (version-checked). */
export async function updateEntity(options: { actor: ActingUser; entityId: string; input: TUpdateEntityInput }) {
  const { actor } = options;
  const input = ZUpdateEntityInput.parse(options.input);
  const before = await db.entity.findFirst({
    where: { id: options.entityId, deletedAt: null, mergedIntoId: null },
    select: { ...entitySelect, projectId: true },
  });
  if (!before) throw new NotFoundError("Entity");
  await requireMembership(actor, before.projectId, "ANALYST", "Entity");
  const { version, ...fields } = input;
  const merged = {
    nameAr: fields.nameAr ?? before.nameAr,
    nameEn: fields.nameEn ?? before.nameEn,
    aliases: fields.aliases ?? before.aliases,
  };
  return db.$transaction(async (tx) => {
    const { count } = await tx.entity.updateMany({
      where: { id: before.id, version },
      data: { ...fields, matchKeys: entityMatchKeys(merged), version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.entity.findUniqueOrThrow({ where: { id: before.id }, select: entitySelect });
      throw new ConflictError("The entity was changed meanwhile", { current });
    }
    const after = await tx.entity.findUniqueOrThrow({ where: { id: before.id }, select: entitySelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "entity.update",
      entityType: "Entity",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
