import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { requireMembership } from "../projects/require-membership";

export const articleSummarySelect = {
  id: true, title: true, source: true, url: true, publishedAt: true, language: true, status: true,
  version: true, createdAt: true, updatedAt: true, deletedAt: true,
} as const;

/** A project's articles, newest publication first; deleted ones only when asked (managers restore them). */
export async function listArticles(options: { actor: ActingUser; projectId: string; deleted?: boolean }) {
  await requireMembership(options.actor, options.projectId, options.deleted ? "MANAGER" : "ANALYST");
  const rows = await db.article.findMany({
    where: { projectId: options.projectId, deletedAt: options.deleted ? { not: null } : null },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
    select: { ...articleSummarySelect, _count: { select: { segments: { where: { kind: "PARAGRAPH" } } } } },
  });
  return rows.map(({ _count, ...a }) => ({ ...a, paragraphCount: _count.segments }));
}
