import { z } from "zod";
import { ZFlag } from "../api/query";
import { ZDayTimestamp, ZTimestamp, ZUserRef } from "../api/wire";
import { ZRole } from "../projects/schemas";

export const ARTICLE_STATUSES = ["NEW", "IN_PROGRESS", "DONE"] as const;
export const ZArticleStatus = z.enum(ARTICLE_STATUSES);

/** An article's metadata (PATCH /articles/{id} answers it, and a 409 carries it as `current`). */
export const ZArticleSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: ZDayTimestamp.nullable(),
  language: z.string(),
  status: ZArticleStatus,
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  deletedAt: ZTimestamp.nullable(),
});

/** The metadata the article page shows and its managers edit (a part of ZArticleSummary). */
export const ZArticleMeta = ZArticleSummary.pick({
  id: true,
  title: true,
  source: true,
  url: true,
  publishedAt: true,
  status: true,
  language: true,
  version: true,
});

/** DELETE /articles/{id} and POST …/restore: the article with its project. */
export const ZArticleWithProject = ZArticleSummary.extend({ projectId: z.uuid() });

/** An article in its project's list, with counts, translation progress and who annotated it. */
export const ZArticleListItem = ZArticleSummary.extend({
  paragraphCount: z.number().int(),
  spanCount: z.number().int(),
  claimCount: z.number().int(),
  translation: z.object({ paragraphs: z.number().int(), translated: z.number().int(), reviewed: z.number().int() }),
  annotators: z.array(z.object({ id: z.uuid().nullable(), name: z.string(), spanCount: z.number().int() })),
  assignees: z.array(ZUserRef.extend({ status: ZArticleStatus })),
});

const ZSegment = z.object({
  index: z.number().int(),
  paragraphIndex: z.number().int(),
  start: z.number().int().describe("UTF-16 offset into text"),
  end: z.number().int(),
});

/** GET /articles/{id}: the exact text, its paragraphs and sentences, and the caller's role. */
export const ZArticleDetail = ZArticleWithProject.extend({
  text: z.string(),
  textHash: z.string(),
  textVersion: z.number().int().describe("which version of the text this is: 1 as imported, one more per revision"),
  project: z.object({ id: z.uuid(), name: z.string() }),
  role: ZRole,
  paragraphs: z.array(ZSegment),
  sentences: z.array(ZSegment),
});

/** POST /projects/{id}/articles: per file, what was imported or why it was refused. */
export const ZImportSummary = z.object({
  imported: z.number().int(),
  refused: z.number().int(),
  results: z.array(
    z.object({
      name: z.string(),
      status: z.enum(["imported", "refused"]),
      articles: z.array(z.object({ id: z.uuid(), title: z.string() })),
      error: z.object({ code: z.string(), message: z.string() }).nullable(),
    }),
  ),
});

/** GET /projects/{id}/articles */
export const ZListArticlesQuery = z.object({
  deleted: ZFlag.describe("list the deleted articles instead (managers)"),
  assignee: z.uuid().optional().describe("only articles assigned to this user"),
  assignmentStatus: ZArticleStatus.optional().describe("only articles with an assignment of this status"),
});
