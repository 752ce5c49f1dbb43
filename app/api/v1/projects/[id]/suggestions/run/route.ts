import { apiRoute, ZIdParam, json } from "@/lib/api/handler";
import { listSuggestionRuns, startSuggestionRun } from "@/lib/suggestions/suggestion-runs";

/** The project's recent suggestion runs, newest first, with their progress. */
export const GET = apiRoute(ZIdParam, async ({ user, params }) => ({
  runs: await listSuggestionRuns({ actor: user, projectId: params.id }),
}));

/** Starts a run over every article in the background: 202 with the run to poll (or the one already going). */
export const POST = apiRoute(ZIdParam, async ({ user, params }) => {
  const { run, started } = await startSuggestionRun({ actor: user, projectId: params.id });
  return json({ run, started }, { status: 202 });
});
