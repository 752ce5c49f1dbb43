import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { entityMatchKeys, entitySelect, ZCreateEntityInput, type TCreateEntityInput } from "./entity-input";

/** Any project member registers an entity, e.g. inline while tagging a speaker. Same-kind name clashes are refused. */
export async function createEntity(options: { actor: ActingUser; projectId: string; input: TCreateEntityInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId);
  const input = ZCreateEntityInput.parse(options.input);
  const matchKeys = entityMatchKeys(input);
  return db.$transaction(async (tx) => {
    const clash = await tx.entity.findFirst({
      where: {
        projectId,
        kind: input.kind,
        deletedAt: null,
        mergedIntoId: null,
        matchKeys: { hasSome: matchKeys.slice(0, 1) },
      },
      select: entitySelect,
    });
    if (clash)
      throw new ConflictError(`"${clash.nameAr}" is already registered; use it or add an alias`, { existing: clash });
    const entity = await tx.entity.create({ data: { ...input, projectId, matchKeys }, select: entitySelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId,
      action: "entity.create",
      entityType: "Entity",
      entityId: entity.id,
      after: entity,
    });
    return entity;
  });
}
