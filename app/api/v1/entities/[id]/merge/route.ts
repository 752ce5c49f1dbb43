import { z } from "zod";
import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { mergeEntities } from "@/lib/entities/merge-entities";

const ZMergeInput = z.object({ sourceId: z.uuid() });

/** Merges the entity `sourceId` into this one, moving every reference. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { sourceId } = await readJson(req, ZMergeInput);
  return mergeEntities({ actor: user, targetId: params.id, sourceId });
});
