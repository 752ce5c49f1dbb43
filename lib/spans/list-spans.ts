import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { loadAnnotatableArticle } from "./load-annotatable-article";
import { spanSelect } from "./span-record";

/** An article's spans in text order; deleted ones only when asked (for history and undo). */
export async function listSpans(options: {
  actor: ActingUser;
  articleId: string;
  includeDeleted?: boolean;
  labelId?: string;
  authorId?: string;
}) {
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  return db.span.findMany({
    where: {
      articleId: article.id,
      ...(options.includeDeleted ? {} : { deletedAt: null }),
      ...(options.labelId ? { labelId: options.labelId } : {}),
      ...(options.authorId ? { authorId: options.authorId } : {}),
    },
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    select: spanSelect,
  });
}
