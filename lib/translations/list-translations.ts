import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { translationSelect } from "./save-translation";

/** The current translation of every paragraph, span and claim of an article. */
export async function listTranslations(options: { actor: ActingUser; articleId: string }) {
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  const rows = await db.translation.findMany({ where: { articleId: article.id }, select: translationSelect });
  return rows.map(({ revisions, ...t }) => ({
    ...t,
    text: revisions[0]?.text ?? "",
    origin: revisions[0]?.origin ?? "HUMAN",
    engine: revisions[0]?.engine ?? null,
    engineModel: revisions[0]?.engineModel ?? null,
    author: revisions[0]?.author ?? null,
  }));
}

/** Every saved version of one translation, newest first. */
export async function getTranslationHistory(options: { actor: ActingUser; translationId: string }) {
  const translation = await db.translation.findUnique({
    where: { id: options.translationId },
    select: { id: true, projectId: true },
  });
  if (!translation) throw new NotFoundError("Translation");
  await requireMembership(options.actor, translation.projectId, "ANALYST", "Translation");
  return db.translationRevision.findMany({
    where: { translationId: translation.id },
    orderBy: { version: "desc" },
    select: {
      version: true,
      text: true,
      origin: true,
      engine: true,
      engineModel: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
    },
  });
}
