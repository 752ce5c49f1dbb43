import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { translationSelect } from "./save-translation";

export const ZReviewTranslationInput = z.object({
  version: z.number().int().positive("version is required: the version you reviewed"),
  status: z.enum(["DRAFT", "REVIEWED"]),
});

/** Reviewers mark the version they read as reviewed (or send it back to draft). */
export async function reviewTranslation(options: {
  actor: ActingUser;
  translationId: string;
  input: z.input<typeof ZReviewTranslationInput>;
}) {
  const { actor } = options;
  const input = ZReviewTranslationInput.parse(options.input);
  const before = await db.translation.findUnique({
    where: { id: options.translationId },
    select: { ...translationSelect, projectId: true },
  });
  if (!before) throw new NotFoundError("Translation");
  await requireMembership(actor, before.projectId, "REVIEWER", "Translation");
  if (before.version !== input.version)
    throw new ConflictError(`The translation changed since you read it (now version ${before.version})`, {
      current: before,
    });
  return db.$transaction(async (tx) => {
    const reviewed = input.status === "REVIEWED";
    // One conditional update: the mark lands on the version the reviewer read or not at all, and
    // of two reviewers marking the same version at once one changes it and the other is told.
    const { count } = await tx.translation.updateMany({
      where: { id: before.id, version: input.version, status: { not: input.status } },
      data: {
        status: input.status,
        reviewedById: reviewed ? actor.id : null,
        reviewedAt: reviewed ? new Date() : null,
      },
    });
    if (count === 0) {
      const current = await tx.translation.findUnique({ where: { id: before.id }, select: translationSelect });
      const message =
        current && current.version !== input.version
          ? `The translation changed since you read it (now version ${current.version})`
          : `The translation is already ${input.status === "REVIEWED" ? "reviewed" : "a draft"}`;
      throw new ConflictError(message, { current });
    }
    const after = await tx.translation.findUniqueOrThrow({ where: { id: before.id }, select: translationSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "translation.review",
      entityType: "Translation",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
