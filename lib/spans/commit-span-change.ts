import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { publishArticleEvent } from "../realtime/publish";
import { spanSelect, type TSpanDto } from "./span-record";

/**
 * Writes a change to a span made against `before.version` and records it: the new version, its
 * audit event and the live event commit together. If someone changed the span since `before` was
 * read, nothing is written and the 409 carries the span as it is now.
 */
export async function commitSpanChange(options: {
  actor: ActingUser;
  before: TSpanDto & { projectId: string };
  data: Omit<Prisma.SpanUncheckedUpdateManyInput, "version">;
  action: "span.update" | "span.delete" | "span.restore" | "span.place";
}) {
  const { actor, before, action } = options;
  return db.$transaction(async (tx) => {
    const { count } = await tx.span.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...options.data, version: { increment: 1 } },
    });
    const after = await tx.span.findUniqueOrThrow({ where: { id: before.id }, select: spanSelect });
    if (count === 0) {
      throw new ConflictError(`The span was changed meanwhile (now version ${after.version})`, { current: after });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action,
      entityType: "Span",
      entityId: before.id,
      before,
      after,
    });
    await publishArticleEvent(tx, {
      articleId: after.articleId,
      type: action === "span.delete" ? "span.delete" : "span.upsert",
      spanId: after.id,
      version: after.version,
      actorId: actor.id,
      span: after,
    });
    return after;
  });
}
