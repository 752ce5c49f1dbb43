import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { makeQuoteSelector } from "../anchoring/selectors";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { publishArticleEvent } from "../realtime/publish";
import { loadAnnotatableArticle } from "./load-annotatable-article";
import { spanSelect } from "./span-dto";
import { validateSpanRange } from "./validate-span-range";
import { assertEntityInProject } from "../entities/assert-entity-in-project";

export const ZCreateSpanInput = z.object({
  id: z.uuid("id must be a UUID made by the client, so a retried request never duplicates"),
  labelId: z.uuid(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string().min(1, "quote is required: the exact text between start and end"),
  note: z.string().max(5000).default(""),
  entityId: z.uuid().nullable().default(null),
});
export type TCreateSpanInput = z.input<typeof ZCreateSpanInput>;

/**
 * Creates a span with the client's id. Retrying the same create returns the stored span
 * (`created: false`) instead of a duplicate; reusing an id for something else is a conflict.
 */
export async function createSpan(options: { actor: ActingUser; articleId: string; input: TCreateSpanInput }) {
  const { actor } = options;
  const input = ZCreateSpanInput.parse(options.input);
  const article = await loadAnnotatableArticle(actor, options.articleId);

  const existing = await findExisting(input.id);
  if (existing) return sameSpan(existing, article.id, input);

  validateSpanRange(article.text, input.start, input.end, input.quote);
  const label = await db.label.findFirst({ where: { id: input.labelId, projectId: article.projectId, deletedAt: null }, select: { id: true } });
  if (!label) throw new NotFoundError("Label");
  if (input.entityId) await assertEntityInProject(input.entityId, article.projectId);
  const { prefix, suffix } = makeQuoteSelector(article.text, input.start, input.end);

  try {
    const span = await db.$transaction(async (tx) => {
      const created = await tx.span.create({
        data: {
          id: input.id, projectId: article.projectId, articleId: article.id, labelId: label.id,
          start: input.start, end: input.end, quote: input.quote, prefix, suffix, note: input.note, entityId: input.entityId, authorId: actor.id,
        },
        select: spanSelect,
      });
      if (article.status === "NEW") await tx.article.update({ where: { id: article.id }, data: { status: "IN_PROGRESS" } });
      await recordAudit(tx, { actorId: actor.id, projectId: article.projectId, action: "span.create", entityType: "Span", entityId: created.id, after: created });
      await publishArticleEvent(tx, { articleId: article.id, type: "span.upsert", spanId: created.id, version: created.version, actorId: actor.id, span: created });
      return created;
    });
    return { span, created: true };
  } catch (error) {
    // Two copies of one retried request raced; the loser returns the winner's span.
    if ((error as { code?: string }).code === "P2002") {
      const winner = await findExisting(input.id);
      if (winner) return sameSpan(winner, article.id, input);
    }
    throw error;
  }
}

function findExisting(id: string) {
  return db.span.findUnique({ where: { id }, select: spanSelect });
}

type TStoredSpan = NonNullable<Awaited<ReturnType<typeof findExisting>>>;

function sameSpan(existing: TStoredSpan, articleId: string, input: z.infer<typeof ZCreateSpanInput>) {
  const same = existing.articleId === articleId && existing.start === input.start && existing.end === input.end && !existing.deletedAt;
  if (!same) throw new ConflictError("This span id is already used by another span; generate a new id");
  return { span: existing, created: false };
}
