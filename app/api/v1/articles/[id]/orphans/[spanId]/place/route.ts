import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/handler";
import { placeOrphan } from "@/lib/revisions/orphans";
import { ZPlaceOrphanInput } from "@/lib/revisions/schemas";

const ZParams = z.object({ id: z.uuid(), spanId: z.uuid() });

/** Places an orphaned span at [start, end) of the current text; send the span's version. */
export const POST = apiRoute(ZParams, async ({ req, user, params }) =>
  placeOrphan({
    actor: user,
    ref: { articleId: params.id, spanId: params.spanId },
    input: await readJson(req, ZPlaceOrphanInput),
  }),
);
