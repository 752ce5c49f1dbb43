import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ConflictError, NotFoundError } from "../errors";
import { assertEntityInProject } from "../entities/assert-entity-in-project";
import { commitSpanChange } from "./commit-span-change";
import { loadSpanForWrite, type TSpanRef } from "./load-span-for-write";

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
  return commitSpanChange({
    actor,
    before,
    action: "span.update",
    data: { labelId: input.labelId, note: input.note, entityId: input.entityId },
  });
}
