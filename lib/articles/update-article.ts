import { z } from "zod";
import { ZHttpUrl } from "../security/http-url";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { articleSummarySelect } from "./list-articles";

export const ZUpdateArticleInput = z.object({
  version: z.number().int().positive("version is required: send the version you edited"),
  title: z.string().trim().min(1, "Title is required").max(500).optional(),
  source: z.string().trim().max(300).nullable().optional(),
  url: ZHttpUrl.nullable().optional(),
  publishedAt: z.iso
    .date("Use a date like 2023-12-09")
    .refine((d) => Number(d.slice(0, 4)) >= 1000, "Use a date from the year 1000 on")
    .nullable()
    .optional(),
  status: z.enum(["NEW", "IN_PROGRESS", "DONE"]).optional(),
});
export type TUpdateArticleInput = z.input<typeof ZUpdateArticleInput>;

/**
 * Managers edit an article's metadata (never its text). The edit names the version it was made
 * against; if someone saved in between, it is refused with the current values.
 */
export async function updateArticle(options: { actor: ActingUser; articleId: string; input: TUpdateArticleInput }) {
  const input = ZUpdateArticleInput.parse(options.input);
  const current = await db.article.findFirst({
    where: { id: options.articleId, deletedAt: null },
    select: { ...articleSummarySelect, projectId: true },
  });
  if (!current) throw new NotFoundError("Article");
  await requireMembership(options.actor, current.projectId, "MANAGER", "Article");
  const { version, publishedAt, ...fields } = input;
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: current.id, version },
      data: {
        ...fields,
        ...(publishedAt !== undefined
          ? { publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null }
          : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const latest = await tx.article.findUniqueOrThrow({ where: { id: current.id }, select: articleSummarySelect });
      throw new ConflictError(
        `The article was changed by someone else (now version ${latest.version}); reload and try again`,
        { current: latest },
      );
    }
    const after = await tx.article.findUniqueOrThrow({ where: { id: current.id }, select: articleSummarySelect });
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: current.projectId,
      action: "article.update",
      entityType: "Article",
      entityId: current.id,
      before: current,
      after,
    });
    return after;
  });
}
