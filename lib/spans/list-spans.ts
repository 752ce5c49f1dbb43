import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ownWork, seesOwnWorkOnly } from "../curation/visibility";
import { loadAnnotatableArticle } from "./load-annotatable-article";
import { spanSelect } from "./span-record";

/**
 * An article's spans in text order; deleted ones only when asked (for history and undo). Spans a
 * revision orphaned are not in the text and not listed here (lib/revisions/list-orphans.ts). Under
 * independent annotation an analyst reads only their own until the article is curated.
 */
export async function listSpans(options: {
  actor: ActingUser;
  articleId: string;
  includeDeleted?: boolean;
  labelId?: string;
  authorId?: string;
}) {
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  const ownOnly = await seesOwnWorkOnly(options.actor, article.access, article.id);
  return db.span.findMany({
    where: {
      articleId: article.id,
      anchorState: { not: "ORPHANED" },
      ...(ownOnly ? ownWork(options.actor.id) : {}),
      ...(options.includeDeleted ? {} : { deletedAt: null }),
      ...(options.labelId ? { labelId: options.labelId } : {}),
      ...(options.authorId ? { authorId: options.authorId } : {}),
    },
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    select: spanSelect,
  });
}
