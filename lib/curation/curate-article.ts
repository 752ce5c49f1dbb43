import { randomUUID } from "node:crypto";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { NotFoundError, ValidationError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { createSpan } from "../spans/create-span";
import { ZSetCuratedInput, ZTakeVersionInput } from "./schemas";

async function loadForCuration(actor: ActingUser, articleId: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, projectId: true, curatedAt: true },
  });
  if (!article) throw new NotFoundError("Article");
  // Curators are reviewers and managers: the people who see every analyst's work.
  await requireMembership(actor, article.projectId, "REVIEWER", "Article");
  return article;
}

/**
 * A curator marks the article curated (its analysts then see each other's work, and the curated
 * layer stands) or reopens it. Audited; setting what is already set changes nothing.
 */
export async function setCurated(options: { actor: ActingUser; articleId: string; input: unknown }) {
  const { curated } = ZSetCuratedInput.parse(options.input);
  const article = await loadForCuration(options.actor, options.articleId);
  if (Boolean(article.curatedAt) === curated) return { articleId: article.id, curatedAt: article.curatedAt };
  return db.$transaction(async (tx) => {
    const after = await tx.article.update({
      where: { id: article.id },
      data: { curatedAt: curated ? new Date() : null },
      select: { id: true, curatedAt: true },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      projectId: article.projectId,
      action: curated ? "article.curate" : "article.reopen_curation",
      entityType: "Article",
      entityId: article.id,
      before: { curatedAt: article.curatedAt },
      after: { curatedAt: after.curatedAt },
    });
    return { articleId: after.id, curatedAt: after.curatedAt };
  });
}

/**
 * A curator takes one analyst's version into the curated layer (the curator's own spans): all of
 * the analyst's live spans on the article, or the ones listed (one disagreement). A span the
 * curated layer already has (same offsets and label) is not copied twice. Each copy is a new span
 * by the curator, written and audited as any other, so the analyst's raw layer stays as it was.
 */
export async function takeVersion(options: { actor: ActingUser; articleId: string; input: unknown }) {
  const input = ZTakeVersionInput.parse(options.input);
  const article = await loadForCuration(options.actor, options.articleId);
  const assigned = await db.assignment.findUnique({
    where: { articleId_userId: { articleId: article.id, userId: input.analystId } },
    select: { id: true },
  });
  if (!assigned)
    throw new ValidationError("This analyst is not assigned to the article", { analystId: input.analystId });
  const spans = await db.span.findMany({
    where: {
      articleId: article.id,
      authorId: input.analystId,
      deletedAt: null,
      ...(input.spanIds ? { id: { in: input.spanIds } } : {}),
    },
    orderBy: [{ start: "asc" }, { end: "asc" }],
    select: { id: true, labelId: true, start: true, end: true, quote: true, note: true, entityId: true },
  });
  if (input.spanIds && spans.length !== new Set(input.spanIds).size)
    throw new ValidationError("Some of these spans are not the analyst's live spans on this article");
  const curated = await db.span.findMany({
    where: { articleId: article.id, authorId: options.actor.id, deletedAt: null },
    select: { labelId: true, start: true, end: true },
  });
  const have = new Set(curated.map((s) => `${s.labelId}:${s.start}:${s.end}`));
  let taken = 0;
  for (const span of spans) {
    const key = `${span.labelId}:${span.start}:${span.end}`;
    if (have.has(key)) continue;
    have.add(key);
    await createSpan({
      actor: options.actor,
      articleId: article.id,
      input: {
        id: randomUUID(),
        labelId: span.labelId,
        start: span.start,
        end: span.end,
        quote: span.quote,
        note: span.note,
        entityId: span.entityId,
      },
    });
    taken++;
  }
  return { taken, alreadyThere: spans.length - taken };
}
