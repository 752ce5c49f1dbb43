import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import type { ArticleStatus } from "../generated/prisma/enums";
import { requireMembership } from "../projects/require-membership";

export const articleSummarySelect = {
  id: true,
  title: true,
  source: true,
  url: true,
  publishedAt: true,
  language: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} as const;

/**
 * A project's articles, newest publication first, with their paragraph, span and claim counts,
 * who annotated them, who they are assigned to with each assignee's status, and translation
 * progress (paragraphs translated / reviewed). Deleted articles only when asked (managers restore
 * them). `assignee` and `assignmentStatus` keep the articles with an assignment of that user and/or
 * status (both on the same assignment when both are given).
 */
export async function listArticles(options: {
  actor: ActingUser;
  projectId: string;
  deleted?: boolean;
  assignee?: string;
  assignmentStatus?: ArticleStatus;
}) {
  await requireMembership(options.actor, options.projectId, options.deleted ? "MANAGER" : "ANALYST");
  const assignmentFilter =
    options.assignee || options.assignmentStatus
      ? {
          assignments: {
            some: {
              ...(options.assignee ? { userId: options.assignee } : {}),
              ...(options.assignmentStatus ? { status: options.assignmentStatus } : {}),
            },
          },
        }
      : {};
  const rows = await db.article.findMany({
    where: { projectId: options.projectId, deletedAt: options.deleted ? { not: null } : null, ...assignmentFilter },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      ...articleSummarySelect,
      assignments: {
        orderBy: { createdAt: "asc" },
        select: { status: true, user: { select: { id: true, email: true, name: true } } },
      },
      _count: {
        select: {
          segments: { where: { kind: "PARAGRAPH" } },
          spans: { where: { deletedAt: null } },
          claims: { where: { deletedAt: null } },
        },
      },
    },
  });
  const authorship = await db.span.groupBy({
    by: ["articleId", "authorId"],
    where: { projectId: options.projectId, deletedAt: null },
    _count: { _all: true },
  });
  const paragraphTranslations = await db.translation.groupBy({
    by: ["articleId", "status"],
    where: { projectId: options.projectId, targetType: "SEGMENT" },
    _count: { _all: true },
  });
  const translated = (articleId: string, status?: "REVIEWED") =>
    paragraphTranslations
      .filter((t) => t.articleId === articleId && (!status || t.status === status))
      .reduce((n, t) => n + t._count._all, 0);
  const authorIds = [...new Set(authorship.map((a) => a.authorId).filter((id): id is string => id !== null))];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return rows.map(({ _count, assignments, ...a }) => ({
    ...a,
    assignees: assignments.map((x) => ({ ...x.user, status: x.status })),
    paragraphCount: _count.segments,
    spanCount: _count.spans,
    claimCount: _count.claims,
    translation: { paragraphs: _count.segments, translated: translated(a.id), reviewed: translated(a.id, "REVIEWED") },
    annotators: authorship
      .filter((s) => s.articleId === a.id)
      .map((s) => ({
        id: s.authorId,
        name: (s.authorId && names.get(s.authorId)) || "(removed user)",
        spanCount: s._count._all,
      })),
  }));
}
