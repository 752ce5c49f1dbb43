import { z } from "zod";
import { apiRoute, readJson, ZVersionInput } from "@/lib/api/handler";
import { setSpanDeleted } from "@/lib/spans/set-span-deleted";

const ZParams = z.object({ id: z.uuid(), spanId: z.uuid() });

export const POST = apiRoute(ZParams, async ({ req, user, params }) => {
  const { version } = await readJson(req, ZVersionInput);
  return setSpanDeleted({ actor: user, ref: { articleId: params.id, spanId: params.spanId }, version, deleted: false });
});
