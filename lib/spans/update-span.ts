import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { ConflictError, NotFoundError } from "../errors";
import { publishArticleEvent } from "../realtime/publish";
import { loadSpanForWrite, type TSpanRef } from "./load-span-for-write";
import { spanSelect } from "./span-dto";
import { assertEntityInProject } from "../entities/assert-entity-in-project";

export const ZUpdateSpanInput = z.object({
  version: z.number().int().positive("version is required: send the version you changed"),
  labelId: z.uuid().optional(),
  note: z.string().max(5000).optional(),
  entityId: z.uuid().nullable().optional(),
});
export type TUpdateSpanInput = z.input<typeof ZUpdateSpanInput>;

/** Changes a span's label or note, refusing a change made against an out-of-date version. */
export async function updateSpan(options: { actor: ActingUser; ref: TSpanRef; input: TUpdateSpanInput }) {
  const { actor } = options;
  const input = ZUpdateSpanInput.parse(options.input);
  const before = await loadSpanForWrite(actor, options.ref, input.version);
  if (before.deletedAt) throw new ConflictError("The span is deleted; restore it first", { current: before });
  if (input.labelId) {
    const label = await db.label.findFirst({
      where: { id: input.labelId, projectId: before.projectId, deletedAt: null },
      select: { id: true },
    });
    if (!label) throw new NotFoundError("Label");
  }
  if (input.entityId) await assertEntityInProject(input.entityId, before.projectId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.span.updateMany({
      where: { id: before.id, version: input.version },
      data: { labelId: input.labelId, note: input.note, entityId: input.entityId, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.span.findUniqueOrThrow({ where: { id: before.id }, select: spanSelect });
      throw new ConflictError(`The span was changed meanwhile (now version ${current.version})`, { current });
    }
    const after = await tx.span.findUniqueOrThrow({ where: { id: before.id }, select: spanSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "span.update",
      entityType: "Span",
      entityId: before.id,
      before,
      after,
    });
    await publishArticleEvent(tx, {
      articleId: after.articleId,
      type: "span.upsert",
      spanId: after.id,
      version: after.version,
      actorId: actor.id,
      span: after,
    });
    return after;
  });
}
