import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { getSuggestionRun } from "@/lib/suggestions/suggestion-runs";

/** One run's status and progress (done of total, new suggestions, error). */
export const GET = apiRoute(ZIdParam, async ({ user, params }) => getSuggestionRun({ actor: user, runId: params.id }));
