import { apiRoute, json, ZIdParam } from "@/lib/api/handler";
import { startTranslationRun } from "@/lib/translations/translation-runs";

/** Machine-translates every untranslated paragraph in the background: 202 with the run to poll. */
export const POST = apiRoute(ZIdParam, async ({ user, params }) =>
  json(await startTranslationRun({ actor: user, articleId: params.id }), { status: 202 }),
);
