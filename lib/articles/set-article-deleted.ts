import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { articleSummarySelect } from "./list-articles";

/**
 * Deletes (soft: hidden, kept with its annotations) or restores an article. Managers only;
 * both directions are audited so a deletion can always be traced and undone.
 */
export async function setArticleDeleted(options: { actor: ActingUser; articleId: string; deleted: boolean }) {
  const current = await db.article.findUnique({
    where: { id: options.articleId },
    select: { ...articleSummarySelect, projectId: true },
  });
  if (!current) throw new NotFoundError("Article");
  await requireMembership(options.actor, current.projectId, "MANAGER", "Article");
  if (Boolean(current.deletedAt) === options.deleted) return current;
  const select = { ...articleSummarySelect, projectId: true };
  return db.$transaction(async (tx) => {
    // Conditional on the state read: of concurrent deletes one deletes (and is audited), the
    // others find it done and answer with the article as it now is, like a repeated delete.
    const { count } = await tx.article.updateMany({
      where: { id: current.id, deletedAt: options.deleted ? null : { not: null } },
      data: { deletedAt: options.deleted ? new Date() : null, version: { increment: 1 } },
    });
    const after = await tx.article.findUniqueOrThrow({ where: { id: current.id }, select });
    if (count === 0) return after;
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: current.projectId,
      action: options.deleted ? "article.delete" : "article.restore",
      entityType: "Article",
      entityId: current.id,
      before: current,
      after,
    });
    return after;
  });
}
