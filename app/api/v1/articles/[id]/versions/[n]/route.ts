import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { getArticleVersion } from "@/lib/revisions/article-versions";

const ZParams = z.object({
  id: z.uuid("Not a valid id"),
  n: z.coerce.number().int("Not a version number").positive("Not a version number"),
});

/** One version's text, read-only. */
export const GET = apiRoute(ZParams, async ({ user, params }) =>
  getArticleVersion({ actor: user, articleId: params.id, version: params.n }),
);
