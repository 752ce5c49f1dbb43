import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { spanSelect } from "./span-record";

/** A span is addressed through its article: /articles/{articleId}/spans/{spanId}. */
export type TSpanRef = { articleId: string; spanId: string };

/**
 * Loads a span for a change made against `version`. Not a member: "not found". A different
 * version: 409 with the span as it is now, so the client can show it instead of overwriting.
 */
export async function loadSpanForWrite(actor: ActingUser, ref: TSpanRef, version: number) {
  const span = await db.span.findFirst({
    where: { id: ref.spanId, articleId: ref.articleId },
    select: { ...spanSelect, projectId: true },
  });
  if (!span) throw new NotFoundError("Span");
  await requireMembership(actor, span.projectId, "ANALYST", "Span");
  if (span.version !== version) {
    const { projectId: _projectId, ...current } = span;
    throw new ConflictError(
      `The span was changed by ${span.author?.name ?? "someone"} meanwhile (now version ${span.version})`,
      { current },
    );
  }
  return span;
}
