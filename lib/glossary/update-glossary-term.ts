import { matchKey } from "../arabic/normalize";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation } from "../database/errors";
import { db } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { glossaryTermSelect, type TUpdateGlossaryTermInput, ZUpdateGlossaryTermInput } from "./schemas";

/** Managers change a term's Arabic, English or note (version-checked; 409 with the current term if stale). */
export async function updateGlossaryTerm(options: {
  actor: ActingUser;
  termId: string;
  input: TUpdateGlossaryTermInput;
}) {
  const { actor } = options;
  const input = ZUpdateGlossaryTermInput.parse(options.input);
  const before = await db.glossaryTerm.findFirst({
    where: { id: options.termId, deletedAt: null },
    select: { ...glossaryTermSelect, projectId: true },
  });
  if (!before) throw new NotFoundError("Glossary term");
  await requireMembership(actor, before.projectId, "MANAGER", "Glossary term");
  const { version, ...fields } = input;
  const arabicKey = fields.arabic ? matchKey(fields.arabic.split(/\s+/).join(" ")) : undefined;
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.glossaryTerm.updateMany({
        where: { id: before.id, version, deletedAt: null },
        data: { ...fields, ...(arabicKey ? { arabicKey } : {}), version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.glossaryTerm.findUnique({ where: { id: before.id }, select: glossaryTermSelect });
        throw new ConflictError("The term was changed meanwhile", { current });
      }
      const after = await tx.glossaryTerm.findUniqueOrThrow({ where: { id: before.id }, select: glossaryTermSelect });
      await recordAudit(tx, {
        actorId: actor.id,
        projectId: before.projectId,
        action: "glossary.update",
        entityType: "GlossaryTerm",
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`«${fields.arabic}» is in the glossary already`);
    throw error;
  }
}
