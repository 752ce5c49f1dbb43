import { db, sql } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import type { ArticleStatus, Role } from "../generated/prisma/enums";
import { decideAccess, requireMembership } from "../projects/require-membership";
import type { TArticleScope } from "./article-scope";
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

type TReaderRow = {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string;
  status: ArticleStatus;
  version: number;
  projectId: string;
  projectName: string;
  text: string;
  textVersion: number;
  role: Role | null;
  ownOnlyIfAnalyst: boolean;
  paragraphs: { index: number; paragraphIndex: number; start: number; end: number }[];
};

/**
 * The article page's article: what `getArticle` gives that the page shows (its paragraphs, not
 * its sentences), the actor's access under the same rule, and the scope its lists are read in,
 * all in one statement (the page's first read; it had taken four round trips, and each list
 * checked the article and the membership again).
 */
export async function getReaderArticle(options: { actor: ActingUser; articleId: string }) {
  const [row] = await sql()<TReaderRow[]>`
    select a.id, a.title, a.source, a.url, a."publishedAt", a.language, a.status, a.version,
      a."projectId", p.name as "projectName", a.text, a."textVersion", m.role,
      (p."independentAnnotation" and a."curatedAt" is null) as "ownOnlyIfAnalyst",
      coalesce((
        select json_agg(json_build_object('index', s.index, 'paragraphIndex', s."paragraphIndex",
          'start', s.start, 'end', s."end") order by s.index)
        from "Segment" s where s."articleId" = a.id and s.kind = 'PARAGRAPH'
      ), '[]') as paragraphs
    from "Article" a
    join "Project" p on p.id = a."projectId"
    left join "Membership" m on m."projectId" = a."projectId" and m."userId" = ${options.actor.id}::uuid
    where a.id = ${options.articleId}::uuid and a."deletedAt" is null`;
  if (!row) throw new NotFoundError("Article");
  // The project exists (the article names it), so this is `requireMembership`'s rule as it stands.
  const access = decideAccess(options.actor, row.projectId, row.role, "ANALYST", "Article");
  const { projectName, role: _role, ownOnlyIfAnalyst, ...article } = row;
  const scope: TArticleScope = {
    id: row.id,
    projectId: row.projectId,
    access,
    ownOnly: access.role === "ANALYST" && ownOnlyIfAnalyst,
  };
  return { ...article, project: { id: row.projectId, name: projectName }, role: access.role, scope };
}
