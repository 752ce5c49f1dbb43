import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { getTranslationHistory } from "@/lib/translations/list-translations";

export const GET = apiRoute(ZIdParam, async ({ user, params }) => ({
  revisions: await getTranslationHistory({ actor: user, translationId: params.id }),
}));
