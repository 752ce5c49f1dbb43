import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { getTranslationRun } from "@/lib/translations/translation-runs";

/** One machine translation run's status and progress (done of total, failed paragraphs, error). */
export const GET = apiRoute(ZIdParam, async ({ user, params }) => getTranslationRun({ actor: user, runId: params.id }));
