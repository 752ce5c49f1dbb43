import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { setArticleDeleted } from "@/lib/articles/set-article-deleted";

export const POST = apiRoute(ZIdParam, async ({ user, params }) =>
  setArticleDeleted({ actor: user, articleId: params.id, deleted: false }),
);
