import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { listTranslations } from "@/lib/translations/list-translations";
import { saveTranslation, ZSaveTranslationInput } from "@/lib/translations/save-translation";

export const GET = apiRoute(ZIdParam, async ({ user, params }) => ({
  translations: await listTranslations({ actor: user, articleId: params.id }),
}));

/** Saves a new revision of the English for a paragraph, span or claim (baseVersion = the version edited). */
export const PUT = apiRoute(ZIdParam, async ({ req, user, params }) =>
  saveTranslation({ actor: user, articleId: params.id, input: await readJson(req, ZSaveTranslationInput) }),
);
