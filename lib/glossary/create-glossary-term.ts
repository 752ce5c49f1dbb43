import { matchKey } from "../arabic/normalize";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation } from "../database/errors";
import { db } from "../db";
import { ConflictError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { glossaryTermSelect, type TCreateGlossaryTermInput, ZCreateGlossaryTermInput } from "./schemas";

/**
 * Managers add an Arabic term and the English the project uses for it. Spellings that match the
 * same way (hamza forms, tatweel, diacritics, the article) are one term: a second is refused with
 * the one there, and a removed one is to be restored instead.
 */
export async function createGlossaryTerm(options: {
  actor: ActingUser;
  projectId: string;
  input: TCreateGlossaryTermInput;
}) {
  const { actor, projectId } = options;
  const input = ZCreateGlossaryTermInput.parse(options.input);
  await requireMembership(actor, projectId, "MANAGER", "Project");
  const arabicKey = matchKey(input.arabic.split(/\s+/).join(" "));
  const clash = () =>
    db.glossaryTerm.findUnique({
      where: { projectId_arabicKey: { projectId, arabicKey } },
      select: glossaryTermSelect,
    });
  const refuse = (current: Awaited<ReturnType<typeof clash>>) =>
    new ConflictError(
      current?.deletedAt
        ? `«${current.arabic}» was removed from the glossary; restore it instead`
        : `«${current?.arabic ?? input.arabic}» is in the glossary already`,
      { current },
    );
  const existing = await clash();
  if (existing) throw refuse(existing);
  try {
    return await db.$transaction(async (tx) => {
      const term = await tx.glossaryTerm.create({
        data: { projectId, arabic: input.arabic, arabicKey, english: input.english, note: input.note },
        select: glossaryTermSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        projectId,
        action: "glossary.create",
        entityType: "GlossaryTerm",
        entityId: term.id,
        before: null,
        after: term,
      });
      return term;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw refuse(await clash());
    throw error;
  }
}
