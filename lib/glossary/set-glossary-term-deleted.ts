import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { glossaryTermSelect } from "./schemas";

/**
 * Managers remove a term from the glossary, or restore a removed one. Removal is soft (the row
 * stays, drafts stop using it) and both are audited; `version` is the version the manager saw.
 */
export async function setGlossaryTermDeleted(options: {
  actor: ActingUser;
  termId: string;
  deleted: boolean;
  version: number;
}) {
  const { actor, deleted } = options;
  const before = await db.glossaryTerm.findUnique({
    where: { id: options.termId },
    select: { ...glossaryTermSelect, projectId: true },
  });
  if (!before) throw new NotFoundError("Glossary term");
  await requireMembership(actor, before.projectId, "MANAGER", "Glossary term");
  return db.$transaction(async (tx) => {
    const { count } = await tx.glossaryTerm.updateMany({
      where: { id: before.id, version: options.version, deletedAt: deleted ? null : { not: null } },
      data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.glossaryTerm.findUnique({ where: { id: before.id }, select: glossaryTermSelect });
      const message =
        current && current.version !== options.version
          ? "The term was changed meanwhile"
          : deleted
            ? "The term is removed already"
            : "The term is in the glossary already";
      throw new ConflictError(message, { current });
    }
    const after = await tx.glossaryTerm.findUniqueOrThrow({ where: { id: before.id }, select: glossaryTermSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: deleted ? "glossary.delete" : "glossary.restore",
      entityType: "GlossaryTerm",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
