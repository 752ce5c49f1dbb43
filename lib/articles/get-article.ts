import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { articleSummarySelect } from "./list-articles";

/** One article with its exact text and its paragraph and sentence segments. */
export async function getArticle(options: { actor: ActingUser; articleId: string }) {
  const article = await db.article.findFirst({
    where: { id: options.articleId, deletedAt: null },
    select: {
      ...articleSummarySelect,
      projectId: true,
      text: true,
      textHash: true,
      textVersion: true,
      project: { select: { id: true, name: true } },
      segments: {
        orderBy: [{ kind: "asc" }, { index: "asc" }],
        select: { kind: true, index: true, paragraphIndex: true, start: true, end: true },
      },
    },
  });
  if (!article) throw new NotFoundError("Article");
  // Checked after the lookup because the article names its project; a stranger gets the same
  // "not found" as for an id that does not exist.
  const access = await requireMembership(options.actor, article.projectId, "ANALYST", "Article");
  const { segments, ...rest } = article;
  return {
    ...rest,
    role: access.role,
    paragraphs: segments.filter((s) => s.kind === "PARAGRAPH").map(({ kind: _kind, ...s }) => s),
    sentences: segments.filter((s) => s.kind === "SENTENCE").map(({ kind: _kind, ...s }) => s),
  };
}
