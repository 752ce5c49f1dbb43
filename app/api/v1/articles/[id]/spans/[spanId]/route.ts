import { z } from "zod";
import { apiRoute, readJson, ZVersionInput } from "@/lib/api/handler";
import { setSpanDeleted } from "@/lib/spans/set-span-deleted";
import { updateSpan, ZUpdateSpanInput } from "@/lib/spans/update-span";

const ZParams = z.object({ id: z.uuid(), spanId: z.uuid() });

export const PATCH = apiRoute(ZParams, async ({ req, user, params }) =>
  updateSpan({
    actor: user,
    ref: { articleId: params.id, spanId: params.spanId },
    input: await readJson(req, ZUpdateSpanInput),
  }),
);

/** Soft delete; send `{ "version": n }`. Undo with POST …/restore. */
export const DELETE = apiRoute(ZParams, async ({ req, user, params }) => {
  const { version } = await readJson(req, ZVersionInput);
  return setSpanDeleted({ actor: user, ref: { articleId: params.id, spanId: params.spanId }, version, deleted: true });
});
