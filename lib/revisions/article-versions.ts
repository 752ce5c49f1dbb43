import type { TArticleScope } from "../articles/article-scope";
import type { ActingUser } from "../auth/acting-user";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import type { TRevisionCounts } from "./revision-counts";

type TVersionRow = {
  version: number;
  origin: string;
  textHash: string;
  text: string;
  title: string;
  reanchored: unknown;
  createdAt: Date;
  createdBy: { id: string; name: string } | null;
};

async function loadArticle(actor: ActingUser, articleId: string, scope?: TArticleScope) {
  if (scope && scope.id !== articleId) throw new NotFoundError("Article");
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: {
      id: true,
      projectId: true,
      title: true,
      text: true,
      textHash: true,
      textVersion: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      snapshots: {
        orderBy: { capturedAt: "asc" },
        select: { articleVersion: true, kind: true, sha256: true, finalUrl: true, requestedUrl: true, fileName: true },
      },
    },
  });
  if (!article) throw new NotFoundError("Article");
  if (!scope) await requireMembership(actor, article.projectId, "ANALYST", "Article");
  return article;
}

/** Every version's row; an article never revised has only its own text, as version 1. */
async function versionRows(
  article: Awaited<ReturnType<typeof loadArticle>>,
  withText: boolean,
): Promise<TVersionRow[]> {
  const rows = await db.articleVersion.findMany({
    where: { articleId: article.id },
    orderBy: { version: "asc" },
    select: {
      version: true,
      origin: true,
      textHash: true,
      text: withText,
      title: true,
      reanchored: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
    },
  });
  if (rows.length > 0) return rows.map((r) => ({ ...r, text: r.text ?? "" }));
  return [
    {
      version: article.textVersion,
      origin: "import",
      textHash: article.textHash,
      text: article.text,
      title: article.title,
      reanchored: null,
      createdAt: article.createdAt,
      createdBy: article.createdBy,
    },
  ];
}

function present(article: Awaited<ReturnType<typeof loadArticle>>, row: TVersionRow, length: number) {
  // The newest snapshot whose text became this version.
  const snap = article.snapshots.filter((s) => s.articleVersion === row.version).at(-1);
  return {
    version: row.version,
    current: row.version === article.textVersion,
    origin: row.origin,
    textHash: row.textHash,
    length,
    reanchored: (row.reanchored ?? null) as TRevisionCounts | null,
    snapshot: snap
      ? { kind: snap.kind, sha256: snap.sha256, sourceUrl: snap.finalUrl ?? snap.requestedUrl, fileName: snap.fileName }
      : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

/**
 * An article's text versions, oldest first, with how each revision's re-anchoring went. `scope`:
 * the access its caller already checked.
 */
export async function listArticleVersions(options: { actor: ActingUser; articleId: string; scope?: TArticleScope }) {
  const article = await loadArticle(options.actor, options.articleId, options.scope);
  const rows = await versionRows(article, true);
  return rows.map((r) => present(article, r, r.text.length));
}

/** One version's text, read-only (the current one too). */
export async function getArticleVersion(options: { actor: ActingUser; articleId: string; version: number }) {
  const article = await loadArticle(options.actor, options.articleId);
  const row = (await versionRows(article, true)).find((r) => r.version === options.version);
  if (!row) throw new NotFoundError("Article version");
  return { ...present(article, row, row.text.length), articleId: article.id, title: row.title, text: row.text };
}
