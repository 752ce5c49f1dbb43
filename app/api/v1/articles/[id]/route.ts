import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { getArticle } from "@/lib/articles/get-article";
import { setArticleDeleted } from "@/lib/articles/set-article-deleted";
import { updateArticle, ZUpdateArticleInput } from "@/lib/articles/update-article";

export const GET = apiRoute(ZIdParam, async ({ user, params }) => getArticle({ actor: user, articleId: params.id }));

export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  updateArticle({ actor: user, articleId: params.id, input: await readJson(req, ZUpdateArticleInput) }),
);

export const DELETE = apiRoute(ZIdParam, async ({ user, params }) =>
  setArticleDeleted({ actor: user, articleId: params.id, deleted: true }),
);
